// reports.mine: the grassroots chair's page. The saved report, or a fresh draft made from the unit's own
// figures (nothing written until the chair saves), with the latest reminder the unit received.
import type { MyReport, ReportFigures } from '../../../../types/entities/reports'
import { REPORT_FIGURE_LABELS } from '../../../../types/entities/reports'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import type { Handler } from '../../lib/handler'
import type { UnitDoc } from '../../lib/scope'
import { findCurrentCampaign, type CampaignDoc } from '../campaign/repo'
import { toRef } from '../org/units-repo'
import { figuresOf } from './figures'
import { reminders, reportIdOf, reports, toView, type ReportDoc } from './repo'

/** The campaign reports are for (the one running, or the latest) and the grassroots union addressed. */
export async function reportContext(unit: UnitDoc | undefined, now: number): Promise<{ campaign: CampaignDoc; unit: UnitDoc }> {
  if (!unit || unit.status !== 'active') throw new AppError('ORG.UNIT_NOT_FOUND')
  if (unit.type !== 'grassroots') throw new AppError('REPORT.NOT_GRASSROOTS')
  const campaign = await findCurrentCampaign(now)
  if (!campaign) throw new AppError('CAMPAIGN.NOT_FOUND')
  return { campaign, unit }
}

/** The draft's opening text, from the figures: the chair edits it into their summary. */
export function draftBody(unitName: string, f: ReportFigures): string {
  const line = (k: keyof ReportFigures, measure: string) => `${REPORT_FIGURE_LABELS[k]} ${f[k]} ${measure}`
  return [
    `${unitName}认真组织职工参与本次活动。`,
    `本单位${line('members', '人')}，${line('participants', '人')}；${line('signups', '人次')}，${line('competitionsHeld', '场')}；${line('works', '件')}，${line('ideas', '条')}。`,
    '主要做法：',
    '取得成效：',
    '下一步打算：',
  ].join('\n')
}

export async function latestReminder(campaignId: string, unitId: string): Promise<number | null> {
  const res = await reminders().where({ campaignId, unitId }).orderBy('at', 'desc').limit(1).get()
  return res.data[0] ? res.data[0].at.getTime() : null
}

export async function myView(r: ReportDoc, campaign: CampaignDoc, fresh = false): Promise<MyReport> {
  const [urls, remindedAt] = await Promise.all([tempUrls(r.photos), latestReminder(campaign._id, r.unitId)])
  return { ...toView(r, campaign.summaryDueAt, urls, fresh), remindedAt }
}

export const mine: Handler<'reports.mine'> = async (_input, ctx) => {
  const { campaign, unit } = await reportContext(ctx.scope.unit, ctx.now)
  const id = reportIdOf(campaign._id, unit._id)
  const saved = (await reports().doc(id).get()).data
  if (saved) return myView(saved, campaign)
  const figures = await figuresOf(campaign._id, unit)
  const at = new Date(ctx.now)
  const draft: ReportDoc = {
    _id: id,
    _openid: ctx.caller.openid!,
    campaignId: campaign._id,
    unitId: unit._id,
    unit: toRef(unit),
    unitPath: unit.path,
    title: `${unit.name}${campaign.title}工作总结`.slice(0, 40),
    body: draftBody(unit.name, figures),
    photos: [],
    checks: {},
    figures,
    status: 'draft',
    state: 'missing',
    late: false,
    firstSubmittedAt: null,
    submittedAt: null,
    decidedAt: null,
    decidedBy: null,
    reason: '',
    editedBy: ctx.caller.user._id,
    createdAt: at,
    updatedAt: at,
  }
  return myView(draft, campaign, true)
}
