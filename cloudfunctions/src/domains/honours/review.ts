// Review up the tree: the area union, then the city. Forward (at the city: approve for the notice),
// return to the nominating chair with a reason (the quota place stays held), or turn down with a reason
// (the place and the person's key are given back). One conditional update per decision ("still at this
// union, still reviewing"), audited with who, when, before and after.
import type { NominationView } from '../../../../types/entities/honours'
import type { ParsedInputOf } from '../../../../types/actions/index'
import type { MemberContext } from '../../lib/handler'
import { audit } from '../../lib/audit'
import { AppError } from '../../lib/errors'
import { getUnit } from '../../lib/scope'
import { view } from './nominate'
import { givePlace } from './quotas-repo'
import { decideIfWaiting, releaseNomineeKey } from './nominations-repo'
import { pushSteps, step, type NominationDoc } from './repo'

export async function decide(input: ParsedInputOf<'honours.decide'>, ctx: MemberContext): Promise<NominationView> {
  const n = ctx.scope.record as unknown as NominationDoc
  if (n.status !== 'reviewing' || !n.reviewUnitId) throw new AppError('HONOUR.BAD_STATE')
  if (!ctx.scope.units.includes(n.reviewUnitId)) throw new AppError('HONOUR.NOT_YOUR_STAGE')
  if (input.decision !== 'forward' && input.reason.length < 2) throw new AppError('HONOUR.REASON_REQUIRED')
  const at = ctx.now
  const by = ctx.caller.user._id
  let change: Record<string, unknown>
  if (input.decision === 'forward') {
    if (!n.consent) throw new AppError('HONOUR.NO_CONSENT')
    const here = await getUnit(n.reviewUnitId)
    const atCity = !here?.parentId
    change = atCity ? { status: 'approved', reviewUnitId: null, reason: '' } : { reviewUnitId: here!.parentId, reason: '' }
    change.steps = pushSteps(step(atCity ? 'approved' : 'forward', n.reviewUnitId, at, input.reason, by))
  } else if (input.decision === 'return') {
    change = { status: 'returned', reviewUnitId: null, reason: input.reason, steps: pushSteps(step('return', n.reviewUnitId, at, input.reason, by)) }
  } else {
    change = {
      status: 'rejected',
      reviewUnitId: null,
      reason: input.reason,
      holdsPlace: false,
      personKey: null,
      steps: pushSteps(step('reject', n.reviewUnitId, at, input.reason, by)),
    }
  }
  if (!(await decideIfWaiting(n, change, new Date(at)))) throw new AppError('HONOUR.BAD_STATE')
  if (input.decision === 'reject') {
    await Promise.all([givePlace(n.campaignId, n.unitId), n.personKey ? releaseNomineeKey(n.personKey) : null])
  }
  const after = await view(n._id)
  await audit({
    kind: 'honour',
    action: `honours.${input.decision}`,
    actorId: by,
    actorName: ctx.caller.user.realName,
    targetId: n._id,
    targetName: n.nomineeName,
    unitId: n.unitId,
    unitPath: n.unitPath,
    detail: { before: { status: n.status, atUnit: n.reviewUnitId }, after: { status: after.status, atUnit: after.atUnit?.id ?? null }, reason: input.reason },
    at: new Date(at),
  })
  return after
}
