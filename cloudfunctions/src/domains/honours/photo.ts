// The nominee's photo: a chair's own upload, sent to WeChat's asynchronous media check at submission;
// the verdict (pushed to the `content` function) lands here, as do those on a story's images. Until it passes, no page shows the photo.
import type { MediaVerdict } from '../../lib/media-check'
import { submitMediaCheck } from '../../lib/media-check'
import { AppError } from '../../lib/errors'
import { userFolder, pathOfFileId } from '../../lib/files'
import { nominations } from './repo'
import { onStoryImageVerdict } from './stories'
import { isStoryId } from './stories-repo'

/** A chair may attach only a file they uploaded into their own folder. */
export function assertOwnPhoto(file: string, userId: string): void {
  if (!pathOfFileId(file).startsWith(userFolder('honours', userId))) throw new AppError('HONOUR.PHOTO_NOT_YOURS')
}

export async function sendPhotoToCheck(openid: string, file: string, nominationId: string, now: number): Promise<void> {
  await submitMediaCheck(openid, file, { kind: 'honour', id: nominationId }, now, 1)
}

export async function onHonourPhotoVerdict(refId: string, fileId: string, verdict: MediaVerdict, now: number): Promise<void> {
  if (isStoryId(refId)) return onStoryImageVerdict(refId, fileId, verdict, now)
  // Only the verdict on the photo the nomination still has counts (a replaced photo's verdict is late news).
  await nominations()
    .where({ _id: refId, 'photo.file': fileId })
    .update({ data: { 'photo.check': verdict === 'risky' ? 'risky' : 'pass', updatedAt: new Date(now) } })
}
