// The organiser's side of sign-ups: the list, approving and rejecting (one or many), checking people
// in at the event, and the Excel export.
import type { SignupStatus } from '../../../../types/entities/competition'
import { cloud } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import type { Handler } from '../../lib/handler'
import { clip, notify } from '../../lib/notify'
import { writeXlsx } from '../../lib/xlsx'
import { beijingDateTime } from '../../lib/time'
import { unitsById } from '../org/units-repo'
import { openidsOf } from '../people/directory-repo'
import { countParticipants, promoteWaitlist, releasePlace } from './places'
import { bumpWaitlisted, checkInOnce, placeAccepted, signupsAmong, signupsIn } from './signups-repo'
import { signups, toRow, waitlistPosition, type CompetitionDoc, type SignupDoc } from './repo'

const PAGE = 20

/** competition.signups: one status at a time (all but withdrawn when omitted), in arrival order. */
export const listSignups: Handler<'competition.signups'> = async (input, ctx) => {
  const c = ctx.scope.record as unknown as CompetitionDoc
  const rows = await signupsIn(c._id, input.status, input.page, PAGE)
  const page = rows.slice(0, PAGE)
  const units = await unitsById(page.map((s) => s.unitId))
  // Waiting-list positions follow from arrival order: the first waitlisted on this page is counted, the rest follow.
  let position: number | null = null
  const items = []
  for (const s of page) {
    if (s.status === 'waitlisted') position = position === null ? await waitlistPosition(s) : position + 1
    items.push(toRow(s, s.status === 'waitlisted' ? position : null, units.get(s.unitId)?.name ?? ''))
  }
  return { items, hasMore: rows.length > PAGE }
}

/** Sign-ups decided at once: a decision is ~4 sequential round trips plus a message, 100 of them fit in well under a second at 15 ms each. */
const DECIDE_CONCURRENCY = 10

/** Run `fn` over `items`, at most `limit` at a time. */
export async function inPool<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length)
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i])
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

function tellCaptain(c: CompetitionDoc, openid: string | undefined, approved: boolean, reason: string, now: number): Promise<boolean> {
  return notify(
    openid,
    'signupReviewResult',
    {
      thing1: clip(c.title, 20),
      phrase2: approved ? '已通过' : '未通过',
      thing3: clip(approved ? '请按时参加' : reason || '请查看详情', 20),
      time4: beijingDateTime(now),
    },
    `pages/competition/detail?id=${c._id}`,
  )
}

/**
 * competition.decide: approve pending sign-ups, or reject any active one with a reason. Up to 100 at
 * once within the function's timeout: the captains are read in one query, and the sign-ups are decided
 * DECIDE_CONCURRENCY at a time, each by its own conditional update (so a sign-up decided twice, or
 * withdrawn meanwhile, is skipped) followed by its counts, its people and its message together.
 */
export const decide: Handler<'competition.decide'> = async (input, ctx) => {
  const c = ctx.scope.record as unknown as CompetitionDoc
  if (c.status === 'cancelled' || c.status === 'finished') throw new AppError('COMPETITION.BAD_STATE')
  if (!input.approve && !input.reason) throw new AppError('COMMON.VALIDATION', '请填写不通过的原因', [{ path: 'reason', message: '请填写不通过的原因' }])
  const ids = [...new Set(input.signupIds)]
  const from: SignupStatus[] = input.approve ? ['pending'] : ['pending', 'accepted', 'waitlisted']
  const found = (await signupsAmong(c._id, ids)).filter((s) => from.includes(s.status as SignupStatus))
  const captainIds = [...new Set(found.map((s) => s.userId))]
  const openidOf = await openidsOf(captainIds)
  const now = new Date(ctx.now)
  const to = input.approve ? 'accepted' : 'rejected'
  const outcomes = await inPool(found, DECIDE_CONCURRENCY, async (s) => {
    const res = await signups()
      .where({ _id: s._id, status: s.status })
      .update({ data: { status: to, decidedBy: ctx.caller.user._id, updatedAt: now, ...(to === 'rejected' ? { rejectReason: input.reason } : {}) } })
    if (res.stats.updated !== 1) return 'skipped'
    const counts =
      to === 'accepted' ? placeAccepted(c._id) : s.status === 'waitlisted' ? bumpWaitlisted(c._id, -1) : releasePlace(c._id, s.status as 'accepted' | 'pending')
    await Promise.all([
      counts,
      to === 'accepted' ? countParticipants(c, s, ctx.now) : null,
      tellCaptain(c, openidOf.get(s.userId), to === 'accepted', input.reason, ctx.now),
    ])
    return to === 'rejected' && s.status !== 'waitlisted' ? 'freed' : 'decided'
  })
  const decided = outcomes.filter((o) => o !== 'skipped').length
  if (outcomes.includes('freed')) await promoteWaitlist(c._id, ctx.now)
  return { decided, skipped: ids.length - decided }
}

/** competition.checkIn: by the ticket's code; checking in twice answers the first check-in. */
export const checkIn: Handler<'competition.checkIn'> = async (input, ctx) => {
  const c = ctx.scope.record as unknown as CompetitionDoc
  const s = (await signups().where({ competitionId: c._id, ticketCode: input.code }).limit(1).get()).data[0]
  if (!s) throw new AppError('COMPETITION.CODE_UNKNOWN')
  if (s.status !== 'accepted') throw new AppError('COMPETITION.NOT_ACCEPTED')
  // Whoever checks in first wins; a second scan is told so rather than refused.
  const first = !s.checkedInAt && (await checkInOnce(s._id, ctx.now))
  const fresh = (await signups().doc(s._id).get()).data!
  const unit = (await unitsById([fresh.unitId])).get(fresh.unitId)
  return { ...toRow(fresh, null, unit?.name ?? ''), alreadyCheckedIn: !first }
}

const STATUS_LABEL: Record<string, string> = {
  pending: '待审核',
  accepted: '已通过',
  waitlisted: '候补',
  rejected: '未通过',
  withdrawn: '已取消',
  queued: '处理中',
}

/** competition.export: every sign-up (and the results) as an .xlsx in cloud storage, with a link. */
export const exportSignups: Handler<'competition.export'> = async (_input, ctx) => {
  const c = ctx.scope.record as unknown as CompetitionDoc
  const all: SignupDoc[] = []
  for (let skip = 0; ; skip += 1000) {
    const batch = (await signups().where({ competitionId: c._id }).orderBy('seq', 'asc').skip(skip).limit(1000).get()).data
    all.push(...batch)
    if (batch.length < 1000) break
  }
  const units = await unitsById(all.map((s) => s.unitId))
  let waiting = 0
  const rows = all.map((s, i) => [
    i + 1,
    s.realName,
    units.get(s.unitId)?.name ?? '',
    s.teamName,
    s.members.map((m) => m.realName).join('、'),
    STATUS_LABEL[s.status] ?? s.status,
    s.status === 'waitlisted' ? ++waiting : '',
    s.ticketCode,
    beijingDateTime(s.createdAt.getTime()),
    s.checkedInAt ? beijingDateTime(s.checkedInAt.getTime()) : '',
    s.rejectReason ?? '',
  ])
  const sheets = [
    {
      name: '报名名单',
      columns: [
        { header: '序号', width: 6 },
        { header: c.mode === 'team' ? '队长' : '姓名', width: 10 },
        { header: '单位', width: 28 },
        { header: '队名', width: 14 },
        { header: '队员', width: 28 },
        { header: '状态', width: 8 },
        { header: '候补顺序', width: 8 },
        { header: '签到码', width: 9 },
        { header: '报名时间', width: 17 },
        { header: '签到时间', width: 17 },
        { header: '未通过原因', width: 20 },
      ],
      rows,
    },
  ]
  if (c.results.length) {
    sheets.push({
      name: '成绩',
      columns: [
        { header: '名次', width: 6 },
        { header: '姓名/队名', width: 14 },
        { header: '单位', width: 28 },
        { header: '奖项', width: 12 },
      ],
      rows: [...c.results].sort((a, b) => a.rank - b.rank).map((r) => [r.rank, r.name, r.unitName, r.award]),
    })
  }
  const bytes = writeXlsx(sheets)
  const uploaded = (await cloud.uploadFile({ cloudPath: `exports/${c._id}/${ctx.now}.xlsx`, fileContent: Buffer.from(bytes) })) as { fileID: string }
  const url = (await tempUrls([uploaded.fileID])).get(uploaded.fileID)
  if (!url) throw new AppError('COMMON.INTERNAL')
  return { fileUrl: url, fileName: `${c.title}-报名名单.xlsx`, rows: all.length }
}
