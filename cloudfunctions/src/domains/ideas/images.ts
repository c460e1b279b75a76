// An idea's pictures. The author uploads into their own folder (ideas/<userId>/); at submission each
// new picture is copied to idea-images/<random folder>/ and the copy goes to WeChat's asynchronous
// media check. Reviewers, judges and the public only ever get the copy, and only once it passed:
// the copy's path says nothing about who uploaded it, which keeps judging blind.
import path from 'node:path'
import { cloud } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import { pathOfFileId, tempUrls, userFolder } from '../../lib/files'
import { submitMediaCheck, type MediaVerdict } from '../../lib/media-check'
import { ideas, newId, type IdeaImageDoc } from './repo'

const imageIssue = (message: string) => new AppError('COMMON.VALIDATION', message, [{ path: 'images', message }])

/** Only files from the caller's own upload folder (no one submits someone else's pictures). */
export function assertOwnImages(fileIds: string[], userId: string): void {
  const folder = userFolder('ideas', userId)
  if (fileIds.some((f) => !pathOfFileId(f).startsWith(folder))) throw imageIssue('图片需要先上传')
  if (new Set(fileIds).size !== fileIds.length) throw imageIssue('有重复的图片')
}

/** Every new picture exists in storage (one round trip for all). */
export async function assertUploaded(fileIds: string[]): Promise<void> {
  if (fileIds.length === 0) return
  const found = await tempUrls(fileIds)
  if (fileIds.some((f) => !found.has(f))) throw imageIssue('有图片没有上传成功，请删去后重新添加')
}

async function blindCopy(sourceFileId: string, folder: string): Promise<string> {
  const downloaded = (await cloud.downloadFile({ fileID: sourceFileId })) as { fileContent?: Buffer }
  if (!downloaded.fileContent) throw imageIssue('有图片没有上传成功，请删去后重新添加')
  const ext = (path.extname(pathOfFileId(sourceFileId)).slice(1) || 'jpg').toLowerCase()
  const uploaded = (await cloud.uploadFile({ cloudPath: `idea-images/${folder}/${newId()}.${ext}`, fileContent: downloaded.fileContent })) as { fileID: string }
  return uploaded.fileID
}

/**
 * The idea's images after a submission: pictures it already had keep their copy and check; new ones
 * are copied and sent to the media check. Call after every other validation passed.
 */
export async function prepareImages(
  sources: string[],
  previous: IdeaImageDoc[],
  ctx: { ideaId: string; folder: string; openid: string; now: number },
): Promise<IdeaImageDoc[]> {
  const kept = new Map(previous.filter((p) => p.fileId).map((p) => [p.sourceFileId, p]))
  const out: IdeaImageDoc[] = []
  for (const source of sources) {
    const old = kept.get(source)
    if (old) {
      out.push(old)
      continue
    }
    const copy = await blindCopy(source, ctx.folder)
    await submitMediaCheck(ctx.openid, copy, { kind: 'idea', id: ctx.ideaId }, ctx.now)
    out.push({ sourceFileId: source, fileId: copy, check: 'checking' })
  }
  return out
}

/**
 * WeChat's verdict on one copy (called by the `content` function). Anything but a clear pass keeps
 * the picture hidden: a check that cannot decide fails closed.
 */
export async function onIdeaImageVerdict(ideaId: string, fileId: string, verdict: MediaVerdict, now: number): Promise<void> {
  const idea = (await ideas().doc(ideaId).get()).data
  const at = idea ? idea.images.findIndex((im) => im.fileId === fileId) : -1
  if (!idea || at < 0) return
  // Conditional on the picture still sitting there: a resubmission may have changed the list meanwhile.
  await ideas()
    .where({ _id: ideaId, [`images.${at}.fileId`]: fileId })
    .update({ data: { [`images.${at}.check`]: verdict === 'pass' ? 'pass' : 'risky', updatedAt: new Date(now) } })
}
