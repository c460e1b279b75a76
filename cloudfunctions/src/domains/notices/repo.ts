// Notices (R8) as stored: the notice, one read record per reader (unique by _id, so a person reads a
// notice once however often they open it), and per-unit read counters rolled up the tree.
import type { UnitRef } from '../../../../types/entities/people'
import type { NoticeSummary } from '../../../../types/entities/notices'
import { db } from '../../lib/cloud'
import { writeUnlessTaken } from '../../lib/errors'

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

/** A notice by id, or null. */
export async function findNotice(id: string): Promise<NoticeDoc | null> {
  return ((await notices().doc(id).get()).data as NoticeDoc | null) ?? null
}

/** The published notices addressed to any unit of `path` (a query to order and page). */
export const publishedTo = (path: string[]) => notices().where({ audienceUnitId: db().command.in(path), status: 'published' })

/** The published notices to `path` still pinned at `now`, latest pin first (at most `n`). */
export function pinnedTo(path: string[], now: Date, n: number) {
  const _ = db().command
  return notices()
    .where({ audienceUnitId: _.in(path), status: 'published', pinnedUntil: _.gt(now) })
    .orderBy('pinnedUntil', 'desc')
    .limit(n)
    .get()
}

/** Which of these notices the user has read; `_.in` lists kept to 100, as elsewhere (units-repo), sent at once. */
export async function readIds(userId: string, noticeIds: string[]): Promise<Set<string>> {
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

/** Records a reader's first read of a notice (its id is per notice and reader); 'taken' when it was read before. */
export function recordFirstRead(read: NoticeReadDoc): Promise<'written' | 'taken'> {
  return writeUnlessTaken(
    () => noticeReads().add({ data: read }),
    async () => Boolean((await noticeReads().doc(read._id).get()).data),
  )
}

/** Count a first read on the reader's unit and every union above it (created at zero on first use). */
export async function countRead(noticeId: string, unitPath: string[], now: number): Promise<void> {
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
