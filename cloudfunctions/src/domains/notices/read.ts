// Members' side of notices: the list addressed to their unit (a notice to a union reaches every unit
// under it), opening one (which marks it read, once), and the unread count. A first read moves the
// read counters of the reader's unit and every union above it, atomically, so receipts are never
// counted by scanning the reads.
import { NOTICE_LIMITS, NOTICE_PINNED_SHOWN, type NoticeDetail, type NoticeList } from '../../../../types/entities/notices'
import { db } from '../../lib/cloud'
import type { UserDoc } from '../../lib/caller'
import { AppError, writeUnlessTaken } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import type { Handler } from '../../lib/handler'
import { noticeReads, noticeReceipts, notices, readId, receiptId, toSummary, type NoticeDoc } from './repo'

/** The caller's unit path while they are a member; notices reach members only. */
const memberPath = (user: UserDoc | undefined): string[] => (user?.profileCompletedAt && user.unitId && user.unitPath ? user.unitPath : [])

/** Which of these notices the user has read; `_.in` lists kept to 100, as elsewhere (units-repo), sent at once. */
async function readIds(userId: string, noticeIds: string[]): Promise<Set<string>> {
  const _ = db().command
  const chunks: string[][] = []
  for (let i = 0; i < noticeIds.length; i += 100) chunks.push(noticeIds.slice(i, i + 100))
  const answers = await Promise.all(
    chunks.map((chunk) =>
      noticeReads()
        .where({ _id: _.in(chunk.map((n) => readId(n, userId))) })
        .field({ noticeId: true })
        .limit(chunk.length)
        .get(),
    ),
  )
  return new Set(answers.flatMap((res) => res.data.map((r) => r.noticeId)))
}

export const listNotices: Handler<'campaign.notices'> = async (input, ctx) => {
  const user = ctx.caller.user
  const path = memberPath(user)
  if (!user || path.length === 0) return { items: [], hasMore: false, unread: 0, pinned: [] }
  const _ = db().command
  const size = NOTICE_LIMITS.pageSize
  const addressed = () =>
    notices()
      .where({ audienceUnitId: _.in(path), status: 'published' })
      .orderBy('publishedAt', 'desc')
  // The page, the unread window and the pinned ones at once; one look at the reads tells all three.
  const [pageRes, windowRes, pinnedRes] = await Promise.all([
    addressed()
      .skip((input.page - 1) * size)
      .limit(size + 1)
      .get(),
    addressed().field({ _id: true }).limit(NOTICE_LIMITS.unreadWindow).get(),
    notices()
      .where({ audienceUnitId: _.in(path), status: 'published', pinnedUntil: _.gt(new Date(ctx.now)) })
      .orderBy('pinnedUntil', 'desc')
      .limit(NOTICE_PINNED_SHOWN)
      .get(),
  ])
  const items = pageRes.data.slice(0, size)
  const pinned = [...pinnedRes.data].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
  const ids = [...new Set([...items, ...windowRes.data, ...pinned].map((n) => n._id))]
  const read = await readIds(user._id, ids)
  const out: NoticeList = {
    items: items.map((n) => toSummary(n, read.has(n._id))),
    hasMore: pageRes.data.length > size,
    unread: windowRes.data.filter((n) => !read.has(n._id)).length,
    pinned: pinned.map((n) => toSummary(n, read.has(n._id))),
  }
  return out
}

/** Count a first read on the reader's unit and every union above it (created at zero on first use). */
async function countRead(noticeId: string, unitPath: string[], now: number): Promise<void> {
  const _ = db().command
  await Promise.all(
    unitPath.map(async (unitId) => {
      const _id = receiptId(noticeId, unitId)
      const inc = () =>
        noticeReceipts()
          .doc(_id)
          .update({ data: { read: _.inc(1), updatedAt: new Date(now) } })
      if ((await inc()).stats.updated === 1) return
      await writeUnlessTaken(
        () => noticeReceipts().add({ data: { _id, noticeId, unitId, read: 0, updatedAt: new Date(now) } }),
        async () => Boolean((await noticeReceipts().doc(_id).get()).data),
      )
      if ((await inc()).stats.updated !== 1) throw new Error(`receipt ${_id} did not take the increment`)
    }),
  )
}

export const readNotice: Handler<'campaign.readNotice'> = async (input, ctx) => {
  const user = ctx.caller.user
  const path = memberPath(user)
  const notice = (await notices().doc(input.noticeId).get()).data as NoticeDoc | null
  // A notice not addressed to the caller's unit is answered as not there.
  if (!notice || notice.status !== 'published' || !path.includes(notice.audienceUnitId)) throw new AppError('COMMON.NOT_FOUND')
  const _id = readId(notice._id, user!._id)
  const [outcome, urls] = await Promise.all([
    writeUnlessTaken(
      () => noticeReads().add({ data: { _id, noticeId: notice._id, userId: user!._id, unitId: user!.unitId!, unitPath: path, readAt: new Date(ctx.now) } }),
      async () => Boolean((await noticeReads().doc(_id).get()).data),
    ),
    tempUrls(notice.attachments.map((a) => a.fileId)),
  ])
  if (outcome === 'written') await countRead(notice._id, path, ctx.now)
  const out: NoticeDetail = {
    ...toSummary(notice, true),
    body: notice.body,
    attachments: notice.attachments.map((a) => ({ ...a, url: urls.get(a.fileId) ?? null })),
  }
  return out
}
