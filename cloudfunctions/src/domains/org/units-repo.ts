// Reading units and turning them into the shapes pages show.
import type { UnitNode, UnitRef } from '../../../../types/entities/people'
import { UNIT_SCOPED_COLLECTIONS } from '../../../database/collections'
import { db } from '../../lib/cloud'
import type { CollectionName, Transaction } from '../../lib/db-types'
import type { UnitDoc } from '../../lib/scope'
import { PAGE_MAX, readAll } from '../../lib/read-all'
import { literalPattern } from '../../../../types/wording/search'

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

/** The active units of a subtree, its root included (`path` holds every ancestor and the unit itself). */
export const activeUnitsUnder = (rootId: string) => units().where({ path: rootId, status: 'active' })

/** Active units of these types (at most `limit`). */
export async function activeUnitsOfTypes(types: UnitRecord['type'][], limit: number): Promise<UnitRecord[]> {
  return (
    await units()
      .where({ type: db().command.in(types), status: 'active' })
      .limit(limit)
      .get()
  ).data
}

/** Units by id in one round trip (ids not found are left out). */
export async function unitsById(ids: Iterable<string>): Promise<Map<string, UnitRecord>> {
  const list = [...new Set(ids)]
  const out = new Map<string, UnitRecord>()
  if (list.length === 0) return out
  const _ = db().command
  for (let i = 0; i < list.length; i += 100) {
    const res = await units()
      .where({ _id: _.in(list.slice(i, i + 100)) })
      .limit(100)
      .get()
    for (const u of res.data) out.set(u._id, u)
  }
  return out
}

export async function cityUnit(): Promise<UnitRecord | null> {
  const res = await units().where({ type: 'city', status: 'active' }).limit(1).get()
  return res.data[0] ?? null
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Active units (not the city union) whose name contains `keyword`, by name. */
export async function searchActiveUnits(keyword: string, limit: number): Promise<UnitRecord[]> {
  return (
    await units()
      .where({ status: 'active', type: db().command.neq('city'), name: db().RegExp({ regexp: escapeRegExp(keyword) }) })
      .orderBy('name', 'asc')
      .limit(limit)
      .get()
  ).data
}

/** Whether a unit other than `self` holds the sibling key (a name taken among siblings). */
export async function siblingKeyHeldByOther(key: string, self: string): Promise<boolean> {
  return (
    (
      await units()
        .where({ siblingKey: key, _id: db().command.neq(self) })
        .limit(1)
        .get()
    ).data.length > 0
  )
}

/** A parent's active child units by name (at most `limit`). */
export async function activeChildren(parentId: string, limit: number): Promise<UnitRecord[]> {
  return (await units().where({ parentId, status: 'active' }).orderBy('name', 'asc').limit(limit).get()).data
}

/** Adds a unit under its own id (the sibling-name index refuses a taken name). */
export async function addUnit(doc: UnitRecord): Promise<void> {
  await units().add({ data: doc })
}

/** Changes a unit's fields (its name, its parent) by id. */
export async function updateUnit(id: string, data: Partial<Omit<UnitRecord, '_id'>>): Promise<void> {
  await units().doc(id).update({ data })
}

/** Moves a unit's count of child units by `by` (atomic). */
export async function bumpChildCount(unitId: string, by: 1 | -1): Promise<void> {
  await units()
    .doc(unitId)
    .update({ data: { childCount: db().command.inc(by) } })
}

/** Moves a unit's member count by `by` (atomic). */
export async function bumpMemberCount(unitId: string, by: 1 | -1): Promise<void> {
  await units()
    .doc(unitId)
    .update({ data: { memberCount: db().command.inc(by) } })
}

/** Retires a unit that is still active (a conditional update, so two retirements count once); false otherwise. */
export async function retireIfActive(unit: UnitRecord, now: Date): Promise<boolean> {
  const res = await units()
    .where({ _id: unit._id, status: 'active' })
    .update({ data: { status: 'retired', siblingKey: `${unit.siblingKey}#retired-${unit._id}`, updatedAt: now } })
  return res.stats.updated === 1
}

/**
 * Rewrites the ancestors in every path that passes through `unitId`, two multi-document updates per
 * collection whatever its size: remove the old and new ancestors, then put the new ones in front.
 * Both steps together are idempotent, so a move interrupted half way is finished by repeating it.
 */
export async function rewritePaths(unitId: string, oldAncestors: string[], newAncestors: string[]): Promise<void> {
  const _ = db().command
  const strip = [...new Set([...oldAncestors, ...newAncestors])]
  const targets: Array<[CollectionName, string]> = [['units', 'path'], ...UNIT_SCOPED_COLLECTIONS.map((c) => [c, 'unitPath'] as [CollectionName, string])]
  // The collections are independent: rewriting them together makes the move cost two round trips in a
  // row instead of two per collection (ten collections at ~15 ms each, with thousands of documents behind
  // each update, would otherwise crowd the function's timeout). Within one collection the two updates
  // stay in order: one update cannot both pull and push the same array field.
  await Promise.all(
    targets.map(async ([collection, field]) => {
      const coll = db().collection(collection)
      await coll.where({ [field]: unitId }).update({ data: { [field]: _.pullAll(strip) } })
      await coll.where({ [field]: unitId }).update({ data: { [field]: _.push({ each: newAncestors, position: 0 }) } })
    }),
  )
}

/** The active industry and township unions (at most 500). */
export async function activeAreas(): Promise<UnitRecord[]> {
  return (
    await units()
      .where({ type: db().command.in(['industry', 'township']), status: 'active' })
      .limit(500)
      .get()
  ).data
}

/** Every active unit, by id (the whole tree, a page of 1,000 at a time). */
export function allActiveUnits(): Promise<UnitRecord[]> {
  return readAll((skip) =>
    units()
      .where({ status: 'active' })
      .orderBy('_id', 'asc')
      .skip(skip)
      .limit(PAGE_MAX)
      .get()
      .then((r) => r.data),
  )
}

/**
 * An import's units, written hidden (status 'importing'): those an earlier, interrupted run already
 * wrote are claimed for this run, the rest added, a hundred per round trip (add takes an array in
 * cloud functions). A duplicate key means another run of the same import wrote some meanwhile.
 */
export async function writeHiddenUnits(ids: string[], docs: UnitRecord[], importId: string): Promise<void> {
  const _ = db().command
  for (let i = 0; i < ids.length; i += 100) {
    const slice = ids.slice(i, i + 100)
    const there = new Set(
      (
        await units()
          .where({ _id: _.in(slice) })
          .field({ _id: true })
          .limit(100)
          .get()
      ).data.map((u) => u._id),
    )
    if (there.size > 0)
      await units()
        .where({ _id: _.in([...there]), status: 'importing' })
        .update({ data: { importId } })
    const missing = docs.slice(i, i + 100).filter((d) => !there.has(d._id))
    if (missing.length > 0) await units().add({ data: missing } as never)
  }
}

/** The moment an import appears: one update shows every unit it wrote. */
export async function showImportedUnits(importId: string, now: Date): Promise<void> {
  await units()
    .where({ importId, status: 'importing' })
    .update({ data: { status: 'active', updatedAt: now } })
}

/** A unit's child count, counted afresh. */
export async function recountChildren(unitId: string, now: Date): Promise<void> {
  const { total } = await units().where({ parentId: unitId, status: 'active' }).count()
  await units()
    .doc(unitId)
    .update({ data: { childCount: total, updatedAt: now } })
}

/** Active units under `unitId` (itself included) whose name has the words, matched literally. */
export async function subunitsNamed(unitId: string, keyword: string, limit: number): Promise<UnitRecord[]> {
  return (
    await units()
      .where({ path: unitId, status: 'active', name: db().RegExp({ regexp: literalPattern(keyword), options: 'i' }) })
      .field({ _id: true })
      .limit(limit)
      .get()
  ).data
}

/** A unit as transaction `tx` reads it. */
export async function unitInTx(tx: Transaction, id: string): Promise<UnitRecord | null> {
  return (await tx.collection<UnitRecord>('units').doc(id).get()).data ?? null
}

/** Adds a unit in transaction `tx` (the sibling-name index refuses a taken name). */
export async function addUnitInTx(tx: Transaction, doc: UnitRecord): Promise<void> {
  await tx.collection<UnitRecord>('units').add({ data: doc })
}

/** Sets a unit's member count in transaction `tx` (counted from the unit as `tx` read it). */
export async function setMemberCountInTx(tx: Transaction, id: string, memberCount: number): Promise<void> {
  await tx.collection<UnitRecord>('units').doc(id).update({ data: { memberCount } })
}
