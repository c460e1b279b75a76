// wxacode.getUnlimited through the real wx-server-sdk: a real picture whose QR code opens the local H5 page,
// in WeChat's format: a JPEG unless is_hyaline asks for a transparent background (then a PNG), reported as
// image/jpeg either way.
import { PNG } from 'pngjs'
import { isJpeg, isPng, scanCode as decode } from '../../test/scan-code'
import { rejection, setupOpenApi, type OpenApiFixture } from './test-support'

let f: OpenApiFixture
beforeAll(() => {
  f = setupOpenApi()
})
afterAll(() => f.cleanup())

const getUnlimited = (extra: Record<string, unknown>) => f.cloud.openapi.wxacode.getUnlimited({ scene: 'w=8f3a2c', ...extra })

test('answers a JPEG on white (reported as image/jpeg) whose QR code opens the page with the scene', async () => {
  const res = await getUnlimited({ page: 'pages/works/detail' })
  expect(res.errCode).toBe(0)
  expect(res.errMsg).toBe('openapi.wxacode.getUnlimited:ok')
  expect(res.contentType).toBe('image/jpeg')
  expect(Buffer.isBuffer(res.buffer)).toBe(true)
  expect(isJpeg(res.buffer)).toBe(true)
  const qr = await decode(res.buffer)
  expect(qr.text).toBe('http://127.0.0.1:8787/#/pages/works/detail?scene=w%3D8f3a2c')
  // the default width is 430 px
  expect([qr.width, qr.height]).toEqual([430, 430])
  // opaque: every pixel's alpha is 255, the corner is white
  expect(qr.data.filter((_v, i) => i % 4 === 3).every((a) => a === 255)).toBe(true)
  expect([...qr.data.subarray(0, 3)].every((c) => c > 245)).toBe(true)
})

test('is_hyaline: a PNG with a transparent background, still reported as image/jpeg', async () => {
  const res = await getUnlimited({ page: 'pages/works/detail', isHyaline: true })
  expect(res.contentType).toBe('image/jpeg')
  expect(isPng(res.buffer)).toBe(true)
  const png = PNG.sync.read(res.buffer)
  expect(png.data[3]).toBe(0)
  expect((await decode(res.buffer)).text).toBe('http://127.0.0.1:8787/#/pages/works/detail?scene=w%3D8f3a2c')
  // is_hyaline false is the default: a JPEG
  expect(isJpeg((await getUnlimited({ isHyaline: false })).buffer)).toBe(true)
})

test('every allowed scene character survives the round trip (the page decodes query.scene)', async () => {
  const scene = "a!#$&'()*+,/:;=?@-._~Z9"
  const qr = await decode((await getUnlimited({ scene, page: 'pages/index/index' })).buffer)
  const url = new URL(qr.text!.replace('/#/', '/'))
  expect(url.pathname).toBe('/pages/index/index')
  expect(url.searchParams.get('scene')).toBe(scene)
})

test('no page: the home page', async () => {
  const qr = await decode((await getUnlimited({})).buffer)
  expect(qr.text).toBe('http://127.0.0.1:8787/#/pages/index/index?scene=w%3D8f3a2c')
})

test('width is kept within 280–1280 px', async () => {
  expect((await decode((await getUnlimited({ width: 280 })).buffer)).width).toBe(280)
  expect((await decode((await getUnlimited({ width: 100 })).buffer)).width).toBe(280)
  const widest = await decode((await getUnlimited({ width: 5000 })).buffer)
  expect(widest.width).toBe(1280)
  expect(widest.text).toBe('http://127.0.0.1:8787/#/pages/index/index?scene=w%3D8f3a2c')
})

test('line_color and is_hyaline are drawn', async () => {
  const { data, text } = await decode((await getUnlimited({ lineColor: { r: 200, g: 22, b: 29 }, isHyaline: true })).buffer)
  expect(text).not.toBeNull()
  const colors = new Set<string>()
  for (let i = 0; i < data.length; i += 4) colors.add(`${data[i]},${data[i + 1]},${data[i + 2]},${data[i + 3]}`)
  expect(colors.has('200,22,29,255')).toBe(true)
  expect([...colors].some((c) => c.endsWith(',0'))).toBe(true)
})

test('check_path false allows a page that does not exist (yet)', async () => {
  const qr = await decode((await getUnlimited({ page: 'pages/coming-soon/index', checkPath: false })).buffer)
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
  expect((await decode((await getUnlimited({ scene })).buffer)).text).toBe(`http://127.0.0.1:8787/#/pages/index/index?scene=${scene}`)
})
