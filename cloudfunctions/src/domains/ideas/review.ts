// Unit review: the chairs of the author's unit (or the unions above it) forward an idea for
// evaluation, return it for revision with a reason, or reject it — pointing at the idea it duplicates
// when that is why. Forwarding is when an idea counts as collected toward the campaign's 1,000: what
// a union has accepted, not every submission (a flood of junk cannot move the counter).
import type { ReviewIdea } from '../../../../types/entities/ideas'
import { AppError } from '../../lib/errors'
import type { Handler, HandlerContext, MemberContext } from '../../lib/handler'
import { bumpCampaign } from '../../lib/participation'
import { covers, type UnitDoc } from '../../lib/scope'
import { jobOf } from '../people/directory-repo'
import { tellAuthor } from './notify'
import { REVIEWED, ideas, loadIdea, transition, type IdeaDoc } from './repo'
import { similarToIdea } from './similarity/cache'
import { toReviewIdea, toReviewRows } from './views'

const PAGE = 20

export async function reviewView(i: IdeaDoc, ctx: MemberContext): Promise<ReviewIdea> {
  const me = ctx.caller.user._id
  const [similar, job] = await Promise.all([similarToIdea(i, { kind: 'chair', userId: me, units: ctx.scope.units }), jobOf(i.authorId)])
  return toReviewIdea(i, similar, i.status === 'submitted' && !i.authorIds.includes(me), job)
}

/** ideas.reviewQueue: waiting ones oldest first (fair order); the others newest first. */
export const reviewQueue: Handler<'ideas.reviewQueue'> = async (input, ctx) => {
  const unit = ctx.scope.unit as UnitDoc
  const res = await ideas()
    .where({ unitPath: unit._id, status: input.status })
    .orderBy('submittedAt', input.status === 'submitted' ? 'asc' : 'desc')
    .skip((input.page - 1) * PAGE)
    .limit(PAGE + 1)
    .field({ sim: false })
    .get()
  return { items: await toReviewRows(res.data.slice(0, PAGE)), hasMore: res.data.length > PAGE }
}

/** ideas.reviewDetail: drafts are the author's alone, even for their chair. */
export const reviewDetail: Handler<'ideas.reviewDetail'> = async (_input, ctx) => {
  const idea = ctx.scope.record as unknown as IdeaDoc
  if (idea.status === 'draft') throw new AppError('IDEA.NOT_FOUND')
  return reviewView(idea, ctx)
}

/** The idea a return or rejection points at: one the chair may see, not this one. */
async function assertDuplicateTarget(id: string, idea: IdeaDoc, ctx: HandlerContext): Promise<void> {
  const target = id === idea._id ? null : (await ideas().doc(id).field({ status: true, unitPath: true }).get()).data
  const visible = target && target.status !== 'draft' && (REVIEWED.includes(target.status) || covers(ctx.scope.units, target.unitPath))
  if (!visible) throw new AppError('IDEA.DUPLICATE_TARGET')
}

/** ideas.decide */
export const decide: Handler<'ideas.decide'> = async (input, ctx) => {
  const idea = ctx.scope.record as unknown as IdeaDoc
  const me = ctx.caller.user._id
  if (idea.status === 'draft') throw new AppError('IDEA.NOT_FOUND')
  if (idea.authorIds.includes(me)) throw new AppError('IDEA.OWN_IDEA')
  if (idea.status !== 'submitted') throw new AppError('IDEA.BAD_STATE')
  if (input.decision !== 'forward' && !input.reason) {
    throw new AppError('COMMON.VALIDATION', '请写明原因，作者会看到', [{ path: 'reason', message: '请写明原因，作者会看到' }])
  }
  if (input.duplicateOf) {
    if (input.decision === 'forward')
      throw new AppError('COMMON.VALIDATION', '转送评审时不能标为重复', [{ path: 'duplicateOf', message: '转送评审时不能标为重复' }])
    await assertDuplicateTarget(input.duplicateOf, idea, ctx)
  }
  const decided = { decidedBy: me }
  if (input.decision === 'forward') {
    await transition(idea._id, ['submitted'], { ...decided, status: 'forwarded', reason: '', forwardedAt: new Date(ctx.now) }, ctx.now)
    // Only the invocation whose conditional update landed gets here: counted once.
    await bumpCampaign(idea.campaignId, 'ideas', 1)
  } else {
    await transition(
      idea._id,
      ['submitted'],
      { ...decided, status: input.decision === 'return' ? 'returned' : 'rejected', reason: input.reason, duplicateOf: input.duplicateOf ?? null },
      ctx.now,
    )
  }
  await tellAuthor(idea, input.decision, input.reason ?? '', ctx.now)
  return reviewView(await loadIdea(idea._id), ctx)
}
