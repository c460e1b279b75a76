// The exhibition's queries: a page of exhibited works, and the like counter moved atomically.
import { literalPattern } from '../../../../types/wording/search'
import { db } from '../../lib/cloud'
import { GALLERY_FIELDS, works, type WorkDoc } from './repo'

/** Exhibited works, newest selection first; a category narrows them, words match the title or the author's name. */
export async function exhibitionPage(category: string | undefined, keyword: string | undefined, skip: number, limit: number): Promise<WorkDoc[]> {
  const where: Record<string, unknown> = { status: 'exhibited' }
  if (category) where.category = category
  const _ = db().command
  // The exhibition holds at most 100 works (the status index narrows to them first): a literal pattern
  // over short titles and names is enough. The cloud's regular expressions are not meant for long texts
  // or large sets (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-server-api/database/db.regexp.html).
  const words = keyword ? db().RegExp({ regexp: literalPattern(keyword), options: 'i' }) : null
  const res = await works()
    .where(
      words
        ? (_.or([
            { ...where, title: words },
            { ...where, authorName: words },
          ]) as Record<string, unknown>)
        : where,
    )
    .orderBy('exhibitedAt', 'desc')
    .skip(skip)
    .limit(limit)
    .field(GALLERY_FIELDS)
    .get()
  return res.data
}

/** A work's like counter, moved by an atomic increment (the page never counts the likes collection). */
export async function bumpLikeCount(workId: string, by: 1 | -1): Promise<void> {
  await works()
    .doc(workId)
    .update({ data: { likeCount: db().command.inc(by) } })
}
