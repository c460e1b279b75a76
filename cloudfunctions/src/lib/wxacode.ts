// Mini-program codes to keep in storage. WeChat's getUnlimited answers a JPEG on white, or a PNG when a
// transparent background (is_hyaline) is asked for, and reports "image/jpeg" for both, so the format is
// read from the bytes and the file named by it: storage serves a file with the content type its name says.
// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/qrcode-link/qr-code/getUnlimitedQRCode.html
import { cloud } from './cloud'

export interface CodePicture {
  bytes: Buffer
  /** File extension, without the dot. */
  ext: 'jpg' | 'png'
  contentType: 'image/jpeg' | 'image/png'
}

/** The format a picture's first bytes say: PNG signature or JPEG start-of-image; null: neither. */
export function pictureFormat(bytes: Buffer): Pick<CodePicture, 'ext' | 'contentType'> | null {
  if (bytes.length > 8 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.readUInt32BE(4) === 0x0d0a1a0a) return { ext: 'png', contentType: 'image/png' }
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return { ext: 'jpg', contentType: 'image/jpeg' }
  return null
}

/**
 * The code that opens `page` with `scene` (≤ 32 visible characters), on a white ground: it is shown with
 * the long-press menu (save, forward, recognise), and a transparent code would land on the black of
 * WeChat's image viewer, black modules on black. check_path off: the page need not be released yet.
 */
export async function miniProgramCode(scene: string, page: string, width: number): Promise<CodePicture> {
  const res = (await cloud.openapi.wxacode.getUnlimited({ scene, page, checkPath: false, width })) as { buffer: Buffer }
  const format = pictureFormat(res.buffer)
  if (!format) throw new Error('wxacode.getUnlimited answered neither a JPEG nor a PNG')
  return { bytes: res.buffer, ...format }
}
