// Picking an .xlsx and putting it into the caller's import folder (`imports/<userId>/`, the only
// place org.previewImport reads from). weapp: a file from a chat (wx.chooseMessageFile), uploaded with
// wx.cloud.uploadFile. H5 (local only): the browser's file picker, POSTed to the local server.
// https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.chooseMessageFile.html
import Taro from '@tarojs/taro'
import { IMPORT_MAX_BYTES } from '@contract/actions/setup'
import { ERROR_MESSAGES, type Result } from '@contract/errors'

const failed = (code: 'COMMON.NETWORK' | 'IMPORT.BAD_FILE' = 'COMMON.NETWORK'): Result<never> => ({ ok: false, error: { code, message: ERROR_MESSAGES[code] } })

export const importPath = (userId: string, now = Date.now()) => `imports/${userId}/${now}.xlsx`

function pickInBrowser(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    input.id = 'import-file-input'
    input.style.display = 'none'
    input.onchange = () => {
      resolve(input.files?.[0] ?? null)
      input.remove()
    }
    document.body.appendChild(input)
    input.click()
  })
}

/** Answers the uploaded file's fileID, or null when the person picked nothing. */
export async function pickAndUploadSheet(userId: string): Promise<Result<{ fileID: string; name: string } | null>> {
  try {
    if (process.env.TARO_ENV === 'h5') {
      const file = await pickInBrowser()
      if (!file) return { ok: true, data: null }
      if (!/\.xlsx$/i.test(file.name) || file.size > IMPORT_MAX_BYTES) return failed('IMPORT.BAD_FILE')
      const res = await fetch(`/api/_upload?cloudPath=${encodeURIComponent(importPath(userId))}`, { method: 'POST', credentials: 'same-origin', body: file })
      const body = (await res.json()) as { fileID?: string }
      return res.ok && body.fileID ? { ok: true, data: { fileID: body.fileID, name: file.name } } : failed()
    }
    const picked = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ['xlsx'] }).catch(() => null)
    const file = picked?.tempFiles[0]
    if (!file) return { ok: true, data: null }
    if (file.size > IMPORT_MAX_BYTES) return failed('IMPORT.BAD_FILE')
    const up = await Taro.cloud.uploadFile({ cloudPath: importPath(userId), filePath: file.path })
    return up.fileID ? { ok: true, data: { fileID: up.fileID, name: file.name } } : failed()
  } catch {
    return failed()
  }
}
