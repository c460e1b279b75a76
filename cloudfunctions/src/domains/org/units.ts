// The union tree: browsing and picking units (any signed-in person), and changing the tree (the city
// union anywhere, industry and township union chairs within their subtree).
import crypto from 'node:crypto'
import { CHILD_UNIT_TYPES, type UnitType } from '../../../../types/roles'
import { audit } from '../../lib/audit'
import { AppError, writeUnlessTaken } from '../../lib/errors'
import type { Handler, MemberContext } from '../../lib/handler'
import { assertCovers, getUnit } from '../../lib/scope'
import { revokeInvitesOf } from './invites-repo'
import {
  activeChildren,
  addUnit,
  bumpChildCount,
  cityUnit,
  retireIfActive,
  rewritePaths,
  searchActiveUnits,
  siblingKey,
  siblingKeyHeldByOther,
  toNode,
  unitsById,
  updateUnit,
  type UnitRecord,
} from './units-repo'

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
  const [children, ancestors] = await Promise.all([activeChildren(parent._id, 500), unitsById(parent.path)])
  return {
    parent: toNode(parent),
    path: parent.path
      .map((id) => ancestors.get(id))
      .filter((u): u is UnitRecord => Boolean(u))
      .map(toNode),
    children: children.map(toNode),
  }
}

/** org.searchUnits: active units (the city union itself is not joined) whose name contains the words typed. */
export const searchUnits: Handler<'org.searchUnits'> = async (input) => {
  const found = await searchActiveUnits(input.keyword, 20)
  const ancestors = await unitsById(found.flatMap((u) => u.path))
  return {
    items: found.map((u) => ({ ...toNode(u), pathNames: u.path.slice(0, -1).map((id) => ancestors.get(id)?.name ?? '') })),
  }
}

/**
 * A write that gives `self` the sibling key (a name unique among siblings, a unique index): when it
 * fails and another unit holds the key, the name is taken. Read back, not recognised by the error's shape.
 */
async function claimSiblingKey(key: string, self: string, write: () => Promise<unknown>): Promise<void> {
  if ((await writeUnlessTaken(write, () => siblingKeyHeldByOther(key, self))) === 'taken') throw new AppError('ORG.NAME_TAKEN')
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
  await claimSiblingKey(doc.siblingKey, id, () => addUnit(doc))
  await bumpChildCount(parent._id, 1)
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
  await claimSiblingKey(key, unit._id, () => updateUnit(unit._id, { name: input.name, siblingKey: key, updatedAt: new Date(ctx.now) }))
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
  await claimSiblingKey(key, unit._id, () => updateUnit(unit._id, { parentId: parent._id, siblingKey: key, updatedAt: new Date(ctx.now) }))
  const oldAncestors = unit.path.slice(0, -1)
  await rewritePaths(unit._id, oldAncestors, parent.path)
  if (unit.parentId) await bumpChildCount(unit.parentId, -1)
  await bumpChildCount(parent._id, 1)
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
  if ((await activeChildren(unit._id, 1)).length > 0) throw new AppError('ORG.HAS_CHILDREN')
  // Members would be stranded in a unit that no longer exists: they are moved out first.
  if ((unit.memberCount ?? 0) > 0) throw new AppError('ORG.HAS_MEMBERS')
  const now = new Date(ctx.now)
  // Only an active unit is retired (a conditional update), so two retirements count once.
  if ((await retireIfActive(unit, now)) && unit.parentId) await bumpChildCount(unit.parentId, -1)
  await revokeInvitesOf(unit._id, now)
  await audit({ kind: 'unit', action: 'retire', ...actorOf(ctx), targetId: unit._id, targetName: unit.name, unitId: unit._id, unitPath: unit.path, at: now })
  return toNode({ ...unit, status: 'retired' })
}
