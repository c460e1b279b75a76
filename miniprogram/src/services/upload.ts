// Uploads a file the person picked into cloud storage and answers its fileID. The path is
// `<kind>/<userId>/<timestamp>.<ext>`: the server only accepts files from the caller's own folder.
// weapp: wx.cloud.uploadFile. H5 (local only): the picked file's bytes POSTed to the local server's
// /api/_upload, which stores them the way the cloud would.
import Taro from '@tarojs/taro'
import { ERROR_MESSAGES, type Result } from '@contract/errors'

export type UploadKind = 'avatars' | 'ideas' | 'competitions' | 'notices'

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp' }

const failed = (): Result<never> => ({ ok: false, error: { code: 'COMMON.NETWORK', message: ERROR_MESSAGES['COMMON.NETWORK'] } })

/** The extension from a path such as `wxfile://tmp_abc.jpeg` or `http://tmp/abc.png`; jpg when unknown. */
export function extensionOf(path: string, fallback = 'jpg'): string {
  const m = /\.([A-Za-z0-9]{2,5})(?:\?.*)?$/.exec(path)
  const ext = m ? m[1].toLowerCase() : fallback
  return ext === 'jpeg' ? 'jpg' : ext
}

export const cloudPathFor = (kind: UploadKind, userId: string, ext: string, now = Date.now()) => `${kind}/${userId}/${now}.${ext}`

async function viaHttp(kind: UploadKind, userId: string, localPath: string, name?: string): Promise<Result<{ fileID: string }>> {
  const picked = await fetch(localPath)
  const blob = await picked.blob()
  const cloudPath = cloudPathFor(kind, userId, name ? extensionOf(name, 'bin') : (EXTENSIONS[blob.type] ?? extensionOf(localPath)))
  const res = await fetch(`/api/_upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': blob.type || 'application/octet-stream' },
    body: blob,
  })
  const body = (await res.json()) as { fileID?: string }
  return res.ok && body.fileID ? { ok: true, data: { fileID: body.fileID } } : failed()
}

async function viaWxCloud(kind: UploadKind, userId: string, localPath: string, name?: string): Promise<Result<{ fileID: string }>> {
  const cloudPath = cloudPathFor(kind, userId, extensionOf(name ?? localPath, name ? 'bin' : 'jpg'))
  const res = await Taro.cloud.uploadFile({ cloudPath, filePath: localPath })
  return res.fileID ? { ok: true, data: { fileID: res.fileID } } : failed()
}

/** `name`: the picked file's own name (documents), whose extension the stored file keeps; the path stays ASCII. */
export async function uploadFile(kind: UploadKind, userId: string, localPath: string, name?: string): Promise<Result<{ fileID: string }>> {
  try {
    return process.env.TARO_ENV === 'h5' ? await viaHttp(kind, userId, localPath, name) : await viaWxCloud(kind, userId, localPath, name)
  } catch {
    return failed()
  }
}
