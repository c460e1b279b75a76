// WeChat's verdict on one image of a submitted work (registered in domains/content/verdicts.ts and run
// by the `content` function when the wxa_media_check push arrives). A passed image gets its list and
// large-view sizes here, one image per push: a submission of nine photos never waits for nine
// decodes, and each invocation stays within a few seconds. When every image of the submission has
// passed, the work goes to the author's unit chair; any risky image hides the work and tells the author.
import type { MediaVerdict } from '../../lib/media-check'
import { db } from '../../lib/cloud'
import { notify, clip } from '../../lib/notify'
import { beijingDate } from '../../lib/time'
import { makeSizes, removeFiles } from './images'
import { loadWork, step, works, type WorkDoc } from './repo'

export const AUTHOR_PAGE = 'package-works/pages/mine/index'

/** Tell the author how their work fared; a refused or used-up subscription changes nothing. */
export async function tellAuthor(w: Pick<WorkDoc, '_openid' | 'title'>, result: string, note: string, now: number): Promise<void> {
  await notify(w._openid, 'workReviewResult', { thing1: clip(w.title || '我的作品', 20), phrase2: result, thing3: clip(note || '无', 20), date4: beijingDate(now) }, AUTHOR_PAGE)
}

/** Hide the work while it is being checked; only the invocation whose update lands tells the author. */
async function block(w: WorkDoc, index: number, reason: string, now: number): Promise<void> {
  const res = await works()
    .where({ _id: w._id, status: 'checking' })
    .update({
      data: {
        status: 'blocked',
        reason,
        [`images.${index}.check`]: 'risky',
        steps: db().command.push([step('blocked', null, now, reason)]),
        updatedAt: new Date(now),
      },
    })
  if (res.stats.updated === 1) await tellAuthor(w, '未通过', reason, now)
}

/**
 * Every image of the submission passed: on to the author's unit. Safe to call from every invocation
 * that might be the last: the filter holds the count, so exactly one update lands.
 */
export async function advanceIfChecked(w: Pick<WorkDoc, '_id' | 'images' | 'unitId'>, now: number): Promise<boolean> {
  const res = await works()
    .where({ _id: w._id, status: 'checking', passed: w.images.length })
    .update({
      data: {
        status: 'reviewing',
        reviewUnitId: w.unitId,
        passes: 0,
        steps: db().command.push([step('checked', null, now)]),
        updatedAt: new Date(now),
      },
    })
  return res.stats.updated === 1
}

/**
 * A verdict is about the bytes of one sealed file, which never change: it is kept on the image even
 * when the work is no longer being checked (blocked by another image, back to a draft), so a
 * submission after an edit sends only images never judged.
 */
export async function onWorkVerdict(workId: string, fileId: string, verdict: MediaVerdict, now: number): Promise<void> {
  const w = await loadWork(workId)
  if (!w) return
  const index = w.images.findIndex((im) => im.file === fileId)
  // Not this work's any more, or already settled by an earlier push of the same file.
  if (index < 0 || w.images[index].check !== 'pending') return
  const label = `第 ${index + 1} 张图片`
  const pending = { _id: w._id, [`images.${index}.file`]: fileId, [`images.${index}.check`]: 'pending' }
  if (verdict === 'risky') {
    if (w.status === 'checking') return block(w, index, `${label}未通过内容安全检查，请更换后再提交`, now)
    await works().where(pending).update({ data: { [`images.${index}.check`]: 'risky' } })
    return
  }

  let sizes
  try {
    sizes = await makeSizes(fileId, w._id)
  } catch (e) {
    // It looked like a picture but cannot be decoded: the public could not see it either.
    console.warn('[works] cannot make sizes of', fileId, e)
    if (w.status === 'checking') return block(w, index, `${label}无法识别，请换一张后再提交`, now)
    return
  }
  const _ = db().command
  const res = await works()
    .where(pending)
    .update({
      data: {
        [`images.${index}.check`]: verdict,
        [`images.${index}.thumb`]: sizes.thumb,
        [`images.${index}.preview`]: sizes.preview,
        [`images.${index}.width`]: sizes.width,
        [`images.${index}.height`]: sizes.height,
        // Counts toward the submission being checked; a submission recounts it from the images.
        passed: _.inc(1),
        // "review": WeChat asks a person to look; the chair is that person, told to look closely.
        ...(verdict === 'review' ? { flagged: true } : {}),
      },
    })
  if (res.stats.updated !== 1) {
    // Settled meanwhile (a duplicate push) or the image was taken out: the sizes are not needed.
    await removeFiles([sizes.thumb, sizes.preview])
    return
  }
  if (w.status === 'checking') await advanceIfChecked(w, now)
}
