// wxacode.getUnlimited through the real wx-server-sdk: a real PNG whose QR code opens the local H5 page.
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { rejection, setupOpenApi, type OpenApiFixture } from './test-support'

let f: OpenApiFixture
beforeAll(() => {
  f = setupOpenApi()
})
afterAll(() => f.cleanup())

function decode(buffer: Buffer): { text: string | null; width: number; height: number; png: PNG } {
  const png = PNG.sync.read(buffer)
  const qr = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)
  return { text: qr ? qr.data : null, width: png.width, height: png.height, png }
}

const getUnlimited = (extra: Record<string, unknown>) => f.cloud.openapi.wxacode.getUnlimited({ scene: 'w=8f3a2c', ...extra })

test('answers a PNG whose QR code opens the page with the scene', async () => {
  const res = await getUnlimited({ page: 'pages/works/detail' })
  expect(res.errCode).toBe(0)
  expect(res.errMsg).toBe('openapi.wxacode.getUnlimited:ok')
  expect(res.contentType).toBe('image/png')
  expect(Buffer.isBuffer(res.buffer)).toBe(true)
  const qr = decode(res.buffer)
  expect(qr.text).toBe('http://127.0.0.1:8787/#/pages/works/detail?scene=w%3D8f3a2c')
  // the default width is 430 px
  expect([qr.width, qr.height]).toEqual([430, 430])
})

test('every allowed scene character survives the round trip (the page decodes query.scene)', async () => {
  const scene = "a!#$&'()*+,/:;=?@-._~Z9"
  const qr = decode((await getUnlimited({ scene, page: 'pages/index/index' })).buffer)
  const url = new URL(qr.text!.replace('/#/', '/'))
  expect(url.pathname).toBe('/pages/index/index')
  expect(url.searchParams.get('scene')).toBe(scene)
})

test('no page: the home page', async () => {
  const qr = decode((await getUnlimited({})).buffer)
  expect(qr.text).toBe('http://127.0.0.1:8787/#/pages/index/index?scene=w%3D8f3a2c')
})

test('width is kept within 280–1280 px', async () => {
  expect(decode((await getUnlimited({ width: 280 })).buffer).width).toBe(280)
  expect(decode((await getUnlimited({ width: 100 })).buffer).width).toBe(280)
  expect(decode((await getUnlimited({ width: 5000 })).buffer).width).toBe(1280)
})

test('line_color and is_hyaline are drawn', async () => {
  const { png, text } = decode((await getUnlimited({ lineColor: { r: 200, g: 22, b: 29 }, isHyaline: true })).buffer)
  expect(text).not.toBeNull()
  const colors = new Set<string>()
  for (let i = 0; i < png.data.length; i += 4) colors.add(`${png.data[i]},${png.data[i + 1]},${png.data[i + 2]},${png.data[i + 3]}`)
  expect(colors.has('200,22,29,255')).toBe(true)
  expect([...colors].some((c) => c.endsWith(',0'))).toBe(true)
})

test('check_path false allows a page that does not exist (yet)', async () => {
  const qr = decode((await getUnlimited({ page: 'pages/coming-soon/index', checkPath: false })).buffer)
  expect(qr.text).toBe('http://127.0.0.1:8787/#/pages/coming-soon/index?scene=w%3D8f3a2c')
})

test.each([
  [{ scene: 'x'.repeat(33) }, 40169],
  [{ scene: '' }, 40169],
  [{ scene: undefined }, 40169],
  [{ scene: 'a%20b' }, 40169],
  [{ scene: '职工' }, 40169],
  [{ scene: 'a b' }, 40169],
  [{ page: '/pages/index/index' }, 41030],
  [{ page: 'pages/index/index?id=1' }, 41030],
  [{ page: 'pages/nowhere/index' }, 41030],
  [{ envVersion: 'beta' }, 40097],
  [{ width: 'wide' }, 40097],
  [{ lineColor: { r: 300, g: 0, b: 0 } }, 40097],
])('%j → errcode %i', async (override, errCode) => {
  const err = await rejection(getUnlimited(override))
  expect(err.errCode).toBe(errCode)
  expect(err.errMsg).toMatch(/^openapi\.wxacode\.getUnlimited:fail .+ rid: /)
})

test('32 visible characters are the most a scene may have', async () => {
  const scene = 'x'.repeat(32)
  expect(decode((await getUnlimited({ scene })).buffer).text).toBe(`http://127.0.0.1:8787/#/pages/index/index?scene=${scene}`)
})
