// Reading units and turning them into the shapes pages show.
import type { UnitNode, UnitRef } from '../../../../types/entities/people'
import { db } from '../../lib/cloud'
import type { UnitDoc } from '../../lib/scope'

export type { UnitDoc } from '../../lib/scope'

export interface UnitRecord extends UnitDoc {
  childCount: number
  /** parentId + '/' + name while active: a unique index keeps sibling names apart without a count. */
  siblingKey: string
  /** On the city union: how many city admins there are (kept so the last one cannot be removed). */
  adminCount?: number
}

export const units = () => db().collection<UnitRecord>('units')

export const siblingKey = (parentId: string | null, name: string) => `${parentId ?? 'root'}/${name}`

export const toRef = (u: Pick<UnitDoc, '_id' | 'name' | 'type'>): UnitRef => ({ id: u._id, name: u.name, type: u.type })

export const toNode = (u: UnitRecord): UnitNode => ({
  ...toRef(u),
  parentId: u.parentId,
  status: u.status,
  memberCount: u.memberCount ?? 0,
  childCount: u.childCount ?? 0,
})

/** Units by id in one round trip (ids not found are left out). */
export async function unitsById(ids: Iterable<string>): Promise<Map<string, UnitRecord>> {
  const list = [...new Set(ids)]
  const out = new Map<string, UnitRecord>()
  if (list.length === 0) return out
  const _ = db().command
  for (let i = 0; i < list.length; i += 100) {
    const res = await units().where({ _id: _.in(list.slice(i, i + 100)) }).limit(100).get()
    for (const u of res.data) out.set(u._id, u)
  }
  return out
}

export async function cityUnit(): Promise<UnitRecord | null> {
  const res = await units().where({ type: 'city', status: 'active' }).limit(1).get()
  return res.data[0] ?? null
}
