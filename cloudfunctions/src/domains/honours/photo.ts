// The nominee's photo: a chair's own upload, sent to WeChat's asynchronous media check at submission;
// the verdict (pushed to the `content` function) lands here, as do those on a story's images and the union's seal. Until it passes, no page shows the photo.
import { recordChecks, sendChecks, type MediaCheckDoc, type MediaVerdict } from '../../lib/media-check'
import { AppError } from '../../lib/errors'
import { userFolder, pathOfFileId } from '../../lib/files'
import { markPhotoCheck } from './nominations-repo'
import { onSealHandOver, onSealVerdict } from './seal'
import { isSealRef } from './seal-repo'
import { onStoryImageHandOver, onStoryImageVerdict } from './stories'
import { isStoryId } from './stories-repo'

/** A chair may attach only a file they uploaded into their own folder. */
export function assertOwnPhoto(file: string, userId: string): void {
  if (!pathOfFileId(file).startsWith(userFolder('honours', userId))) throw new AppError('HONOUR.PHOTO_NOT_YOURS')
}

/**
 * The check is recorded before the nomination is written and sent to WeChat only after (`sendChecks`), so
 * a fast verdict always finds the photo it is about (lib/media-check.ts).
 */
export function recordPhotoCheck(openid: string, file: string, nominationId: string, now: number): Promise<MediaCheckDoc[]> {
  return recordChecks(openid, { kind: 'honour', id: nominationId }, [file], now, 1)
}

export { sendChecks }

/** No verdict after every try: the photo stays hidden and waits for a person (it is never shown until it passes). */
export async function onHonourHandOver(refId: string, fileId: string, now: number): Promise<void> {
  if (isStoryId(refId)) return onStoryImageHandOver(refId, fileId, now)
  if (isSealRef(refId)) return onSealHandOver(fileId)
  await markPhotoCheck(refId, fileId, 'manual', new Date(now))
}

export async function onHonourPhotoVerdict(refId: string, fileId: string, verdict: MediaVerdict, now: number): Promise<void> {
  if (isStoryId(refId)) return onStoryImageVerdict(refId, fileId, verdict, now)
  if (isSealRef(refId)) return onSealVerdict(fileId, verdict, now)
  // Only the verdict on the photo the nomination still has counts (a replaced photo's verdict is late news).
  await markPhotoCheck(refId, fileId, verdict === 'risky' ? 'risky' : 'pass', new Date(now))
}
