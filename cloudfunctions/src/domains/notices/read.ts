// Members' side of notices: the list addressed to their unit (a notice to a union reaches every unit
// under it), opening one (which marks it read, once), and the unread count. A first read moves the
// read counters of the reader's unit and every union above it, atomically, so receipts are never
// counted by scanning the reads.
import { NOTICE_LIMITS, NOTICE_PINNED_SHOWN, type NoticeDetail, type NoticeList } from '../../../../types/entities/notices'
import type { UserDoc } from '../../lib/caller'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import type { Handler } from '../../lib/handler'
import { countRead, findNotice, pinnedTo, publishedTo, readId, readIds, recordFirstRead, toSummary } from './repo'

/** The caller's unit path while they are a member; notices reach members only. */
const memberPath = (user: UserDoc | undefined): string[] => (user?.profileCompletedAt && user.unitId && user.unitPath ? user.unitPath : [])

export const listNotices: Handler<'campaign.notices'> = async (input, ctx) => {
  const user = ctx.caller.user
  const path = memberPath(user)
  if (!user || path.length === 0) return { items: [], hasMore: false, unread: 0, pinned: [] }
  const size = NOTICE_LIMITS.pageSize
  const addressed = () => publishedTo(path).orderBy('publishedAt', 'desc')
  // The page, the unread window and the pinned ones at once; one look at the reads tells all three.
  const [pageRes, windowRes, pinnedRes] = await Promise.all([
    addressed()
      .skip((input.page - 1) * size)
      .limit(size + 1)
      .get(),
    addressed().field({ _id: true }).limit(NOTICE_LIMITS.unreadWindow).get(),
    pinnedTo(path, new Date(ctx.now), NOTICE_PINNED_SHOWN),
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

export const readNotice: Handler<'campaign.readNotice'> = async (input, ctx) => {
  const user = ctx.caller.user
  const path = memberPath(user)
  const notice = await findNotice(input.noticeId)
  // A notice not addressed to the caller's unit is answered as not there.
  if (!user?.unitId || !notice || notice.status !== 'published' || !path.includes(notice.audienceUnitId)) throw new AppError('COMMON.NOT_FOUND')
  const [outcome, urls] = await Promise.all([
    recordFirstRead({
      _id: readId(notice._id, user._id),
      noticeId: notice._id,
      userId: user._id,
      unitId: user.unitId,
      unitPath: path,
      readAt: new Date(ctx.now),
    }),
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
