// A chair accepts their invitation: in one transaction the invitation is marked used, the person joins
// the unit (unless already a member there) and gets the chair role, with the audit entries. Used
// twice, expired or replaced: a coded answer and nothing written.
import { audit } from '../../lib/audit'
import type { GrantDoc } from '../../lib/caller'
import { AppError } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { setMemberCountInTx, toNode, unitInTx } from '../org/units-repo'
import { ensureUser, updateUserInTx, userInTx } from '../people/repo'
import { INVITE_ATTEMPTS_PER_HOUR } from '../people/join'
import { runTransaction, takeAttempt } from './setup-state-repo'
import { findInvite, holdsChairRole, inviteByCode, inviteInTx, markInviteUsedInTx, type ChairInviteDoc } from './chair-invites-repo'

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
  const found = await inviteByCode(input.code)
  if (!found) throw new AppError('INVITE.INVALID')
  assertUsable(found, ctx.now)
  const now = new Date(ctx.now)
  try {
    const joined = await runTransaction(async (tx) => {
      const inv = await inviteInTx(tx, found._id)
      if (!inv) throw new AppError('INVITE.INVALID')
      assertUsable(inv, ctx.now)
      const unit = await unitInTx(tx, inv.unitId)
      if (!unit || unit.status !== 'active') throw new AppError('ORG.UNIT_RETIRED')
      const me = await userInTx(tx, user._id)
      if (!me) throw new AppError('PEOPLE.NOT_FOUND')
      if (me.unitId && me.unitId !== unit._id) throw new AppError('PEOPLE.ALREADY_IN_UNIT')
      const joining = !me.unitId
      const grant: GrantDoc = { role: inv.role, unitId: unit._id, grantedAt: now, grantedBy: inv.createdBy }
      const roles = holdsChairRole(me.roles, unit._id) ? me.roles : [...me.roles, grant]
      await markInviteUsedInTx(tx, inv._id, me, now)
      await updateUserInTx(tx, me._id, {
        roles,
        ...(joining ? { unitId: unit._id, unitPath: unit.path, joinedAt: now } : {}),
        ...(me.profileCompletedAt ? {} : { profileCompletedAt: now }),
        updatedAt: now,
      })
      if (joining) await setMemberCountInTx(tx, unit._id, (unit.memberCount ?? 0) + 1)
      const entry = { actorId: me._id, actorName: me.realName, targetId: me._id, targetName: me.realName, unitId: unit._id, unitPath: unit.path, at: now }
      if (joining) await audit({ ...entry, kind: 'membership', action: 'join_by_chair_invite' }, tx)
      await audit({ ...entry, kind: 'role', action: 'grant', detail: { role: inv.role, via: 'chair_invite', inviteId: inv._id } }, tx)
      return { ...unit, memberCount: (unit.memberCount ?? 0) + (joining ? 1 : 0) }
    })
    return { unit: toNode(joined), role: found.role }
  } catch (e) {
    if (e instanceof AppError) throw e
    // A write conflict: someone else's acceptance (or a change to this person) landed first.
    const again = await findInvite(found._id)
    if (again?.usedAt) throw new AppError('INVITE.USED')
    throw new AppError('COMMON.CONFLICT')
  }
}
