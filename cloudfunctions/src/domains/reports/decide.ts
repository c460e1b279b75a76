// reports.read and reports.decide: the city union (or the area union above the unit) reads a report and
// accepts it (from then on it cannot change: REPORT.ACCEPTED) or returns it with a reason (the unit then
// counts as missing until it submits again). The decision is a conditional update on the report still
// being submitted, so two readers deciding at once cannot both land.
import { REPORT_LIMITS } from '../../../../types/limits/reports'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import type { Handler } from '../../lib/handler'
import type { UnitDoc } from '../../lib/scope'
import type { CampaignDoc } from '../campaign/repo'
import { reportContext } from './mine'
import { reportIdOf, reports, toView, type ReportDoc } from './repo'

/** The addressed unit's report of the current campaign; a draft is the unit's own until it is sent. */
async function sentReport(unit: UnitDoc | undefined, now: number): Promise<{ r: ReportDoc; campaign: CampaignDoc }> {
  const { campaign, unit: u } = await reportContext(unit, now)
  const r = (await reports().doc(reportIdOf(campaign._id, u._id)).get()).data
  if (!r || r.status === 'draft') throw new AppError('REPORT.NOT_FOUND')
  return { r, campaign }
}

async function viewOf(r: ReportDoc, campaign: CampaignDoc) {
  return toView(r, campaign.summaryDueAt, await tempUrls(r.photos))
}

export const read: Handler<'reports.read'> = async (_input, ctx) => {
  const { r, campaign } = await sentReport(ctx.scope.unit, ctx.now)
  return viewOf(r, campaign)
}

export const decide: Handler<'reports.decide'> = async (input, ctx) => {
  const { r, campaign } = await sentReport(ctx.scope.unit, ctx.now)
  if (r.status === 'accepted') throw new AppError('REPORT.ACCEPTED')
  if (r.status !== 'submitted') throw new AppError('REPORT.BAD_STATE')
  if (input.decision === 'return' && input.reason.length < REPORT_LIMITS.reason.min) {
    throw new AppError('REPORT.REASON_REQUIRED', undefined, [{ path: 'reason', message: '请写明退回原因' }])
  }
  const at = new Date(ctx.now)
  const data =
    input.decision === 'accept'
      ? { status: 'accepted' as const, decidedAt: at, decidedBy: ctx.caller.user._id, reason: '' }
      : { status: 'returned' as const, state: 'missing' as const, decidedAt: at, decidedBy: ctx.caller.user._id, reason: input.reason }
  const res = await reports()
    .where({ _id: r._id, status: 'submitted', updatedAt: r.updatedAt })
    .update({ data: { ...data, updatedAt: at } })
  if (res.stats.updated !== 1) throw new AppError('COMMON.CONFLICT')
  return viewOf({ ...r, ...data, updatedAt: at }, campaign)
}
