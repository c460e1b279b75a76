// Notices (R8) as stored: the notice, one read record per reader (unique by _id, so a person reads a
// notice once however often they open it), and per-unit read counters rolled up the tree.
import type { UnitRef } from '../../../../types/entities/people'
import type { NoticeSummary } from '../../../../types/entities/notices'
import { db } from '../../lib/cloud'

export interface NoticeDoc {
  _id: string
  title: string
  body: string
  attachments: Array<{ fileId: string; name: string }>
  audienceUnitId: string
  audience: UnitRef
  /** The audience unit's path: a notice reaches a member whose unitPath holds audienceUnitId. */
  unitPath: string[]
  publisher: UnitRef
  publishedBy: string
  publishedAt: Date
  pinnedUntil: Date | null
  status: 'published'
}

export interface NoticeReadDoc {
  /** noticeId:userId */
  _id: string
  noticeId: string
  userId: string
  unitId: string
  unitPath: string[]
  readAt: Date
}

export interface NoticeReceiptDoc {
  /** noticeId:unitId */
  _id: string
  noticeId: string
  unitId: string
  read: number
  updatedAt: Date
}

export const notices = () => db().collection<NoticeDoc>('notices')
export const noticeReads = () => db().collection<NoticeReadDoc>('notice_reads')
export const noticeReceipts = () => db().collection<NoticeReceiptDoc>('notice_receipts')

export const readId = (noticeId: string, userId: string) => `${noticeId}:${userId}`
export const receiptId = (noticeId: string, unitId: string) => `${noticeId}:${unitId}`

export const toSummary = (n: NoticeDoc, read: boolean): NoticeSummary => ({
  id: n._id,
  title: n.title,
  audience: n.audience,
  publisher: n.publisher,
  publishedAt: n.publishedAt.getTime(),
  pinnedUntil: n.pinnedUntil ? n.pinnedUntil.getTime() : null,
  attachmentCount: n.attachments.length,
  read,
})
