// WeChat's verdict on one image of a submitted work (registered in domains/content/verdicts.ts and run
// by the `content` function when the wxa_media_check push arrives, or by its timer). The machine
// check runs beside the chairs' review: a work is in review from its submission, and the check only
// decides whether it may ever be exhibited. A passed image gets its list and large-view sizes here, one
// image per push, so each invocation stays within a few seconds. When every image of the submission
// has passed, the work's check is "passed"; any risky image takes the work out of review and tells the
// author. Every step is a conditional update, so applying the same verdict again (a repeated push, or
// the timer after an invocation that failed half-way) changes nothing more.
import type { MediaVerdict } from '../../lib/media-check'
import { notify, clip } from '../../lib/notify'
import { beijingDate } from '../../lib/time'
import { makeSizes, removeFiles, UndecodableImage } from './images'
import { loadWork, works, type ImageCheck, type WorkDoc } from './repo'
import { blockForImage, markChecked, recordImagePassed } from './review-repo'

export const AUTHOR_PAGE = 'package-works/pages/mine/index'

/** An image still waiting for WeChat's verdict (sent, or handed to a person after every try). */
const UNSETTLED: ImageCheck[] = ['pending', 'manual']

/** Tell the author how their work fared; a refused or used-up subscription changes nothing. */
export async function tellAuthor(w: Pick<WorkDoc, '_openid' | 'title'>, result: string, note: string, now: number): Promise<void> {
  await notify(
    w._openid,
    'workReviewResult',
    { thing1: clip(w.title || '我的作品', 20), phrase2: result, thing3: clip(note || '无', 20), date4: beijingDate(now) },
    AUTHOR_PAGE,
  )
}

/** Take the work out of review; only the invocation whose update lands tells the author. */
async function block(w: WorkDoc, index: number, reason: string, now: number): Promise<void> {
  if (await blockForImage(w, index, reason, now)) await tellAuthor(w, '未通过', reason, now)
}

// Every image of the submission passed: markChecked (review-repo.ts) marks the work's check passed (it
// may now be exhibited). Safe to call from every invocation that might be the last.

/**
 * A verdict is about the bytes of one sealed file, which never change: it is kept on the image even
 * when the work is no longer in review (rejected, back to a draft), so a submission after an edit sends
 * only images never judged.
 */
export async function onWorkVerdict(workId: string, fileId: string, verdict: MediaVerdict, now: number): Promise<void> {
  const w = await loadWork(workId)
  if (!w) return
  const index = w.images.findIndex((im) => im.file === fileId)
  // Not this work's any more.
  if (index < 0) return
  const image = w.images[index]
  const label = `第 ${index + 1} 张图片`
  if (verdict === 'risky') {
    if (w.status === 'reviewing') return block(w, index, `${label}未通过内容安全检查，请更换后再提交`, now)
    if (UNSETTLED.includes(image.check)) {
      await works()
        .where({ _id: w._id, [`images.${index}.file`]: fileId, [`images.${index}.check`]: image.check })
        .update({ data: { [`images.${index}.check`]: 'risky' } })
    }
    return
  }
  // Settled by an earlier application of this verdict: only the work's check may be left to mark.
  if (!UNSETTLED.includes(image.check)) {
    if (w.status === 'reviewing') await markChecked(w, now)
    return
  }

  let sizes
  try {
    sizes = await makeSizes(fileId, w._id)
  } catch (e) {
    if (!(e instanceof UndecodableImage)) throw e // storage or memory trouble: tried again, not lost
    // It looked like a picture but cannot be decoded: the public could not see it either.
    console.warn('[works] cannot make sizes of', fileId, e)
    if (w.status === 'reviewing') return block(w, index, `${label}无法识别，请换一张后再提交`, now)
    return
  }
  // Counts toward the submission being checked; a submission recounts it from the images.
  if (!(await recordImagePassed(w._id, index, fileId, UNSETTLED, verdict, sizes))) {
    // Settled meanwhile (a repeated push ran alongside) or the image was taken out: these sizes are not needed.
    await removeFiles([sizes.thumb, sizes.preview])
    return
  }
  if (w.status === 'reviewing') await markChecked((await loadWork(workId)) ?? w, now)
}

/** No verdict after every try: the work's check shows as handed to a person; it still cannot be exhibited. */
export async function onWorkHandOver(workId: string, fileId: string, now: number): Promise<void> {
  const w = await loadWork(workId)
  const index = w ? w.images.findIndex((im) => im.file === fileId) : -1
  if (!w || index < 0) return
  await works()
    .where({ _id: w._id, [`images.${index}.file`]: fileId, [`images.${index}.check`]: 'pending' })
    .update({ data: { [`images.${index}.check`]: 'manual', updatedAt: new Date(now) } })
  await works()
    .where({ _id: w._id, status: 'reviewing', check: 'waiting' })
    .update({ data: { check: 'manual', updatedAt: new Date(now) } })
}
