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
import { AppError } from '../../lib/errors'
import { beijingDate } from '../../lib/time'
import { countApproved, loadNomination, noticedPage, putApprovedOnNotice } from './nominations-repo'
import { addObjection, findObjection, giveBackObjectionDay, startObjectionDay, takeObjectionDay } from './objections-repo'
import { currentCampaign, step, type RoundDoc } from './repo'
import { findRound, openFirstNotice, openNextNotice, setNoticeTotal } from './rounds-repo'

const DAY = 86_400_000

/**
 * One objection per person per nominee, by construction: the _id is derived from both. Hashed, so the id
 * the city's list carries does not name the objector.
 */
export const objectionKey = (nominationId: string, openid: string) => crypto.createHash('sha256').update(`${nominationId}:${openid}`).digest('hex').slice(0, 40)
const PAGE = HONOUR_LIMITS.noticePage

export async function publishNotice(input: { days: number }, ctx: MemberContext): Promise<{ published: number; endAt: number }> {
  const campaign = await currentCampaign(ctx.now)
  const round = await findRound(campaign._id)
  if (round?.notice && round.notice.endAt.getTime() > ctx.now) throw new AppError('HONOUR.NOTICE_RUNNING')
  const waiting = await countApproved(campaign._id)
  if (waiting === 0) throw new AppError('HONOUR.NOTHING_TO_PUBLISH')
  const seq = (round?.noticeSeq ?? 0) + 1
  const at = new Date(ctx.now)
  const noticeWindow = { startAt: at, endAt: new Date(ctx.now + input.days * DAY), total: waiting }
  // Only over the round as read (or as the first): a second publish at the same moment stops here.
  const opened = round ? await openNextNotice(round, noticeWindow, at) : await openFirstNotice(campaign._id, noticeWindow, at)
  if (!opened) throw new AppError('HONOUR.NOTICE_RUNNING')
  const published = await putApprovedOnNotice(campaign._id, seq, step('noticed', null, ctx.now, '', ctx.caller.user._id))
  if (published !== waiting) await setNoticeTotal(campaign._id, published)
  return { published, endAt: noticeWindow.endAt.getTime() }
}

export const noticeOpen = (round: RoundDoc | null, now: number): boolean =>
  Boolean(round?.notice && round.notice.startAt.getTime() <= now && now < round.notice.endAt.getTime())

export async function notice(input: { page: number }, ctx: HandlerContext): Promise<NoticePage> {
  const campaign = await currentCampaign(ctx.now)
  const [r, rows] = await Promise.all([findRound(campaign._id), noticedPage(campaign._id, input.page, PAGE)])
  const list = rows.slice(0, PAGE)
  return {
    notice: r?.notice ? { startAt: r.notice.startAt.getTime(), endAt: r.notice.endAt.getTime(), total: r.notice.total, open: noticeOpen(r, ctx.now) } : null,
    items: list.map((n) => ({ id: n._id, name: n.nomineeName, unitName: n.unitName, job: n.job, category: n.category! })),
    hasMore: rows.length > PAGE,
  }
}

/** Raise the caller's count for today, only while below the limit. */
async function spendObjection(openid: string, now: number): Promise<string | null> {
  const _id = `${openid}:${beijingDate(now)}`
  if (await startObjectionDay(_id)) return _id
  return (await takeObjectionDay(_id, HONOUR_LIMITS.objectionsPerDay)) ? _id : null
}

export async function object(input: ParsedInputOf<'honours.object'>, ctx: HandlerContext): Promise<{ received: true }> {
  const openid = ctx.caller.openid!
  const n = await loadNomination(input.nominationId)
  const round = n.status === 'noticed' ? await findRound(n.campaignId) : null
  if (!noticeOpen(round, ctx.now)) throw new AppError('HONOUR.NOT_ON_NOTICE')
  const _id = objectionKey(n._id, openid)
  if (await findObjection(_id)) throw new AppError('HONOUR.ALREADY_OBJECTED')
  if ((await checkText(openid, 2, [input.reason])) === 'risky') throw new AppError('CONTENT.REJECTED')
  const day = await spendObjection(openid, ctx.now)
  if (!day) throw new AppError('HONOUR.TOO_MANY_OBJECTIONS')
  const stored = await addObjection({
    _id,
    nominationId: n._id,
    objectorOpenid: openid,
    reason: input.reason,
    status: 'open',
    resolution: '',
    createdAt: new Date(ctx.now),
  })
  if (!stored) {
    await giveBackObjectionDay(day)
    throw new AppError('HONOUR.ALREADY_OBJECTED')
  }
  return { received: true }
}
