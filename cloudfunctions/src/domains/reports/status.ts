// reports.status: where each grassroots union of the caller's subtree stands (submitted, missing, late),
// the three counts and one tab, a page at a time, each row saying whether the unit was reminded today.
import { REPORT_STATES, type ReportState, type ReportStatusRow } from '../../../../types/entities/reports'
import { REPORT_LIMITS } from '../../../../types/limits/reports'
import { db } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { beijingDate } from '../../lib/time'
import { findCurrentCampaign } from '../campaign/repo'
import { reminderIdOf, reminders } from './repo'
import { scopeUnits, type ScopeUnit } from './scope-units'

export const stateOfUnit = (s: ScopeUnit): ReportState => s.report?.state ?? 'missing'

export const status: Handler<'reports.status'> = async (input, ctx) => {
  const root = ctx.scope.unit!
  const campaign = await findCurrentCampaign(ctx.now)
  if (!campaign) throw new AppError('CAMPAIGN.NOT_FOUND')
  const all = await scopeUnits(campaign._id, root)
  const counts = Object.fromEntries(REPORT_STATES.map((s) => [s, 0])) as Record<ReportState, number>
  for (const s of all) counts[stateOfUnit(s)] += 1
  const tab = all.filter((s) => stateOfUnit(s) === input.state)
  const size = REPORT_LIMITS.pageSize
  const slice = tab.slice((input.page - 1) * size, input.page * size)
  const day = beijingDate(ctx.now)
  const ids = slice.map((s) => reminderIdOf(campaign._id, s.unit._id, day))
  const reminded = new Set(
    ids.length
      ? (
          await reminders()
            .where({ _id: db().command.in(ids) })
            .limit(ids.length)
            .get()
        ).data.map((r) => r.unitId)
      : [],
  )
  const items: ReportStatusRow[] = slice.map((s) => ({
    unit: { id: s.unit._id, name: s.unit.name, type: s.unit.type },
    parent: s.parent,
    state: stateOfUnit(s),
    status: s.report?.status ?? null,
    submittedAt: s.report?.submittedAt ? s.report.submittedAt.getTime() : null,
    remindedToday: reminded.has(s.unit._id),
  }))
  return { dueAt: campaign.summaryDueAt.getTime(), counts, items, hasMore: tab.length > input.page * size }
}
