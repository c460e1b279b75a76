// Files in cloud storage: temporary URLs for showing them, and the rule that a person may only
// reference files uploaded into their own folder.
import { cloud } from './cloud'

/** Temporary URLs for many files in one round trip; files that do not exist are left out. */
export async function tempUrls(fileIds: Array<string | undefined | null>): Promise<Map<string, string>> {
  const list = [...new Set(fileIds.filter((f): f is string => Boolean(f)))]
  const out = new Map<string, string>()
  if (list.length === 0) return out
  const res = (await cloud.getTempFileURL({ fileList: list })) as { fileList: Array<{ fileID: string; tempFileURL: string; status: number }> }
  for (const f of res.fileList) if (f.status === 0 && f.tempFileURL) out.set(f.fileID, f.tempFileURL)
  return out
}

/** The storage path of a fileID: cloud://<env>.<bucket>/<path> → <path>. */
export function pathOfFileId(fileId: string): string {
  const m = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileId)
  return m ? m[1] : ''
}

/** The folder a user uploads into (mirrors what the client builds). */
export const userFolder = (kind: 'avatars' | 'works' | 'ideas' | 'competitions' | 'summaries', userId: string) => `${kind}/${userId}/`
