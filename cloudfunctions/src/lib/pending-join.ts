// A join request still waiting, and who will decide it. Read by people.me (the pages show it) and by the
// handler wrapper (an action that needs a unit names the request instead of asking for a profile again).
import type { Me, UnitRef } from '../../../types/entities/people'
import type { UserDoc } from './caller'
import { db } from './cloud'
import type { UnitDoc } from './scope'

type Pending = NonNullable<Me['pendingJoin']>

/** Roles that may decide a join request (org.decideJoin's access), on the unit or one above it. */
const DECIDERS = new Set(['unit_chair', 'area_chair', 'city_admin'])

interface RequestDoc {
  _id: string
  userId: string
  unitId: string
  unitPath: string[]
  status: string
  requestedAt: Date
}

const ref = (u: Pick<UnitDoc, '_id' | 'name' | 'type'>): UnitRef => ({ id: u._id, name: u.name, type: u.type })

/** The pending request of this person, if any, with the nearest union on its path that has chairs. */
export async function pendingJoinOf(userId: string): Promise<Pending | null> {
  const request = (await db().collection<RequestDoc>('join_requests').doc(`jr-${userId}`).get()).data
  if (!request || request.status !== 'pending') return null
  const _ = db().command
  const path = request.unitPath
  const [unitRes, chairRes] = await Promise.all([
    db()
      .collection<UnitDoc>('units')
      .where({ _id: _.in(path) })
      .limit(path.length)
      .get(),
    // Chairs on any unit of the path: a handful of people, found through the roles.unitId index.
    db()
      .collection<UserDoc>('users')
      .where({ 'roles.unitId': _.in(path) })
      .field({ realName: true, roles: true })
      .limit(100)
      .get(),
  ])
  const byId = new Map(unitRes.data.map((u) => [u._id, u]))
  const unit = byId.get(request.unitId)
  const unitRef: UnitRef = unit ? ref(unit) : { id: request.unitId, name: '（已删除的单位）', type: 'grassroots' }
  // Nearest first: the unit itself, then up towards the city union.
  for (const id of [...path].reverse()) {
    const chairs = chairRes.data.filter((u) => u.roles.some((g) => g.unitId === id && DECIDERS.has(g.role))).map((u) => u.realName)
    const at = byId.get(id)
    if (chairs.length > 0 && at) return { unit: unitRef, requestedAt: request.requestedAt.getTime(), decidedBy: { unit: ref(at), chairs } }
  }
  return { unit: unitRef, requestedAt: request.requestedAt.getTime(), decidedBy: { unit: unitRef, chairs: [] } }
}
