// The public notice (公示): the city union publishes every approved nomination for a number of days.
// The public page shows name, unit, job and honour, nothing more. Anyone signed in may object with a
// reason only the city reads: one objection per person per nominee (its _id derives from both) and a
// daily budget per person (a counter raised only while below the limit).
import crypto from 'node:crypto'
import type { NoticePage } from '../../../../types/entities/honours'
import { HONOUR_LIMITS } from '../../../../types/entities/honours'
import type { ParsedInputOf } from '../../../../types/actions/index'
import type { HandlerContext, MemberContext } from '../../lib/handler'
import { checkText } from '../../lib/content'
import { AppError, writeUnlessTaken } from '../../lib/errors'
import { beijingDate } from '../../lib/time'
import {
  currentCampaign,
  giveBackObjectionDay,
  loadNomination,
  nominations,
  objectionDays,
  objections,
  pushSteps,
  rounds,
  takeObjectionDay,
  type RoundDoc,
} from './repo'

const DAY = 86_400_000

/**
 * One objection per person per nominee, by construction: the _id is derived from both. Hashed, so the id
 * the city's list carries does not name the objector.
 */
export const objectionKey = (nominationId: string, openid: string) => crypto.createHash('sha256').update(`${nominationId}:${openid}`).digest('hex').slice(0, 40)
const PAGE = HONOUR_LIMITS.noticePage

export async function publishNotice(input: { days: number }, ctx: MemberContext): Promise<{ published: number; endAt: number }> {
  const campaign = await currentCampaign(ctx.now)
  const round = (await rounds().doc(campaign._id).get()).data
  if (round?.notice && round.notice.endAt.getTime() > ctx.now) throw new AppError('HONOUR.NOTICE_RUNNING')
  const waiting = await nominations().where({ campaignId: campaign._id, status: 'approved' }).count()
  if (waiting.total === 0) throw new AppError('HONOUR.NOTHING_TO_PUBLISH')
  const seq = (round?.noticeSeq ?? 0) + 1
  const noticeWindow = { startAt: new Date(ctx.now), endAt: new Date(ctx.now + input.days * DAY), total: waiting.total }
  if (round) {
    // Only over the round as read: a second publish at the same moment finds noticeSeq moved and stops.
    const res = await rounds()
      .where({ _id: campaign._id, noticeSeq: round.noticeSeq })
      .update({ data: { notice: noticeWindow, noticeSeq: seq, updatedAt: new Date(ctx.now) } })
    if (res.stats.updated !== 1) throw new AppError('HONOUR.NOTICE_RUNNING')
  } else {
    const outcome = await writeUnlessTaken(
      () => rounds().add({ data: { _id: campaign._id, notice: noticeWindow, noticeSeq: seq, certSeq: 0, issuer: '', updatedAt: new Date(ctx.now) } }),
      async () => Boolean((await rounds().doc(campaign._id).get()).data),
    )
    if (outcome === 'taken') throw new AppError('HONOUR.NOTICE_RUNNING')
  }
  const res = await nominations()
    .where({ campaignId: campaign._id, status: 'approved' })
    .update({
      data: {
        status: 'noticed',
        noticeSeq: seq,
        updatedAt: new Date(ctx.now),
        steps: pushSteps({ kind: 'noticed', unitId: null, reason: '', by: ctx.caller.user._id, at: new Date(ctx.now) }),
      },
    })
  if (res.stats.updated !== waiting.total)
    await rounds()
      .doc(campaign._id)
      .update({ data: { 'notice.total': res.stats.updated } })
  return { published: res.stats.updated, endAt: noticeWindow.endAt.getTime() }
}

export const noticeOpen = (round: RoundDoc | null, now: number): boolean =>
  Boolean(round?.notice && round.notice.startAt.getTime() <= now && now < round.notice.endAt.getTime())

export async function notice(input: { page: number }, ctx: HandlerContext): Promise<NoticePage> {
  const campaign = await currentCampaign(ctx.now)
  const [round, res] = await Promise.all([
    rounds().doc(campaign._id).get(),
    nominations()
      .where({ campaignId: campaign._id, status: 'noticed' })
      .orderBy('noticeSeq', 'asc')
      .orderBy('_id', 'asc')
      .skip((input.page - 1) * PAGE)
      .limit(PAGE + 1)
      .field({ _id: true, nomineeName: true, unitName: true, job: true, category: true })
      .get(),
  ])
  const r = round.data
  const list = res.data.slice(0, PAGE)
  return {
    notice: r?.notice ? { startAt: r.notice.startAt.getTime(), endAt: r.notice.endAt.getTime(), total: r.notice.total, open: noticeOpen(r, ctx.now) } : null,
    items: list.map((n) => ({ id: n._id, name: n.nomineeName, unitName: n.unitName, job: n.job, category: n.category! })),
    hasMore: res.data.length > PAGE,
  }
}

/** Raise the caller's count for today, only while below the limit. */
async function spendObjection(openid: string, now: number): Promise<string | null> {
  const _id = `${openid}:${beijingDate(now)}`
  const outcome = await writeUnlessTaken(
    () => objectionDays().add({ data: { _id, count: 1 } }),
    async () => Boolean((await objectionDays().doc(_id).get()).data),
  )
  if (outcome === 'written') return _id
  return (await takeObjectionDay(_id, HONOUR_LIMITS.objectionsPerDay)) ? _id : null
}

export async function object(input: ParsedInputOf<'honours.object'>, ctx: HandlerContext): Promise<{ received: true }> {
  const openid = ctx.caller.openid!
  const n = await loadNomination(input.nominationId)
  const round = n.status === 'noticed' ? (await rounds().doc(n.campaignId).get()).data : null
  if (!noticeOpen(round, ctx.now)) throw new AppError('HONOUR.NOT_ON_NOTICE')
  const _id = objectionKey(n._id, openid)
  if ((await objections().doc(_id).get()).data) throw new AppError('HONOUR.ALREADY_OBJECTED')
  if ((await checkText(openid, 2, [input.reason])) === 'risky') throw new AppError('CONTENT.REJECTED')
  const day = await spendObjection(openid, ctx.now)
  if (!day) throw new AppError('HONOUR.TOO_MANY_OBJECTIONS')
  const outcome = await writeUnlessTaken(
    () =>
      objections().add({
        data: { _id, nominationId: n._id, objectorOpenid: openid, reason: input.reason, status: 'open', resolution: '', createdAt: new Date(ctx.now) },
      }),
    async () => Boolean((await objections().doc(_id).get()).data),
  )
  if (outcome === 'taken') {
    await giveBackObjectionDay(day)
    throw new AppError('HONOUR.ALREADY_OBJECTED')
  }
  return { received: true }
}
