// A notice's attachments on the client: picking files (weapp: from a WeChat chat, the way staff
// receive documents; H5: the browser's file input), the size check before uploading (the server
// measures again), and opening one (documents in WeChat's viewer, images in the previewer).
import Taro from '@tarojs/taro'
import { NOTICE_LIMITS } from '@contract/limits/notices'

export interface PickedFile {
  /** A local path (weapp temp file, H5 object URL) for uploading. */
  path: string
  name: string
  size: number
}

/** Files over the cap, by name: the picker cannot filter by size, so they are left out before uploading. */
export function splitBySize(files: PickedFile[]): { fits: PickedFile[]; tooLarge: string[] } {
  const fits = files.filter((f) => f.size <= NOTICE_LIMITS.attachmentMaxBytes)
  return { fits, tooLarge: files.filter((f) => f.size > NOTICE_LIMITS.attachmentMaxBytes).map((f) => f.name) }
}

/** The browser's file chooser, through a file input (H5 has no chooseMessageFile). */
function pickInBrowser(count: number): Promise<PickedFile[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = count > 1
    input.id = 'notice-file-input'
    input.style.display = 'none'
    input.onchange = () => {
      const files = Array.from(input.files ?? []).slice(0, count)
      input.remove()
      resolve(files.map((f) => ({ path: URL.createObjectURL(f), name: f.name, size: f.size })))
    }
    document.body.appendChild(input)
    input.click()
  })
}

/**
 * Up to `count` files. wx.chooseMessageFile picks from a chat (0–100 files; each reports `size` in bytes
 * and `name`): https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.chooseMessageFile.html
 */
export async function pickFiles(count: number): Promise<PickedFile[]> {
  if (count <= 0) return []
  if (process.env.TARO_ENV === 'h5') return pickInBrowser(count)
  try {
    const res = await Taro.chooseMessageFile({ count, type: 'all' })
    return res.tempFiles.map((f) => ({ path: f.path, name: f.name, size: f.size }))
  } catch {
    return [] // cancelled
  }
}

const IMAGE = /\.(jpe?g|png|gif|webp)$/i
/** The file types wx.openDocument shows: https://developers.weixin.qq.com/miniprogram/dev/api/file/wx.openDocument.html */
const DOCUMENT = /\.(docx?|xlsx?|pptx?|pdf)$/i

export type AttachmentKind = 'image' | 'document' | 'other'
export const attachmentKind = (name: string): AttachmentKind => (IMAGE.test(name) ? 'image' : DOCUMENT.test(name) ? 'document' : 'other')

/** Opens an attachment from its temporary link. False when it could not be opened. */
export async function openAttachment(a: { name: string; url: string | null }): Promise<boolean> {
  if (!a.url) return false
  const kind = attachmentKind(a.name)
  if (kind === 'image') {
    await Taro.previewImage({ urls: [a.url], current: a.url })
    return true
  }
  if (process.env.TARO_ENV === 'h5') {
    window.open(a.url, '_blank')
    return true
  }
  if (kind !== 'document') return false
  try {
    const { tempFilePath } = await Taro.downloadFile({ url: a.url })
    await Taro.openDocument({ filePath: tempFilePath, showMenu: true })
    return true
  } catch {
    return false
  }
}
