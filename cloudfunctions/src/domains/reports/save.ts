// reports.save: the grassroots chair saves the summary as a draft or submits it. Submitted text passes
// WeChat's content check; new photos are sealed and sent to the media check (recorded before the report is
// written, sent after: a fast verdict always finds it). A report the city accepted cannot change; a report
// first submitted after the campaign's summary deadline is accepted and marked late. Every write is
// conditional on the report being as it was read, so a double tap or an accept in between cannot both land.
import type { ReportPhotoCheck } from '../../../../types/entities/reports'
import { checkText } from '../../lib/content'
import { AppError, writeUnlessTaken } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { cancelChecks, recordChecks, sendChecks, type MediaCheckDoc } from '../../lib/media-check'
import { toRef } from '../org/units-repo'
import { figuresOf } from './figures'
import { myView, reportContext } from './mine'
import { removeFiles, sealPhotos } from './photos'
import { fileKey, reminders, reportIdOf, reports, stateOf, type ReportDoc } from './repo'

/** msgSecCheck takes at most 2,500 characters a call (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html). */
export const CHECK_CHARS = 2500

export function textParts(title: string, body: string): string[] {
  const all = `${title}\n${body}`
  const parts: string[] = []
  for (let i = 0; i < all.length; i += CHECK_CHARS) parts.push(all.slice(i, i + CHECK_CHARS))
  return parts
}

export const save: Handler<'reports.save'> = async (input, ctx) => {
  const me = ctx.caller.user
  const { campaign, unit } = await reportContext(ctx.scope.unit, ctx.now)
  const id = reportIdOf(campaign._id, unit._id)
  const existing = (await reports().doc(id).get()).data
  if (existing?.status === 'accepted') throw new AppError('REPORT.ACCEPTED')
  // Sent to the city and not yet decided: it can be sent again (corrected), not taken back to a draft.
  if (existing?.status === 'submitted' && !input.submit) throw new AppError('REPORT.BAD_STATE')
  if (input.submit) {
    const verdicts = await Promise.all(textParts(input.title, input.body).map((p) => checkText(ctx.caller.openid!, 3, [p])))
    if (verdicts.includes('risky')) throw new AppError('CONTENT.REJECTED')
  }
  const held = existing?.photos ?? []
  const [{ photos, made }, figures] = await Promise.all([sealPhotos(input.photos, held, me._id, id), figuresOf(campaign._id, unit)])
  let checks: MediaCheckDoc[] = []
  try {
    checks = await recordChecks(ctx.caller.openid!, { kind: 'report', id }, made, ctx.now)
  } catch (e) {
    await removeFiles(made)
    throw e
  }
  const at = new Date(ctx.now)
  const firstSubmittedAt = existing?.firstSubmittedAt ?? (input.submit ? at : null)
  const late = firstSubmittedAt !== null && firstSubmittedAt.getTime() > campaign.summaryDueAt.getTime()
  const status = input.submit ? 'submitted' : existing?.status === 'returned' ? 'returned' : 'draft'
  const fresh: Record<string, ReportPhotoCheck> = Object.fromEntries(made.map((f) => [fileKey(f), 'waiting']))
  const fields = {
    title: input.title,
    body: input.body,
    photos,
    figures,
    status,
    state: stateOf(status, late),
    late,
    firstSubmittedAt,
    submittedAt: input.submit ? at : (existing?.submittedAt ?? null),
    editedBy: me._id,
    updatedAt: at,
  } as const
  let written: boolean
  if (existing) {
    // Only the new photos' checks are set: a verdict on a held photo, arriving meanwhile, stays.
    const res = await reports()
      .where({ _id: id, status: existing.status, updatedAt: existing.updatedAt })
      .update({ data: { ...fields, ...(made.length ? { checks: fresh } : {}) } })
    written = res.stats.updated === 1
  } else {
    const doc: ReportDoc = {
      _id: id,
      _openid: ctx.caller.openid!,
      campaignId: campaign._id,
      unitId: unit._id,
      unit: toRef(unit),
      unitPath: unit.path,
      checks: fresh,
      decidedAt: null,
      decidedBy: null,
      reason: '',
      createdAt: at,
      ...fields,
    }
    written =
      (await writeUnlessTaken(
        () => reports().add({ data: doc }),
        async () => Boolean((await reports().doc(id).get()).data),
      )) === 'written'
  }
  if (!written) {
    await Promise.all([removeFiles(made), cancelChecks({ kind: 'report', id }, made, ctx.now)])
    throw new AppError('COMMON.CONFLICT')
  }
  await Promise.all([
    sendChecks(checks, ctx.now),
    // reminders waiting in the chair's to-do are answered by this submission
    input.submit
      ? reminders()
          .where({ campaignId: campaign._id, unitId: unit._id, settled: false })
          .update({ data: { settled: true } })
      : null,
  ])
  const dropped = held.filter((f) => !photos.includes(f))
  if (dropped.length) await Promise.all([removeFiles(dropped), cancelChecks({ kind: 'report', id }, dropped, ctx.now)])
  const saved = (await reports().doc(id).get()).data!
  return myView(saved, campaign)
}
