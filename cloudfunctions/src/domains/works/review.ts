// Chairs' review up the tree. A work in review waits at one unit (`reviewUnitId`): first the author's
// own, then each union above it as chairs recommend it (选送 at the grassroots unit, 报送 above).
// A chair acts on a work when one of their roles covers the unit it waits at, so a grassroots chair
// cannot act once it has gone up, while a higher chair can step in for a unit without one.
// Chairs decide while WeChat's check of the images still waits (a missing push delays no one); the
// work shows its check beside it, and only the city's selection needs it passed (exhibition.ts).
import { AppError } from '../../lib/errors'
import type { Handler, MemberContext } from '../../lib/handler'
import { covers } from '../../lib/scope'
import { loadWork, reviewUrlsOf, stageOf, toReviewWork, unitsOf, works, type WorkDoc } from './repo'
import { passUp, rejectWork } from './review-repo'
import { tellAuthor } from './verdict'

const PAGE = 10

/** The path of the unit a work waits at: its ancestors and itself (a prefix of the author's unit path). */
export function stagePath(w: WorkDoc): string[] {
  const i = w.reviewUnitId ? w.unitPath.indexOf(w.reviewUnitId) : -1
  return i >= 0 ? w.unitPath.slice(0, i + 1) : []
}

/** The work, in review, at a stage the caller's roles reach, and not their own. */
export function decidable(ctx: MemberContext): WorkDoc {
  const w = ctx.scope.record as unknown as WorkDoc
  if (w.status !== 'reviewing') throw new AppError('WORK.BAD_STATE')
  const path = stagePath(w)
  if (path.length === 0 || !covers(ctx.scope.units, path)) throw new AppError('WORK.NOT_YOUR_STAGE')
  if (w.authorId === ctx.caller.user._id) throw new AppError('WORK.OWN_WORK')
  return w
}

export async function decision(id: string) {
  const w = await loadWork(id)
  if (!w) throw new AppError('WORK.NOT_FOUND')
  const units = await unitsOf([w])
  return { id: w._id, status: w.status, stage: stageOf(w, units) }
}

/** works.reviewQueue: oldest first, so nobody waits longest. */
export const reviewQueue: Handler<'works.reviewQueue'> = async (input) => {
  const res = await works()
    .where({ reviewUnitId: input.unitId, status: 'reviewing' })
    .orderBy('submittedAt', 'asc')
    .skip((input.page - 1) * PAGE)
    .limit(PAGE + 1)
    .get()
  const list = res.data.slice(0, PAGE)
  const [units, urls] = await Promise.all([unitsOf(list), reviewUrlsOf(list)])
  return { items: list.map((w) => toReviewWork(w, units, urls)), hasMore: res.data.length > PAGE }
}

/** works.recommend: one union up. At the city union the choice is select or not (works.select). */
export const recommend: Handler<'works.recommend'> = async (_input, ctx) => {
  const w = decidable(ctx)
  const path = stagePath(w)
  if (path.length === 1) throw new AppError('WORK.AT_CITY')
  const here = path[path.length - 1]
  const up = path[path.length - 2]
  if (!(await passUp(w, here, up, ctx.caller.user._id, ctx.now))) throw new AppError('COMMON.CONFLICT')
  return decision(w._id)
}

/** works.reject: at any stage the caller reaches; the author sees the reason. */
export const reject: Handler<'works.reject'> = async (input, ctx) => {
  const w = decidable(ctx)
  if (!(await rejectWork(w, input.reason, ctx.caller.user._id, ctx.now))) throw new AppError('COMMON.CONFLICT')
  await tellAuthor(w, '未通过', input.reason, ctx.now)
  return decision(w._id)
}
