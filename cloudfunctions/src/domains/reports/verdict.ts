// WeChat's verdict on a report photo (pushed to the `content` function, or none after every try). Only
// a photo the report still holds is marked; the photo's own key is set, nothing else. A photo found unfit
// is never shown (repo.ts toView).
import type { MediaVerdict } from '../../lib/media-check'
import { fileKey, reports } from './repo'

export async function onReportPhotoVerdict(refId: string, fileId: string, verdict: MediaVerdict): Promise<void> {
  await reports()
    .where({ _id: refId, photos: fileId })
    .update({ data: { [`checks.${fileKey(fileId)}`]: verdict === 'risky' ? 'risky' : 'pass' } })
}

export async function onReportPhotoHandOver(refId: string, fileId: string): Promise<void> {
  await reports()
    .where({ _id: refId, photos: fileId })
    .update({ data: { [`checks.${fileKey(fileId)}`]: 'manual' } })
}
