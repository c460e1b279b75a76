// An idea's pictures. The author uploads into their own folder (ideas/<userId>/); at submission each
// new picture is copied to idea-images/<random folder>/ and, once the idea is written, the copy goes to
// WeChat's asynchronous media check (so a verdict, however fast, finds the idea). Reviewers, judges and the public only ever get the copy, and only once it passed:
// the copy's path says nothing about who uploaded it, which keeps judging blind.
import path from 'node:path'
import { cloud } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import { pathOfFileId, tempUrls, userFolder } from '../../lib/files'
import type { MediaVerdict } from '../../lib/media-check'
import { ideas, newId, settleImageCheck, type IdeaImageDoc } from './repo'

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
 * are copied (all at once) and marked as being checked. Call after every other validation passed; send
 * `fresh` to the media check (lib/media-check: recorded before the idea is written, sent after).
 */
export async function prepareImages(sources: string[], previous: IdeaImageDoc[], folder: string): Promise<{ images: IdeaImageDoc[]; fresh: string[] }> {
  const kept = new Map(previous.filter((p) => p.fileId).map((p) => [p.sourceFileId, p]))
  const images = await Promise.all(
    sources.map(
      async (source): Promise<IdeaImageDoc> => kept.get(source) ?? { sourceFileId: source, fileId: await blindCopy(source, folder), check: 'checking' },
    ),
  )
  return { images, fresh: images.filter((im) => !kept.has(im.sourceFileId)).map((im) => im.fileId) }
}

/** Where one copy sits in the idea now (a resubmission may have changed the list meanwhile). */
async function locate(ideaId: string, fileId: string): Promise<number> {
  const idea = (await ideas().doc(ideaId).get()).data
  return idea ? idea.images.findIndex((im) => im.fileId === fileId) : -1
}

/**
 * WeChat's verdict on one copy (called by the `content` function). Anything but a clear pass keeps
 * the picture hidden: a check that cannot decide fails closed. Only a picture still waiting for its
 * verdict changes, so applying it again changes nothing.
 */
export async function onIdeaImageVerdict(ideaId: string, fileId: string, verdict: MediaVerdict, now: number): Promise<void> {
  const at = await locate(ideaId, fileId)
  if (at < 0) return
  await settleImageCheck(ideaId, at, fileId, verdict === 'pass' ? 'pass' : 'risky', now)
}

/** No verdict after every try: the picture stays hidden and is shown as handed to a person. */
export async function onIdeaImageHandOver(ideaId: string, fileId: string, now: number): Promise<void> {
  const at = await locate(ideaId, fileId)
  if (at < 0) return
  await ideas()
    .where({ _id: ideaId, [`images.${at}.fileId`]: fileId, [`images.${at}.check`]: 'checking' })
    .update({ data: { [`images.${at}.check`]: 'manual', updatedAt: new Date(now) } })
}
