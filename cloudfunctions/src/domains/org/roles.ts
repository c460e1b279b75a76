// Granting and revoking roles. The city union grants any role anywhere; an industry or township
// union chair grants and revokes unit chairs on the grassroots units under them. Every change is a
// transaction that writes the grant and its audit entry together.
import type { RoleEvent, RoleHolder } from '../../../../types/entities/people'
import { ROLE_UNIT_TYPES, type GrantableRole } from '../../../../types/roles'
import { auditTrail, type AuditDoc } from '../../lib/audit'
import type { GrantDoc, UserDoc } from '../../lib/caller'
import type { Transaction } from '../../lib/db-types'
import { AppError } from '../../lib/errors'
import type { Handler, HandlerContext, MemberContext } from '../../lib/handler'
import { covers } from '../../lib/scope'
import { inTransaction } from '../../lib/transaction'
import { grantHoldersIn } from '../people/directory-repo'
import { PAGE_SIZE } from './members'
import { toRef, units, unitsById, type UnitRecord } from './units-repo'

/** Which roles the caller may give or take back on `unit`. */
function assertMayManage(ctx: HandlerContext, role: GrantableRole, unit: UnitRecord): void {
  if (unit.status !== 'active') throw new AppError('ORG.UNIT_RETIRED')
  if (!ROLE_UNIT_TYPES[role].includes(unit.type)) throw new AppError('ROLE.BAD_UNIT')
  const asCity = covers(ctx.caller.unitsFor('city_admin'), unit.path)
  if (asCity) return
  // An area chair: unit chairs only, strictly below their own union.
  const areas = ctx.caller.unitsFor('area_chair')
  const below = areas.some((a) => unit.path.includes(a) && unit._id !== a)
  if (role !== 'unit_chair' || !below) throw new AppError('ROLE.CANNOT_GRANT')
}

/** Chairs and admins chair their own unit; judges may come from anywhere. */
function assertEligible(user: UserDoc | null, role: GrantableRole, unit: UnitRecord): asserts user is UserDoc {
  if (!user || !user.profileCompletedAt) throw new AppError('PEOPLE.NOT_FOUND')
  if (role !== 'judge' && user.unitId !== unit._id) throw new AppError('ROLE.NOT_MEMBER')
}

const auditEntry = (ctx: MemberContext, action: 'grant' | 'revoke', role: GrantableRole, unit: UnitRecord, target: UserDoc): Omit<AuditDoc, '_id'> => ({
  kind: 'role',
  action,
  actorId: ctx.caller.user._id,
  actorName: ctx.caller.user.realName,
  targetId: target._id,
  targetName: target.realName,
  unitId: unit._id,
  unitPath: unit.path,
  detail: { role },
  at: new Date(ctx.now),
})

/** The city admin count lives on the city unit, changed in the same transaction as the grant. */
async function adjustAdminCount(tx: Transaction, unit: UnitRecord, delta: 1 | -1): Promise<void> {
  const city = (await tx.collection<UnitRecord>('units').doc(unit._id).get()).data
  const count = city?.adminCount ?? 0
  if (delta < 0 && count <= 1) throw new AppError('ROLE.LAST_CITY_ADMIN')
  await tx
    .collection<UnitRecord>('units')
    .doc(unit._id)
    .update({ data: { adminCount: count + delta } })
}

/** org.grantRole */
export const grantRole: Handler<'org.grantRole'> = async (input, ctx) => {
  const unit = ctx.scope.unit as UnitRecord
  assertMayManage(ctx, input.role, unit)
  const holder = await inTransaction(async (tx) => {
    const user = (await tx.collection<UserDoc>('users').doc(input.userId).get()).data
    assertEligible(user, input.role, unit)
    if (user.roles.some((g) => g.role === input.role && g.unitId === unit._id)) throw new AppError('ROLE.ALREADY_HELD')
    const grant: GrantDoc = { role: input.role, unitId: unit._id, grantedAt: new Date(ctx.now), grantedBy: ctx.caller.user._id }
    await tx
      .collection<UserDoc>('users')
      .doc(user._id)
      .update({ data: { roles: [...user.roles, grant], updatedAt: new Date(ctx.now) } })
    if (input.role === 'city_admin') await adjustAdminCount(tx, unit, 1)
    await tx.collection<AuditDoc>('audit_log').add({ data: auditEntry(ctx, 'grant', input.role, unit, user) })
    return { userId: user._id, realName: user.realName, role: input.role, unit: toRef(unit), grantedAt: ctx.now }
  })
  return holder
}

/** org.revokeRole */
export const revokeRole: Handler<'org.revokeRole'> = async (input, ctx) => {
  const unit = ctx.scope.unit as UnitRecord
  assertMayManage(ctx, input.role, unit)
  await inTransaction(async (tx) => {
    const user = (await tx.collection<UserDoc>('users').doc(input.userId).get()).data
    if (!user) throw new AppError('PEOPLE.NOT_FOUND')
    const remaining = user.roles.filter((g) => !(g.role === input.role && g.unitId === unit._id))
    if (remaining.length === user.roles.length) throw new AppError('ROLE.NOT_HELD')
    await tx
      .collection<UserDoc>('users')
      .doc(user._id)
      .update({ data: { roles: remaining, updatedAt: new Date(ctx.now) } })
    if (input.role === 'city_admin') await adjustAdminCount(tx, unit, -1)
    await tx.collection<AuditDoc>('audit_log').add({ data: auditEntry(ctx, 'revoke', input.role, unit, user) })
  })
  return { revoked: true as const }
}

/** org.roleHolders: who holds roles on the unit and the units under it. */
export const roleHolders: Handler<'org.roleHolders'> = async (_input, ctx) => {
  const unit = ctx.scope.unit as UnitRecord
  const subtree = await units().where({ path: unit._id }).field({ _id: true, name: true, type: true }).limit(1000).get()
  const byId = new Map(subtree.data.map((u) => [u._id, u]))
  const holders: RoleHolder[] = []
  for (const u of await grantHoldersIn([...byId.keys()])) {
    for (const g of u.roles) {
      const gu = byId.get(g.unitId)
      if (gu) holders.push({ userId: u._id, realName: u.realName, role: g.role, unit: toRef(gu), grantedAt: g.grantedAt.getTime() })
    }
  }
  holders.sort((a, b) => a.unit.name.localeCompare(b.unit.name, 'zh-CN') || a.role.localeCompare(b.role))
  return { items: holders }
}

/** org.roleHistory: grants and revocations on the unit and below, newest first. */
export const roleHistory: Handler<'org.roleHistory'> = async (input, ctx) => {
  const unit = ctx.scope.unit as UnitRecord
  const rows = await auditTrail(unit._id, 'role', input.page, PAGE_SIZE)
  const page = rows.slice(0, PAGE_SIZE)
  const byId = await unitsById(page.map((e) => e.unitId))
  return {
    items: page.map((e): RoleEvent => {
      const u = byId.get(e.unitId)
      return {
        id: e._id,
        action: e.action === 'grant' ? 'grant' : 'revoke',
        role: (e.detail?.role ?? 'unit_chair') as GrantableRole,
        unit: u ? toRef(u) : { id: e.unitId, name: '', type: 'grassroots' },
        userId: e.targetId,
        userName: e.targetName,
        byName: e.actorName,
        at: e.at.getTime(),
      }
    }),
    hasMore: rows.length > PAGE_SIZE,
  }
}
