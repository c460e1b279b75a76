import { AppError } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { getUnit } from '../../lib/scope'
import { countInviteUse, invites, type InviteDoc } from '../org/invites-repo'
import type { UnitRecord } from '../org/units-repo'
import { assertCanJoin, joinUnit } from './membership'
import { ensureUser, joinRequestId, joinRequests, meView, recordInviteFailure } from './repo'

const HOUR = 60 * 60 * 1000
/** Failed codes allowed per person per hour: enough for typos, far too few for guessing. */
export const INVITE_ATTEMPTS_PER_HOUR = 10

/** people.joinByInvite: a valid, unexpired, unrevoked code makes the caller a member at once. */
export const joinByInvite: Handler<'people.joinByInvite'> = async (input, ctx) => {
  const user = await ensureUser(ctx.caller, ctx.now)
  // A member the chair cannot recognise is no use to the unit: name first, then the unit.
  if (!user.realName || !user.nickname) throw new AppError('PEOPLE.NAME_REQUIRED')
  const failures = user.inviteFailures
  const windowOpen = failures && ctx.now - failures.since.getTime() < HOUR
  if (windowOpen && failures.count >= INVITE_ATTEMPTS_PER_HOUR) throw new AppError('INVITE.TOO_MANY_ATTEMPTS')

  const found = (await invites().where({ code: input.code }).limit(1).get()).data[0] as InviteDoc | undefined
  if (!found) {
    await recordInviteFailure(user._id, Boolean(windowOpen), ctx.now)
    throw new AppError('INVITE.INVALID')
  }
  if (found.revokedAt) throw new AppError('INVITE.REVOKED')
  if (found.expiresAt.getTime() <= ctx.now) throw new AppError('INVITE.EXPIRED')
  const unit = (await getUnit(found.unitId)) as UnitRecord | null
  if (!unit) throw new AppError('ORG.UNIT_NOT_FOUND')
  assertCanJoin(user, unit)

  const joined = await joinUnit(user, unit, ctx.now, 'join_by_invite', { id: user._id, name: user.realName })
  await countInviteUse(found._id)
  // A pending request elsewhere no longer applies.
  await joinRequests()
    .where({ _id: joinRequestId(user._id), status: 'pending' })
    .update({ data: { status: 'cancelled', decidedAt: new Date(ctx.now) } })
  return meView(joined)
}

/** people.requestJoin: ask to join a unit picked from the tree; its chair confirms or turns it down. */
export const requestJoin: Handler<'people.requestJoin'> = async (input, ctx) => {
  const user = await ensureUser(ctx.caller, ctx.now)
  if (!user.realName || !user.nickname) throw new AppError('PEOPLE.NAME_REQUIRED')
  const unit = (await getUnit(input.unitId)) as UnitRecord | null
  if (!unit) throw new AppError('ORG.UNIT_NOT_FOUND')
  if (unit.type === 'city') throw new AppError('ORG.BAD_PARENT', '请选择您所在的基层单位或行业、乡镇工会')
  assertCanJoin(user, unit)
  const existing = (await joinRequests().doc(joinRequestId(user._id)).get()).data
  if (existing && existing.status === 'pending' && existing.unitId === unit._id) throw new AppError('PEOPLE.JOIN_PENDING')
  // One request per person: asking for another unit replaces the earlier one.
  await joinRequests()
    .doc(joinRequestId(user._id))
    .set({ data: { userId: user._id, unitId: unit._id, unitPath: unit.path, status: 'pending', requestedAt: new Date(ctx.now) } })
  return meView(user)
}

/** people.cancelJoin: withdraw the caller's pending request. */
export const cancelJoin: Handler<'people.cancelJoin'> = async (_input, ctx) => {
  const user = await ensureUser(ctx.caller, ctx.now)
  const res = await joinRequests()
    .where({ _id: joinRequestId(user._id), status: 'pending' })
    .update({ data: { status: 'cancelled', decidedAt: new Date(ctx.now) } })
  if (res.stats.updated !== 1) throw new AppError('PEOPLE.NO_JOIN_REQUEST')
  return meView(user)
}
