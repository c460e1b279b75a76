// Moving a member from one unit to another (they changed jobs, or their unit merged into another),
// by a chair who manages both: one conditional update of the person (only if they are still where
// they were read), the two member counts moved atomically, and the move recorded with its reason.
import { audit } from '../../lib/audit'
import type { UserDoc } from '../../lib/caller'
import { AppError } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { covers, getUnit } from '../../lib/scope'
import { moveToUnit, reloadUser } from '../people/repo'
import { memberViews } from './members'
import { bumpMemberCount } from './units-repo'

/** org.transferMember: the member now belongs to `unitId`; who moved them, when and why is kept. */
export const transferMember: Handler<'org.transferMember'> = async (input, ctx) => {
  const target = ctx.scope.record as unknown as UserDoc
  const from = target.unitId
  if (!from) throw new AppError('PEOPLE.NOT_FOUND')
  if (from === input.unitId) throw new AppError('PEOPLE.ALREADY_MEMBER', '这位职工已经在该单位')
  const to = await getUnit(input.unitId)
  if (!to) throw new AppError('ORG.UNIT_NOT_FOUND')
  if (to.status !== 'active') throw new AppError('ORG.UNIT_RETIRED')
  if (to.type === 'city') throw new AppError('ORG.BAD_PARENT', '请选择基层单位或行业、乡镇工会')
  // Both ends must be the caller's to manage: a chair cannot send people into someone else's unit.
  if (!covers(ctx.scope.units, to.path)) throw new AppError('ORG.TRANSFER_OUT_OF_REACH')
  if (target.roles.some((g) => g.unitId === from)) throw new AppError('ORG.HOLDS_ROLE')
  const now = new Date(ctx.now)
  if (!(await moveToUnit(target._id, from, to, now))) throw new AppError('COMMON.CONFLICT')
  await Promise.all([bumpMemberCount(from, -1), bumpMemberCount(to._id, 1)])
  const chair = ctx.caller.user
  await audit({
    kind: 'membership',
    action: 'transferred',
    actorId: chair._id,
    actorName: chair.realName,
    targetId: target._id,
    targetName: target.realName,
    unitId: to._id,
    unitPath: to.path,
    detail: { reason: input.reason, fromUnitId: from },
    at: now,
  })
  return (await memberViews([await reloadUser(target._id)]))[0]
}
