// reports.remind: the city union (or an area union for its subtree) reminds grassroots unions that have not
// submitted: addressed to one unit, that unit; addressed to a union above, every missing unit below it. Each
// reminder is one record whose _id holds the unit and the Beijing day, so a unit is reminded at most once a
// day however many people press at once (an insert the unique _id refuses, never a count-then-insert). The
// unit's chair sees it on their report page (in-app) and gets a subscription message if they subscribed.
import type { ReportReminderResult } from '../../../../types/entities/reports'
import { db } from '../../lib/cloud'
import { AppError, writeUnlessTaken } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { clip, notify } from '../../lib/notify'
import { beijingDate, beijingDateTime } from '../../lib/time'
import { findCurrentCampaign } from '../campaign/repo'
import { toRef, unitsById } from '../org/units-repo'
import { users } from '../people/repo'
import { reminderIdOf, reminders, type ReminderDoc } from './repo'
import { scopeUnits } from './scope-units'
import { stateOfUnit } from './status'

/** Where the message opens: the chair's report page. */
export const REPORT_PAGE = 'package-command/pages/report-mine/index'

/** The unit chairs of these units (users by the roles_unitId index, 100 ids a query). */
async function chairsOf(unitIds: string[]): Promise<Map<string, string[]>> {
  const _ = db().command
  const out = new Map<string, string[]>()
  for (let i = 0; i < unitIds.length; i += 100) {
    const batch = unitIds.slice(i, i + 100)
    const res = await users()
      .where({ 'roles.unitId': _.in(batch) })
      .limit(1000)
      .get()
    for (const u of res.data)
      for (const g of u.roles) if (g.role === 'unit_chair' && batch.includes(g.unitId)) out.set(g.unitId, [...(out.get(g.unitId) ?? []), u._openid])
  }
  return out
}

export const remind: Handler<'reports.remind'> = async (_input, ctx) => {
  const root = ctx.scope.unit!
  const campaign = await findCurrentCampaign(ctx.now)
  if (!campaign) throw new AppError('CAMPAIGN.NOT_FOUND')
  const missing = (await scopeUnits(campaign._id, root)).filter((s) => stateOfUnit(s) === 'missing')
  if (missing.length === 0) throw new AppError('REPORT.NOTHING_TO_REMIND')
  // The reminding union: the caller's grant that covers the addressed unit, nearest first.
  const byId = [...root.path].reverse().find((u) => ctx.scope.units.includes(u))!
  const by = toRef((await unitsById([byId])).get(byId)!)
  const day = beijingDate(ctx.now)
  const at = new Date(ctx.now)
  const outcomes = await Promise.all(
    missing.map(async (s) => {
      const doc: ReminderDoc = {
        _id: reminderIdOf(campaign._id, s.unit._id, day),
        campaignId: campaign._id,
        unitId: s.unit._id,
        day,
        by,
        byUser: ctx.caller.user._id,
        messages: 0,
        settled: false,
        at,
      }
      const res = await writeUnlessTaken(
        () => reminders().add({ data: doc }),
        async () => Boolean((await reminders().doc(doc._id).get()).data),
      )
      return { unitId: s.unit._id, written: res === 'written' }
    }),
  )
  const reminded = outcomes.filter((o) => o.written).map((o) => o.unitId)
  if (reminded.length === 0 && root.type === 'grassroots') throw new AppError('REPORT.REMINDED_TODAY')
  const chairs = await chairsOf(reminded)
  const late = ctx.now > campaign.summaryDueAt.getTime()
  const data = {
    thing1: '提交活动工作总结',
    time2: beijingDateTime(campaign.summaryDueAt.getTime()),
    thing3: clip(by.name, 20),
    thing4: late ? '已过截止时间，请尽快提交' : '请在截止时间前提交',
  }
  const sent = await Promise.all(
    reminded.map(async (unitId) => {
      const delivered = (
        await Promise.all((chairs.get(unitId) ?? []).map((openid) => notify(openid, 'reportReminder', data, `${REPORT_PAGE}?unitId=${unitId}`)))
      ).filter(Boolean).length
      if (delivered)
        await reminders()
          .doc(reminderIdOf(campaign._id, unitId, day))
          .update({ data: { messages: delivered } })
      return delivered
    }),
  )
  const out: ReportReminderResult = {
    reminded: reminded.length,
    skipped: missing.length - reminded.length,
    messages: sent.reduce((a, b) => a + b, 0),
  }
  return out
}
