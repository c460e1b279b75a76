// The stored seal: any accepted picture becomes a SEAL_PX square with transparency; a scan without
// transparency loses its white paper; a picture too large is refused from its header, before decoding.
import { Jimp, JimpMime } from 'jimp'
import { PNG } from 'pngjs'
import { SEAL_PX } from './certificate-image'
import { imageSize } from './picture'
import { normaliseSeal } from './seal'

/** A red square on white paper, no transparency (as a phone photo or a scan would be). */
function scan(width: number, height: number): { data: Buffer; width: number; height: number } {
  const data = Buffer.alloc(width * height * 4, 255)
  for (let y = height / 4; y < (3 * height) / 4; y++) for (let x = width / 4; x < (3 * width) / 4; x++) data.set([200, 16, 24, 255], (y * width + x) * 4)
  return { data, width, height }
}

const alphaAt = (png: PNG, x: number, y: number) => png.data[(y * png.width + x) * 4 + 3]

test('a JPEG scan on white paper: fitted into the square, the paper transparent, the stamp opaque', async () => {
  const jpeg = await new Jimp(scan(800, 400)).getBuffer(JimpMime.jpeg, { quality: 95 })
  expect(imageSize(jpeg)).toEqual({ kind: 'jpg', width: 800, height: 400 })
  const out = PNG.sync.read(await normaliseSeal(jpeg))
  expect([out.width, out.height]).toEqual([SEAL_PX, SEAL_PX])
  // 800 × 400 fitted to 320 × 160, centred: the bands above and below are empty, the paper is gone
  expect(alphaAt(out, SEAL_PX / 2, 10)).toBe(0)
  expect(alphaAt(out, 20, SEAL_PX / 2)).toBe(0)
  expect(alphaAt(out, SEAL_PX / 2, SEAL_PX / 2)).toBe(255)
  expect(out.data[(SEAL_PX / 2) * SEAL_PX * 4 + (SEAL_PX / 2) * 4]).toBeGreaterThan(150)
})

test('a PNG with its own transparency keeps it; a picture over 4000 px a side is refused before decoding', async () => {
  const png = new PNG({ width: 100, height: 100 })
  png.data.fill(0)
  for (let i = 0; i < 50 * 100 * 4; i += 4) png.data.set([10, 10, 10, 255], i)
  const out = PNG.sync.read(await normaliseSeal(PNG.sync.write(png)))
  expect(alphaAt(out, SEAL_PX / 2, 10)).toBe(255)
  expect(alphaAt(out, SEAL_PX / 2, SEAL_PX - 10)).toBe(0)

  const huge = Buffer.from(PNG.sync.write(new PNG({ width: 1, height: 1 })))
  huge.writeUInt32BE(5000, 16) // the header claims 5000 px wide: never decoded
  await expect(normaliseSeal(huge)).rejects.toMatchObject({ code: 'HONOUR.SEAL_TOO_LARGE' })
  await expect(normaliseSeal(Buffer.from('GIF89a'))).rejects.toMatchObject({ code: 'HONOUR.SEAL_BAD_IMAGE' })
})
