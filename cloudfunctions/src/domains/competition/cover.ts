// A competition's cover is shown publicly (lists, the detail page, share cards), so it passes WeChat's
// media check like every picture people upload. The organiser's upload is copied into a folder of the
// competition's own ("sealed": created by the server, so nobody can overwrite it after the check); the
// copy is what is checked and shown. Until it passes the public sees the placeholder; a cover that
// fails is removed and the organisers read why (COVER_NOTES in types/entities/competition.ts).
import crypto from 'node:crypto'
import { COVER_NOTES } from '../../../../types/entities/competition'
import { cloud } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import { deleteFiles } from '../../lib/files'
import type { MediaVerdict } from '../../lib/media-check'
import { sniffImage } from '../works/images'
import { settleCover } from './browse-repo'
import { competitions, type CompetitionDoc } from './repo'

const coverIssue = (message: string) => new AppError('COMMON.VALIDATION', message, [{ path: 'coverFileId', message }])

/** The server's copy of a new cover, in the competition's folder. */
export async function sealCover(fileId: string, competitionId: string): Promise<string> {
  let bytes: Buffer | undefined
  try {
    bytes = ((await cloud.downloadFile({ fileID: fileId })) as { fileContent?: Buffer }).fileContent
  } catch {
    bytes = undefined
  }
  if (!bytes) throw coverIssue('封面图片需要先上传')
  // WeChat's media check takes images up to 10 MB.
  if (bytes.length > 10 * 1024 * 1024) throw coverIssue('封面图片不能超过 10MB')
  const kind = sniffImage(bytes)
  if (!kind) throw coverIssue('封面只能是照片（JPG、PNG、GIF 格式）')
  const cloudPath = `competition-covers/${competitionId}/${crypto.randomBytes(8).toString('hex')}.${kind}`
  return ((await cloud.uploadFile({ cloudPath, fileContent: bytes })) as { fileID: string }).fileID
}

/** The cover anyone may be shown: only one that passed the check. */
export const publicCoverOf = (c: Pick<CompetitionDoc, 'coverFileId' | 'coverCheck'>): string | undefined =>
  c.coverCheck === 'pass' ? c.coverFileId : undefined

/** What the organisers read beside the cover: where its check stands, or why it was removed. */
export function coverNoteOf(c: Pick<CompetitionDoc, 'coverFileId' | 'coverCheck' | 'coverRemovedAt'>): string | undefined {
  if (c.coverFileId && c.coverCheck !== 'pass') return COVER_NOTES[c.coverCheck === 'manual' ? 'manual' : 'checking']
  if (!c.coverFileId && c.coverRemovedAt) return COVER_NOTES.removed
  return undefined
}

async function deleteQuietly(fileId: string): Promise<void> {
  try {
    await deleteFiles([fileId])
  } catch (e) {
    console.warn('[competition] deleteFile failed', e)
  }
}

/**
 * WeChat's verdict on a cover. Only the cover the competition still shows is affected (an edit may have
 * replaced it meanwhile), and only while its verdict is open, so applying it again changes nothing. A
 * cover nobody reviews before it is public fails closed: anything but a pass removes it.
 */
export async function onCoverVerdict(competitionId: string, fileId: string, verdict: MediaVerdict, now: number): Promise<void> {
  const removed = (await settleCover(competitionId, fileId, verdict === 'pass', now)) && verdict !== 'pass'
  if (removed) await deleteQuietly(fileId)
}

/** No verdict after every try: still not shown; the organisers read that it was handed over. */
export async function onCoverHandOver(competitionId: string, fileId: string, now: number): Promise<void> {
  await competitions()
    .where({ _id: competitionId, coverFileId: fileId, coverCheck: 'checking' })
    .update({ data: { coverCheck: 'manual', updatedAt: new Date(now) } })
}

export { deleteQuietly as removeCoverFile }
