// A chair accepts their invitation: in one transaction the invitation is marked used, the person joins
// the unit (unless already a member there) and gets the chair role, with the audit entries. Used
// twice, expired or replaced: a coded answer and nothing written.
import type { AuditDoc } from '../../lib/audit'
import type { GrantDoc, UserDoc } from '../../lib/caller'
import { db } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { toNode, type UnitRecord } from '../org/units-repo'
import { ensureUser } from '../people/repo'
import { INVITE_ATTEMPTS_PER_HOUR } from '../people/join'
import { takeAttempt } from './setup-state-repo'
import { chairInvites, holdsChairRole, type ChairInviteDoc } from './chair-invites-repo'

function assertUsable(inv: ChairInviteDoc, now: number): void {
  if (inv.usedAt) throw new AppError('INVITE.USED')
  if (inv.revokedAt) throw new AppError('INVITE.REVOKED')
  if (inv.expiresAt.getTime() <= now) throw new AppError('INVITE.EXPIRED')
}

/** org.acceptChairInvite */
export const acceptChairInvite: Handler<'org.acceptChairInvite'> = async (input, ctx) => {
  const user = await ensureUser(ctx.caller, ctx.now)
  // The unit's members and the city union must recognise their chair: name first.
  if (!user.realName || !user.nickname) throw new AppError('PEOPLE.NAME_REQUIRED')
  await takeAttempt(`chair:${user._id}`, INVITE_ATTEMPTS_PER_HOUR, ctx.now, 'INVITE.TOO_MANY_ATTEMPTS')
  const found = (await chairInvites().where({ code: input.code }).limit(1).get()).data[0]
  if (!found) throw new AppError('INVITE.INVALID')
  assertUsable(found, ctx.now)
  const now = new Date(ctx.now)
  try {
    const joined = await db().runTransaction(async (tx) => {
      const inv = (await tx.collection<ChairInviteDoc>('chair_invites').doc(found._id).get()).data
      if (!inv) throw new AppError('INVITE.INVALID')
      assertUsable(inv, ctx.now)
      const unit = (await tx.collection<UnitRecord>('units').doc(inv.unitId).get()).data
      if (!unit || unit.status !== 'active') throw new AppError('ORG.UNIT_RETIRED')
      const me = (await tx.collection<UserDoc>('users').doc(user._id).get()).data
      if (!me) throw new AppError('PEOPLE.NOT_FOUND')
      if (me.unitId && me.unitId !== unit._id) throw new AppError('PEOPLE.ALREADY_IN_UNIT')
      const joining = !me.unitId
      const grant: GrantDoc = { role: inv.role, unitId: unit._id, grantedAt: now, grantedBy: inv.createdBy }
      const roles = holdsChairRole(me.roles, unit._id) ? me.roles : [...me.roles, grant]
      await tx
        .collection<ChairInviteDoc>('chair_invites')
        .doc(inv._id)
        .update({ data: { usedAt: now, usedBy: me._id, usedByName: me.realName } })
      await tx
        .collection<UserDoc>('users')
        .doc(me._id)
        .update({
          data: {
            roles,
            ...(joining ? { unitId: unit._id, unitPath: unit.path, joinedAt: now } : {}),
            ...(me.profileCompletedAt ? {} : { profileCompletedAt: now }),
            updatedAt: now,
          },
        })
      if (joining)
        await tx
          .collection<UnitRecord>('units')
          .doc(unit._id)
          .update({ data: { memberCount: (unit.memberCount ?? 0) + 1 } })
      const entry = { actorId: me._id, actorName: me.realName, targetId: me._id, targetName: me.realName, unitId: unit._id, unitPath: unit.path, at: now }
      if (joining) await tx.collection<AuditDoc>('audit_log').add({ data: { ...entry, kind: 'membership', action: 'join_by_chair_invite' } })
      await tx
        .collection<AuditDoc>('audit_log')
        .add({ data: { ...entry, kind: 'role', action: 'grant', detail: { role: inv.role, via: 'chair_invite', inviteId: inv._id } } })
      return { ...unit, memberCount: (unit.memberCount ?? 0) + (joining ? 1 : 0) }
    })
    return { unit: toNode(joined), role: found.role }
  } catch (e) {
    if (e instanceof AppError) throw e
    // A write conflict: someone else's acceptance (or a change to this person) landed first.
    const again = (await chairInvites().doc(found._id).get()).data
    if (again?.usedAt) throw new AppError('INVITE.USED')
    throw new AppError('COMMON.CONFLICT')
  }
}
