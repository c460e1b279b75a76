import type { JoinRequestView } from '../../../../types/entities/people'
import { audit } from '../../lib/audit'
import { AppError } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { getUnit } from '../../lib/scope'
import { joinUnit } from '../people/membership'
import { usersByIds } from '../people/directory-repo'
import { joinRequests, reloadUser, type JoinRequestDoc } from '../people/repo'
import { PAGE_SIZE } from './members'
import { toRef, unitsById, type UnitRecord } from './units-repo'

/** org.joinRequests: pending requests for a unit and the units under it, newest first. */
export const listJoinRequests: Handler<'org.joinRequests'> = async (input, ctx) => {
  const unit = ctx.scope.unit as UnitRecord
  const res = await joinRequests()
    .where({ unitPath: unit._id, status: 'pending' })
    .orderBy('requestedAt', 'desc')
    .skip((input.page - 1) * PAGE_SIZE)
    .limit(PAGE_SIZE + 1)
    .get()
  const page = res.data.slice(0, PAGE_SIZE)
  const [person, byId] = await Promise.all([usersByIds(page.map((r) => r.userId)), unitsById(page.map((r) => r.unitId))])
  return {
    items: page.map((r): JoinRequestView => {
      const p = person.get(r.userId)
      const u = byId.get(r.unitId)
      return {
        id: r._id,
        userId: r.userId,
        realName: p?.realName ?? '',
        nickname: p?.nickname ?? '',
        job: p?.job ?? '',
        unit: u ? toRef(u) : { id: r.unitId, name: '', type: 'grassroots' },
        requestedAt: r.requestedAt.getTime(),
      }
    }),
    hasMore: res.data.length > PAGE_SIZE,
  }
}

/** org.decideJoin: confirm (the person becomes a member) or turn down with a reason. */
export const decideJoin: Handler<'org.decideJoin'> = async (input, ctx) => {
  const request = ctx.scope.record as unknown as JoinRequestDoc
  const chair = ctx.caller.user
  if (request.status !== 'pending') throw new AppError('ORG.ALREADY_DECIDED')
  const now = new Date(ctx.now)
  if (!input.approve) {
    if (!input.reason) throw new AppError('COMMON.VALIDATION', '请填写不通过的原因', [{ path: 'reason', message: '请填写不通过的原因' }])
    const res = await joinRequests()
      .where({ _id: request._id, status: 'pending' })
      .update({ data: { status: 'rejected', reason: input.reason, decidedAt: now, decidedBy: chair._id } })
    if (res.stats.updated !== 1) throw new AppError('ORG.ALREADY_DECIDED')
    await audit({
      kind: 'membership',
      action: 'join_rejected',
      actorId: chair._id,
      actorName: chair.realName,
      targetId: request.userId,
      targetName: '',
      unitId: request.unitId,
      unitPath: request.unitPath,
      detail: { reason: input.reason },
      at: now,
    })
    return { status: 'rejected' as const }
  }
  const unit = (await getUnit(request.unitId)) as UnitRecord | null
  if (!unit) throw new AppError('ORG.UNIT_NOT_FOUND')
  // Claim the request first, so two chairs approving at once add one member.
  const claimed = await joinRequests()
    .where({ _id: request._id, status: 'pending' })
    .update({ data: { status: 'approved', decidedAt: now, decidedBy: chair._id } })
  if (claimed.stats.updated !== 1) throw new AppError('ORG.ALREADY_DECIDED')
  try {
    await joinUnit(await reloadUser(request.userId), unit, ctx.now, 'join_approved', { id: chair._id, name: chair.realName })
  } catch (e) {
    // The person joined elsewhere meanwhile (or the unit was retired): the request did not go through.
    const reason = e instanceof AppError && e.code !== 'PEOPLE.ALREADY_IN_UNIT' && e.code !== 'PEOPLE.ALREADY_MEMBER' ? e.message : ''
    await joinRequests()
      .doc(request._id)
      .update({ data: { status: 'cancelled', reason } })
    throw e
  }
  return { status: 'approved' as const }
}
