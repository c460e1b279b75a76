// reports.read and reports.decide: the city union (or the area union above the unit) reads a report and
// accepts it (from then on it cannot change: REPORT.ACCEPTED) or returns it with a reason (the unit then
// counts as missing until it submits again). The decision is a conditional update on the report still
// being submitted, so two readers deciding at once cannot both land.
import { REPORT_LIMITS } from '../../../../types/limits/reports'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import type { Handler } from '../../lib/handler'
import { getCampaign } from '../campaign/repo'
import { reports, toView, type ReportDoc } from './repo'

async function viewOf(r: ReportDoc) {
  const [campaign, urls] = await Promise.all([getCampaign(r.campaignId), tempUrls(r.photos)])
  if (!campaign) throw new AppError('CAMPAIGN.NOT_FOUND')
  return toView(r, campaign.summaryDueAt, urls)
}

export const read: Handler<'reports.read'> = async (_input, ctx) => {
  const r = ctx.scope.record as unknown as ReportDoc
  // A draft is the unit's own until it is sent.
  if (r.status === 'draft') throw new AppError('REPORT.NOT_FOUND')
  return viewOf(r)
}

export const decide: Handler<'reports.decide'> = async (input, ctx) => {
  const r = ctx.scope.record as unknown as ReportDoc
  if (r.status === 'draft') throw new AppError('REPORT.NOT_FOUND')
  if (r.status === 'accepted') throw new AppError('REPORT.ACCEPTED')
  if (r.status !== 'submitted') throw new AppError('REPORT.BAD_STATE')
  if (input.decision === 'return' && input.reason.length < REPORT_LIMITS.reason.min) {
    throw new AppError('REPORT.REASON_REQUIRED', undefined, [{ path: 'reason', message: '请写明退回原因' }])
  }
  const at = new Date(ctx.now)
  const data =
    input.decision === 'accept'
      ? { status: 'accepted' as const, decidedAt: at, decidedBy: ctx.caller.user!._id, reason: '' }
      : { status: 'returned' as const, state: 'missing' as const, decidedAt: at, decidedBy: ctx.caller.user!._id, reason: input.reason }
  const res = await reports()
    .where({ _id: r._id, status: 'submitted', updatedAt: r.updatedAt })
    .update({ data: { ...data, updatedAt: at } })
  if (res.stats.updated !== 1) throw new AppError('COMMON.CONFLICT')
  return viewOf({ ...r, ...data, updatedAt: at })
}
