// Uploads a file the person picked into cloud storage and answers its fileID. The path is
// `<kind>/<userId>/<timestamp>.<ext>`: the server only accepts files from the caller's own folder.
// weapp: wx.cloud.uploadFile. H5 (local only): the picked file's bytes POSTed to the local server's
// /api/_upload, which stores them the way the cloud would.
import Taro from '@tarojs/taro'
import { ERROR_MESSAGES, type Result } from '@contract/errors'

export type UploadKind = 'avatars' | 'ideas' | 'competitions'

const EXTENSIONS: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp' }

const failed = (): Result<never> => ({ ok: false, error: { code: 'COMMON.NETWORK', message: ERROR_MESSAGES['COMMON.NETWORK'] } })

/** The extension from a path such as `wxfile://tmp_abc.jpeg` or `http://tmp/abc.png`; jpg when unknown. */
export function extensionOf(path: string): string {
  const m = /\.([A-Za-z0-9]{2,5})(?:\?.*)?$/.exec(path)
  const ext = m ? m[1].toLowerCase() : 'jpg'
  return ext === 'jpeg' ? 'jpg' : ext
}

export const cloudPathFor = (kind: UploadKind, userId: string, ext: string, now = Date.now()) => `${kind}/${userId}/${now}.${ext}`

/** H5 (local): one file's bytes POSTed to the local server with upload progress; abortable. */
export function uploadWithProgress(cloudPath: string, blob: Blob, onProgress: (p: number) => void): { done: Promise<string>; abort: () => void } {
  const xhr = new XMLHttpRequest()
  const done = new Promise<string>((resolve, reject) => {
    xhr.open('POST', `/api/_upload?cloudPath=${encodeURIComponent(cloudPath)}`)
    xhr.setRequestHeader('Content-Type', blob.type || 'application/octet-stream')
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress((e.loaded / e.total) * 100)
    }
    xhr.onload = () => {
      try {
        const body = JSON.parse(xhr.responseText) as { fileID?: string }
        if (xhr.status === 200 && body.fileID) resolve(body.fileID)
        else reject(new Error(`upload failed: ${xhr.status}`))
      } catch (e) {
        reject(e)
      }
    }
    xhr.onerror = () => reject(new Error('network'))
    xhr.onabort = () => reject(new Error('aborted'))
    xhr.send(blob)
  })
  return { done, abort: () => xhr.abort() }
}

async function viaHttp(kind: UploadKind, userId: string, localPath: string): Promise<Result<{ fileID: string }>> {
  const blob = await (await fetch(localPath)).blob()
  const fileID = await uploadWithProgress(cloudPathFor(kind, userId, EXTENSIONS[blob.type] ?? extensionOf(localPath)), blob, () => undefined).done
  return { ok: true, data: { fileID } }
}

async function viaWxCloud(kind: UploadKind, userId: string, localPath: string): Promise<Result<{ fileID: string }>> {
  const res = await Taro.cloud.uploadFile({ cloudPath: cloudPathFor(kind, userId, extensionOf(localPath)), filePath: localPath })
  return res.fileID ? { ok: true, data: { fileID: res.fileID } } : failed()
}

export async function uploadFile(kind: UploadKind, userId: string, localPath: string): Promise<Result<{ fileID: string }>> {
  try {
    return process.env.TARO_ENV === 'h5' ? await viaHttp(kind, userId, localPath) : await viaWxCloud(kind, userId, localPath)
  } catch {
    return failed()
  }
}
