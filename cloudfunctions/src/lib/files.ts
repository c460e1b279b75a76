// Files in cloud storage: temporary URLs for showing them, deleting them within the cloud's per-call
// limit, and the rule that a person may only reference files uploaded into their own folder.
import { cloud } from './cloud'

/**
 * getTempFileURL answers at most 50 fileIDs per call; more fail the whole call
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/Cloud.getTempFileURL.html:
 * "一次最多取 50 个").
 */
export const TEMP_URLS_PER_CALL = 50

export interface TempUrlOptions {
  /**
   * Seconds the links live. Without it a private file's link lives 10 minutes (the platform's default);
   * at most one day. Give it where a link must outlive a page left open or an asynchronous check.
   */
  maxAge?: number
}

/**
 * Temporary URLs for many files, in as few round trips as the platform allows: batches of 50, sent
 * together (one round trip of wall time however many batches). Files that do not exist are left out.
 */
export async function tempUrls(fileIds: Array<string | undefined | null>, options: TempUrlOptions = {}): Promise<Map<string, string>> {
  const list = [...new Set(fileIds.filter((f): f is string => Boolean(f)))]
  const out = new Map<string, string>()
  if (list.length === 0) return out
  const batches: string[][] = []
  for (let i = 0; i < list.length; i += TEMP_URLS_PER_CALL) batches.push(list.slice(i, i + TEMP_URLS_PER_CALL))
  const { maxAge } = options
  const answers = await Promise.all(
    batches.map(
      (batch) =>
        cloud.getTempFileURL({ fileList: maxAge === undefined ? batch : batch.map((fileID) => ({ fileID, maxAge })) }) as Promise<{
          fileList: Array<{ fileID: string; tempFileURL: string; status: number }>
        }>,
    ),
  )
  for (const res of answers) for (const f of res.fileList) if (f.status === 0 && f.tempFileURL) out.set(f.fileID, f.tempFileURL)
  return out
}

/**
 * deleteFile takes at most 50 fileIDs per call; more and the cloud refuses the whole call, deleting none
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/Cloud.deleteFile.html:
 * "一次最多 50 个"; the local cloud refuses the same way).
 */
export const DELETES_PER_CALL = 50

/** One file's answer from deleteFile: status 0 deleted; otherwise why not (e.g. -503003: it was not there). */
export interface DeletedFile {
  fileID: string
  status: number
  errMsg: string
}

/**
 * Deletes any number of files: batches of 50, sent together. Every batch is tried; if any failed as a
 * whole, the first failure is thrown once all have settled. Answers each file's own status.
 */
export async function deleteFiles(fileIds: Array<string | undefined | null>): Promise<DeletedFile[]> {
  const list = [...new Set(fileIds.filter((f): f is string => Boolean(f)))]
  const batches: string[][] = []
  for (let i = 0; i < list.length; i += DELETES_PER_CALL) batches.push(list.slice(i, i + DELETES_PER_CALL))
  const settled = await Promise.allSettled(batches.map((batch) => cloud.deleteFile({ fileList: batch }) as Promise<{ fileList: DeletedFile[] }>))
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected')
  if (failed) throw failed.reason
  return settled.flatMap((s) => (s.status === 'fulfilled' ? s.value.fileList : []))
}

/** The storage path of a fileID: cloud://<env>.<bucket>/<path> → <path>. */
export function pathOfFileId(fileId: string): string {
  const m = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId)
  return m ? m[1] : ''
}

/**
 * The folder a user uploads into (mirrors what the client builds). The storage security rule
 * (database/storage-rules.json) cannot name a folder: its documented expressions compare `resource.openid`
 * with `auth.openid` but have no string building, so no rule can tie a path to the caller. What it does
 * enforce is ownership: a client never overwrites, deletes or reads a file it did not upload. The folder
 * is enforced here, by the functions: a file outside the caller's own folder is never accepted into their
 * profile, work, idea or competition, so a file someone placed in another person's folder stays inert.
 */
export const userFolder = (kind: 'avatars' | 'works' | 'ideas' | 'competitions' | 'summaries' | 'honours' | 'notices', userId: string) => `${kind}/${userId}/`
