// The city union's exhibition of 100 works. A place is taken with one atomic conditional update on
// the campaign's `counts.works` (the number the home page shows against 百幅): "add one if fewer than
// 100", so two selections at once can never make a 101st. No transaction touches the campaign
// document, which every counter in the product updates. Only a work whose images passed WeChat's check
// is selected: the exhibition is public.
import { EXHIBITION_SIZE } from '../../../../types/entities/works'
import { AppError } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { bumpCampaign, takeExhibitionPlace } from '../../lib/participation'
import { findCurrentCampaign } from '../campaign/repo'
import { reviewUrlsOf, toReviewWork, unitsOf, type WorkDoc } from './repo'
import { decision, stagePath } from './review'
import { exhibitWork, exhibitedWorks, returnToCityPool, sentUpToCity } from './review-repo'
import { tellAuthor } from './verdict'

const PAGE = 10

/** The campaign a work is exhibited in: the one it was submitted to, else the current one. */
async function campaignOf(w: WorkDoc, now: number): Promise<string> {
  const id = w.campaignId ?? (await findCurrentCampaign(now))?._id
  if (!id) throw new AppError('CAMPAIGN.NOT_FOUND')
  return id
}

/** works.selectionPool: what the units sent up (passed to the city first), or the exhibition itself. */
export const selectionPool: Handler<'works.selectionPool'> = async (input, ctx) => {
  const [rows, campaign] = await Promise.all([
    // Recommended at least once, or by a member of the city union itself (it starts there).
    input.view === 'exhibited' ? exhibitedWorks(input.page, PAGE) : sentUpToCity(ctx.scope.units, input.page, PAGE),
    findCurrentCampaign(ctx.now),
  ])
  const list = rows.slice(0, PAGE)
  const [units, urls] = await Promise.all([unitsOf(list), reviewUrlsOf(list)])
  return {
    items: list.map((w) => toReviewWork(w, units, urls)),
    hasMore: rows.length > PAGE,
    exhibitedCount: campaign?.counts.works ?? 0,
    capacity: EXHIBITION_SIZE,
  }
}

/** works.select: a recommended work into the exhibition, while it has room. */
export const select: Handler<'works.select'> = async (_input, ctx) => {
  const w = ctx.scope.record as unknown as WorkDoc
  if (w.status !== 'reviewing') throw new AppError('WORK.BAD_STATE')
  if (w.authorId === ctx.caller.user._id) throw new AppError('WORK.OWN_WORK')
  const atCity = stagePath(w).length === 1
  if (w.passes < 1 && !atCity) throw new AppError('WORK.NOT_RECOMMENDED')
  if (w.check !== 'passed') throw new AppError('WORK.CHECK_PENDING')
  const campaignId = await campaignOf(w, ctx.now)
  if (!(await takeExhibitionPlace(campaignId, EXHIBITION_SIZE))) throw new AppError('WORK.EXHIBITION_FULL')
  if (!(await exhibitWork(w, campaignId, ctx.caller.user._id, ctx.now))) {
    // Decided by someone else meanwhile: the place goes back.
    await bumpCampaign(campaignId, 'works', -1)
    throw new AppError('COMMON.CONFLICT')
  }
  await tellAuthor(w, '已入展', '您的作品入选职工作品展', ctx.now)
  return decision(w._id)
}

/** works.withdrawSelection: out of the exhibition, back to the city union's pool; its place is free again. */
export const withdrawSelection: Handler<'works.withdrawSelection'> = async (input, ctx) => {
  const w = ctx.scope.record as unknown as WorkDoc
  if (w.status !== 'exhibited') throw new AppError('WORK.BAD_STATE')
  if (!(await returnToCityPool(w, input.reason, ctx.caller.user._id, ctx.now))) throw new AppError('COMMON.CONFLICT')
  await bumpCampaign(w.campaignId, 'works', -1)
  return decision(w._id)
}
