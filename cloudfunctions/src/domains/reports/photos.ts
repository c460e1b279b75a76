// A report's photos. The chair uploads into their own folder (summaries/<user>/<name>); the server accepts
// only such files (or copies this report already holds), reads each new one once to make sure it is a
// picture within the media check's 10 MB, and copies it into the report's folder ("sealed": created by the
// server, so the chair cannot overwrite it after the check). The copy is what the check and the city see.
import crypto from 'node:crypto'
import { REPORT_LIMITS } from '../../../../types/limits/reports'
import type { ErrorCode } from '../../../../types/errors'
import { cloud } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import { pathOfFileId, userFolder } from '../../lib/files'
import { removeFiles, sniffImage } from '../works/images'
import { sealedFolder } from './repo'

const issue = (code: ErrorCode, index: number, message: string) =>
  new AppError(code, undefined, [{ path: `photos.${index}`, message: `第 ${index + 1} 张照片：${message}` }])

/** A file the chair uploaded straight into their folder (what the picker makes: no sub-folder). */
const isOwnUpload = (fileId: string, userId: string) => {
  const path = pathOfFileId(fileId)
  const folder = userFolder('summaries', userId)
  return path.startsWith(folder) && !path.slice(folder.length).includes('/')
}

async function download(fileId: string, index: number): Promise<Buffer> {
  try {
    const res = (await cloud.downloadFile({ fileID: fileId })) as { fileContent?: Buffer }
    if (res.fileContent) return res.fileContent
  } catch {
    // the file is not there
  }
  throw issue('REPORT.PHOTO_MISSING', index, '没有上传成功')
}

/**
 * The photos a save names, in order: those the report holds stay; new ones must be the chair's own
 * uploads, pictures within the limit, and are sealed. Nothing is written to the report here; the copies
 * made are answered so a save that does not go through can remove them. On a refusal every copy made is
 * removed first and the first refused photo (in order) is answered.
 */
export async function sealPhotos(fileIds: string[], held: readonly string[], userId: string, reportId: string): Promise<{ photos: string[]; made: string[] }> {
  const list = [...new Set(fileIds)]
  const keep = new Set(held)
  list.forEach((f, i) => {
    if (!keep.has(f) && !isOwnUpload(f, userId)) throw issue('REPORT.PHOTO_NOT_YOURS', i, '不是您上传的')
  })
  const folder = sealedFolder(userFolder('summaries', userId), reportId)
  const results = await Promise.allSettled(
    list.map(async (f, i): Promise<string> => {
      if (keep.has(f)) return f
      const bytes = await download(f, i)
      if (bytes.length > REPORT_LIMITS.photoMaxBytes) throw issue('REPORT.PHOTO_TOO_LARGE', i, `超过 ${REPORT_LIMITS.photoMaxMb}MB`)
      const kind = sniffImage(bytes)
      if (!kind) throw issue('REPORT.PHOTO_NOT_IMAGE', i, '不是照片文件')
      const { fileID } = (await cloud.uploadFile({ cloudPath: `${folder}${crypto.randomBytes(8).toString('hex')}.${kind}`, fileContent: bytes })) as {
        fileID: string
      }
      return fileID
    }),
  )
  const made = results.flatMap((r, i) => (r.status === 'fulfilled' && !keep.has(list[i]) ? [r.value] : []))
  const refused = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
  if (refused) {
    await removeFiles(made)
    throw refused.reason
  }
  return { photos: results.map((r) => (r as PromiseFulfilledResult<string>).value), made }
}

export { removeFiles }
