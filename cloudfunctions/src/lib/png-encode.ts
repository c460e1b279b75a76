// A PNG encoder for opaque RGB pictures drawn on the server (the e-certificate): each scanline filtered
// with "sub" (a flat page with text compresses well with it) and deflated by Node's zlib. pngjs's own
// encoder is used elsewhere; this one exists because its synchronous write is slow for a 1080 × 1528
// page (its row-by-row filter search and stream plumbing; seconds inside the test runner's sandbox).
// The format: https://www.w3.org/TR/png/ (IHDR colour type 2, 8-bit; filter type 1 "Sub"; CRC-32).
import zlib from 'node:zlib'

const CRC_TABLE = (() => {
  const t = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    t[n] = c >>> 0
  }
  return t
})()

function crc32(buf: Buffer): number {
  let c = 0xffffffff
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length)
  out.writeUInt32BE(data.length, 0)
  out.write(type, 4, 'latin1')
  data.copy(out, 8)
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length)
  return out
}

/** Encode an RGBA bitmap as an opaque RGB PNG (alpha dropped). */
export function encodeRgbPng(rgba: Buffer, width: number, height: number, level = 6): Buffer {
  const stride = width * 3 + 1
  const raw = Buffer.alloc(stride * height)
  for (let y = 0; y < height; y++) {
    const row = y * stride
    raw[row] = 1 // Sub: each byte minus the same channel of the pixel to its left
    let prevR = 0
    let prevG = 0
    let prevB = 0
    for (let x = 0; x < width; x++) {
      const s = (y * width + x) * 4
      const o = row + 1 + x * 3
      const r = rgba[s]
      const g = rgba[s + 1]
      const b = rgba[s + 2]
      raw[o] = (r - prevR) & 0xff
      raw[o + 1] = (g - prevG) & 0xff
      raw[o + 2] = (b - prevB) & 0xff
      prevR = r
      prevG = g
      prevB = b
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8) // 8-bit, truecolour, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
