// Pictures the certificate is made of, decoded whatever their format: the seal a city admin uploads
// (PNG or JPEG) and the mini-program code WeChat answers — a JPEG ("contentType": "image/jpeg") unless a
// transparent background is asked for (is_hyaline), so its format is read from its bytes, never assumed.
// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/qrcode-link/qr-code/getUnlimitedQRCode.html
import type { Bitmap } from '../../lib/font/raster'

/** Width and height from a PNG's IHDR or a JPEG's start-of-frame, without decoding; null: neither. */
export function imageSize(b: Buffer): { kind: 'png' | 'jpg'; width: number; height: number } | null {
  if (b.length > 24 && b.readUInt32BE(0) === 0x89504e47 && b.toString('latin1', 12, 16) === 'IHDR')
    return { kind: 'png', width: b.readUInt32BE(16), height: b.readUInt32BE(20) }
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null
  let at = 2
  while (at + 9 < b.length) {
    if (b[at] !== 0xff) return null
    const marker = b[at + 1]
    // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { kind: 'jpg', height: b.readUInt16BE(at + 5), width: b.readUInt16BE(at + 7) }
    at += 2 + b.readUInt16BE(at + 2)
  }
  return null
}

/** RGBA pixels of a PNG or JPEG (jimp's own decoders, loaded on first use); null when it is neither or broken. */
export async function decodePicture(bytes: Buffer): Promise<Bitmap | null> {
  const size = imageSize(bytes)
  if (!size) return null
  const { JimpMime, defaultFormats } = await import('jimp')
  const format = defaultFormats.map((f) => f()).find((f) => f.mime === (size.kind === 'png' ? JimpMime.png : JimpMime.jpeg))
  try {
    const d = (await format!.decode(bytes)) as unknown as Bitmap
    return { data: Buffer.from(d.data.buffer, d.data.byteOffset, d.data.byteLength), width: d.width, height: d.height }
  } catch {
    return null
  }
}
