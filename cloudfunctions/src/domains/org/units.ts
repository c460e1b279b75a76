// The union tree: browsing and picking units (any signed-in person), and changing the tree (the city
// union anywhere, industry and township union chairs within their subtree).
import crypto from 'node:crypto'
import { CHILD_UNIT_TYPES, type UnitType } from '../../../../types/roles'
import { UNIT_SCOPED_COLLECTIONS } from '../../../database/collections'
import { audit } from '../../lib/audit'
import { db } from '../../lib/cloud'
import type { CollectionName } from '../../lib/db-types'
import { AppError, writeUnlessTaken } from '../../lib/errors'
import type { Handler, MemberContext } from '../../lib/handler'
import { assertCovers, getUnit } from '../../lib/scope'
import { cityUnit, siblingKey, toNode, units, unitsById, type UnitRecord } from './units-repo'

const actorOf = (ctx: MemberContext) => ({ actorId: ctx.caller.user._id, actorName: ctx.caller.user.realName })

async function loadRecord(id: string): Promise<UnitRecord> {
  const unit = (await getUnit(id)) as UnitRecord | null
  if (!unit) throw new AppError('ORG.UNIT_NOT_FOUND')
  return unit
}

/** org.units: a parent's active children, with the path down to the parent. */
export const listUnits: Handler<'org.units'> = async (input) => {
  const parent = input.parentId ? await loadRecord(input.parentId) : await cityUnit()
  if (!parent) return { parent: null, path: [], children: [] }
  const [children, ancestors] = await Promise.all([
    units().where({ parentId: parent._id, status: 'active' }).orderBy('name', 'asc').limit(500).get(),
    unitsById(parent.path),
  ])
  return {
    parent: toNode(parent),
    path: parent.path
      .map((id) => ancestors.get(id))
      .filter((u): u is UnitRecord => Boolean(u))
      .map(toNode),
    children: children.data.map(toNode),
  }
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** org.searchUnits: active units (the city union itself is not joined) whose name contains the words typed. */
export const searchUnits: Handler<'org.searchUnits'> = async (input) => {
  const found = await units()
    .where({ status: 'active', type: db().command.neq('city'), name: db().RegExp({ regexp: escapeRegExp(input.keyword) }) })
    .orderBy('name', 'asc')
    .limit(20)
    .get()
  const ancestors = await unitsById(found.data.flatMap((u) => u.path))
  return {
    items: found.data.map((u) => ({ ...toNode(u), pathNames: u.path.slice(0, -1).map((id) => ancestors.get(id)?.name ?? '') })),
  }
}

/**
 * A write that gives `self` the sibling key (a name unique among siblings, a unique index): when it
 * fails and another unit holds the key, the name is taken. Read back, not recognised by the error's shape.
 */
async function claimSiblingKey(key: string, self: string, write: () => Promise<unknown>): Promise<void> {
  const taken = async () =>
    (
      await units()
        .where({ siblingKey: key, _id: db().command.neq(self) })
        .limit(1)
        .get()
    ).data.length > 0
  if ((await writeUnlessTaken(write, taken)) === 'taken') throw new AppError('ORG.NAME_TAKEN')
}

function assertChildType(parent: UnitRecord, type: UnitType): void {
  if (parent.status !== 'active') throw new AppError('ORG.UNIT_RETIRED')
  if (!CHILD_UNIT_TYPES[parent.type].includes(type)) throw new AppError('ORG.BAD_PARENT')
}

/** org.createUnit: a new unit under a parent in the caller's scope. */
export const createUnit: Handler<'org.createUnit'> = async (input, ctx) => {
  const parent = ctx.scope.unit as UnitRecord
  assertChildType(parent, input.type)
  const id = crypto.randomBytes(16).toString('hex')
  const now = new Date(ctx.now)
  const doc: Omit<UnitRecord, '_id'> & { _id: string } = {
    _id: id,
    name: input.name,
    type: input.type,
    parentId: parent._id,
    path: [...parent.path, id],
    status: 'active',
    memberCount: 0,
    childCount: 0,
    siblingKey: siblingKey(parent._id, input.name),
    createdAt: now,
    updatedAt: now,
  }
  await claimSiblingKey(doc.siblingKey, id, () => units().add({ data: doc }))
  await units()
    .doc(parent._id)
    .update({ data: { childCount: db().command.inc(1) } })
  await audit({
    kind: 'unit',
    action: 'create',
    ...actorOf(ctx),
    targetId: id,
    targetName: input.name,
    unitId: id,
    unitPath: doc.path,
    detail: { type: input.type, parentId: parent._id },
    at: now,
  })
  return toNode(doc as UnitRecord)
}

/** org.renameUnit: a new name, unique among its siblings. */
export const renameUnit: Handler<'org.renameUnit'> = async (input, ctx) => {
  const unit = ctx.scope.unit as UnitRecord
  if (unit.status !== 'active') throw new AppError('ORG.UNIT_RETIRED')
  if (unit.name === input.name) return toNode(unit)
  const key = siblingKey(unit.parentId, input.name)
  await claimSiblingKey(key, unit._id, () =>
    units()
      .doc(unit._id)
      .update({ data: { name: input.name, siblingKey: key, updatedAt: new Date(ctx.now) } }),
  )
  await audit({
    kind: 'unit',
    action: 'rename',
    ...actorOf(ctx),
    targetId: unit._id,
    targetName: input.name,
    unitId: unit._id,
    unitPath: unit.path,
    detail: { from: unit.name },
    at: new Date(ctx.now),
  })
  return toNode({ ...unit, name: input.name })
}

/**
 * Rewrites the ancestors in every path that passes through `unitId`, two multi-document updates per
 * collection whatever its size: remove the old and new ancestors, then put the new ones in front.
 * Both steps together are idempotent, so a move interrupted half way is finished by repeating it.
 */
async function rewritePaths(unitId: string, oldAncestors: string[], newAncestors: string[]): Promise<void> {
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

/** org.moveUnit: the unit and everything under it to a new parent; both ends in the caller's scope. */
export const moveUnit: Handler<'org.moveUnit'> = async (input, ctx) => {
  const unit = ctx.scope.unit as UnitRecord
  if (unit.type === 'city') throw new AppError('ORG.CITY_FIXED')
  if (unit.status !== 'active') throw new AppError('ORG.UNIT_RETIRED')
  const parent = await loadRecord(input.newParentId)
  assertCovers(ctx.scope, parent.path)
  if (parent.path.includes(unit._id)) throw new AppError('ORG.MOVE_CYCLE')
  assertChildType(parent, unit.type)
  if (parent._id === unit.parentId) return toNode(unit)
  // The sibling-name index is checked first, on the unit alone, before any path changes.
  const key = siblingKey(parent._id, unit.name)
  await claimSiblingKey(key, unit._id, () =>
    units()
      .doc(unit._id)
      .update({ data: { parentId: parent._id, siblingKey: key, updatedAt: new Date(ctx.now) } }),
  )
  const oldAncestors = unit.path.slice(0, -1)
  await rewritePaths(unit._id, oldAncestors, parent.path)
  const _ = db().command
  if (unit.parentId)
    await units()
      .doc(unit.parentId)
      .update({ data: { childCount: _.inc(-1) } })
  await units()
    .doc(parent._id)
    .update({ data: { childCount: _.inc(1) } })
  const moved = await loadRecord(unit._id)
  await audit({
    kind: 'unit',
    action: 'move',
    ...actorOf(ctx),
    targetId: unit._id,
    targetName: unit.name,
    unitId: unit._id,
    unitPath: moved.path,
    detail: { fromParentId: unit.parentId, toParentId: parent._id },
    at: new Date(ctx.now),
  })
  return toNode(moved)
}

/** org.retireUnit: a unit with no active units under it stops taking members; its invites stop. */
export const retireUnit: Handler<'org.retireUnit'> = async (_input, ctx) => {
  const unit = ctx.scope.unit as UnitRecord
  if (unit.type === 'city') throw new AppError('ORG.CITY_FIXED')
  if (unit.status === 'retired') return toNode(unit)
  const activeChildren = await units().where({ parentId: unit._id, status: 'active' }).limit(1).get()
  if (activeChildren.data.length > 0) throw new AppError('ORG.HAS_CHILDREN')
  // Members would be stranded in a unit that no longer exists: they are moved out first.
  if ((unit.memberCount ?? 0) > 0) throw new AppError('ORG.HAS_MEMBERS')
  const now = new Date(ctx.now)
  const _ = db().command
  // Only an active unit is retired (a conditional update), so two retirements count once.
  const res = await units()
    .where({ _id: unit._id, status: 'active' })
    .update({ data: { status: 'retired', siblingKey: `${unit.siblingKey}#retired-${unit._id}`, updatedAt: now } })
  if (res.stats.updated === 1 && unit.parentId)
    await units()
      .doc(unit.parentId)
      .update({ data: { childCount: _.inc(-1) } })
  await db()
    .collection('invites')
    .where({ unitId: unit._id, revokedAt: _.exists(false) })
    .update({ data: { revokedAt: now } })
  await audit({ kind: 'unit', action: 'retire', ...actorOf(ctx), targetId: unit._id, targetName: unit.name, unitId: unit._id, unitPath: unit.path, at: now })
  return toNode({ ...unit, status: 'retired' })
}
