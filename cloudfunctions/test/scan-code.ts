// Reads a mini-program code the way a phone would: whatever its format (WeChat answers a JPEG, or a PNG
// when a transparent background is asked for), decoded by the format its bytes say, then scanned.
import jsQR from 'jsqr'

export interface ScannedCode {
  kind: 'png' | 'jpg'
  /** What the QR code says; null when it does not scan. */
  text: string | null
  width: number
  height: number
  /** RGBA pixels. */
  data: Buffer
}

export const isJpeg = (b: Buffer): boolean => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff
export const isPng = (b: Buffer): boolean => b.length > 8 && b.readUInt32BE(0) === 0x89504e47

export async function scanCode(bytes: Buffer): Promise<ScannedCode> {
  const kind = isPng(bytes) ? 'png' : isJpeg(bytes) ? 'jpg' : null
  if (!kind) throw new Error('neither a PNG nor a JPEG')
  // jimp's own decoders, picked by the sniffed type (Jimp.read sniffs with a dynamic import jest refuses).
  const { JimpMime, defaultFormats } = await import('jimp')
  const format = defaultFormats.map((f) => f()).find((f) => f.mime === (kind === 'png' ? JimpMime.png : JimpMime.jpeg))
  const d = (await format!.decode(bytes)) as unknown as { data: Uint8Array; width: number; height: number }
  const data = Buffer.from(d.data.buffer, d.data.byteOffset, d.data.byteLength)
  const qr = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), d.width, d.height)
  return { kind, text: qr ? qr.data : null, width: d.width, height: d.height, data }
}
