// The e-certificate image and the union's seal: the seal goes through the media check before certificates
// carry it; the worker's certificate is a real PNG with the name drawn, the seal stamped and the
// verification page's mini-program code on it; drawn once and kept, also under concurrent first views.
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { CERTIFICATE_NUMBER, VERIFY_PAGE } from '../../../../types/entities/honours'
import { runAs } from '../../../local/identity'
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { certificateFont } from '../../lib/font/source'
import { textWidth } from '../../lib/font/raster'
import { verifyCode } from './certificate'
import { CERT_SIZE, LAYOUT, QR_PX, renderCertificate, SEAL_PX } from './certificate-image'
import { decodePicture } from './picture'
import { CITY, code, ok, OTHER_WORKER, unchanged, UNIT_CHAIR, WORKER, WORKER_ID } from '../../../test/honours-harness'

let cloud: TestCloud
// Drawing a certificate takes a few tenths of a second alone, several seconds on a loaded 2-core machine.
jest.setTimeout(120_000)
const NUMBER = '2027-0001-KQMN'
const CITY_ID = 'user-demo-city-admin'
const BLUE = [0, 0, 255]

beforeEach(async () => {
  if (!cloud) cloud = await startTestCloud()
  await cloud.db.clear()
  await seedDemo(cloud.db)
  await commended(NUMBER, '王建国', 'hon-1')
})
afterAll(() => cloud.stop())

async function commended(number: string, name: string, nominationId: string, status: 'valid' | 'revoked' = 'valid') {
  const at = new Date(Date.UTC(2027, 3, 30, 2))
  await cloud.db.insertMany('honour_nominations', [
    {
      _id: nominationId,
      campaignId: 'mayday',
      unitId: 'u-jkq-jixie',
      unitPath: ['u-city', 'u-jkq', 'u-jkq-jixie'],
      unitName: '华中机械',
      nomineeUserId: WORKER_ID,
      nomineeName: name,
      job: '数控车工',
      category: '劳动模范',
      deeds: '',
      photo: null,
      consent: { kind: 'paper', at },
      status: 'commended',
      reviewUnitId: null,
      personKey: null,
      holdsPlace: true,
      reason: '',
      steps: [],
      createdBy: 'user-demo-unit-chair',
      createdAt: at,
      updatedAt: at,
    },
  ])
  await cloud.db.insertMany('certificates', [
    { _id: number, nominationId, campaignId: 'mayday', name, category: '劳动模范', issuer: '市总工会', issuedAt: at, status, revokedReason: '' },
  ])
}

/** A seal as a city admin would upload it: a blue disc on a transparent square. */
function sealPng(): Buffer {
  const png = new PNG({ width: SEAL_PX, height: SEAL_PX })
  for (let y = 0; y < SEAL_PX; y++)
    for (let x = 0; x < SEAL_PX; x++) png.data.set(Math.hypot(x - SEAL_PX / 2, y - SEAL_PX / 2) < 100 ? [...BLUE, 255] : [0, 0, 0, 0], (y * SEAL_PX + x) * 4)
  return PNG.sync.write(png)
}

async function uploadSeal(bytes = sealPng(), who = CITY, folder = CITY_ID) {
  const file = await cloud.storage.putFromClient(`honours/${folder}/seal-${Date.now()}.png`, bytes)
  return cloud.call('honours.setSeal', { file }, who)
}

async function sealInUse() {
  await ok(uploadSeal())
  await cloud.openapi.flushMediaChecks()
}

async function image(number = NUMBER): Promise<PNG> {
  const doc = cloud.db.dump().certificates.find((c) => c._id === number) as unknown as { image: string }
  return PNG.sync.read((await cloud.storage.readFile(doc.image))!)
}

const pixel = (png: { data: Buffer; width: number }, x: number, y: number) => [...png.data.subarray((y * png.width + x) * 4, (y * png.width + x) * 4 + 3)]
function darkPixels(png: PNG, x0: number, y0: number, x1: number, y1: number): number {
  let n = 0
  for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) if (pixel(png, x, y).every((c) => c < 110)) n++
  return n
}

test('the seal waits for the media check; the certificate is a PNG with the name, the seal and the verification code', async () => {
  const pending = await ok(uploadSeal())
  expect(pending).toMatchObject({ current: null, pending: { check: 'pending' } })
  expect(await code(cloud.call('honours.certificate', { number: NUMBER }, WORKER))).toBe('HONOUR.NO_SEAL')
  await cloud.openapi.flushMediaChecks()
  expect(await ok(cloud.call('honours.seal', {}, CITY))).toMatchObject({ current: { url: expect.any(String) }, pending: null })

  const view = await ok(cloud.call('honours.certificate', { number: NUMBER.toLowerCase() }, WORKER))
  expect(view).toMatchObject({
    number: NUMBER,
    name: '王建国',
    status: 'valid',
    width: CERT_SIZE.width,
    height: CERT_SIZE.height,
    imageUrl: expect.any(String),
  })
  const png = await image()
  expect([png.width, png.height]).toEqual([CERT_SIZE.width, CERT_SIZE.height])

  // the name is drawn where the layout puts it; the same band right of the salutation is empty paper
  const { x, baseline, size } = LAYOUT.name
  const nameWidth = Math.ceil(textWidth(certificateFont(), '王建国', size))
  expect(darkPixels(png, x, baseline - size, x + nameWidth, baseline + 8)).toBeGreaterThan(400)
  expect(darkPixels(png, CERT_SIZE.width - 300, baseline - size, CERT_SIZE.width - 140, baseline + 8)).toBe(0)

  // the seal is stamped like ink: its opaque disc takes the paper's red and green away (blue ink times
  // the cream paper), its transparent corner leaves the paper as it was
  const [r, g, b] = pixel(png, LAYOUT.seal.x + SEAL_PX / 2, LAYOUT.seal.y + SEAL_PX / 2)
  expect([r, g]).toEqual([0, 0])
  expect(b).toBeGreaterThan(200)
  expect(pixel(png, LAYOUT.seal.x + 4, LAYOUT.seal.y + 4).every((c) => c > 200)).toBe(true)

  // the code is the one wxacode.getUnlimited answered for this number, and it opens the verification page
  const qr = (await decodePicture(await runAs({}, () => verifyCode(NUMBER))))!
  expect(qr.width).toBe(QR_PX)
  for (const [qx, qy] of [
    [0, 0],
    [QR_PX / 2, QR_PX / 2],
    [QR_PX - 1, 37],
  ])
    expect(pixel(png, LAYOUT.qr.x + qx, LAYOUT.qr.y + qy)).toEqual(pixel(qr, qx, qy))
  const crop = new PNG({ width: QR_PX + 40, height: QR_PX + 40 })
  crop.data.fill(255)
  PNG.bitblt(png, crop, LAYOUT.qr.x, LAYOUT.qr.y, QR_PX, QR_PX, 20, 20)
  const read = jsQR(new Uint8ClampedArray(crop.data), crop.width, crop.height)
  expect(read?.data).toMatch(new RegExp(`/#/${VERIFY_PAGE}\\?scene=${NUMBER}$`))

  // 我的 shows the same picture
  const mine = await ok(cloud.call('honours.mine', {}, WORKER))
  expect(mine[0].certificate).toMatchObject({ number: NUMBER, imageUrl: expect.any(String) })
})

test('drawn once and kept: concurrent first views record one image, a later seal does not redraw it', async () => {
  await sealInUse()
  const views = await Promise.all([1, 2, 3].map(() => ok(cloud.call('honours.certificate', { number: NUMBER }, WORKER))))
  expect(views.every((v) => v.number === NUMBER)).toBe(true)
  const first = cloud.db.dump().certificates.find((c) => c._id === NUMBER) as unknown as { image: string; imageSeal: string }
  expect(first.image).toMatch(/certificates\/2027-0001-KQMN-[0-9a-f]{12}\.png$/)

  await sealInUse()
  await ok(cloud.call('honours.certificate', { number: NUMBER }, WORKER))
  expect(cloud.db.dump().certificates.find((c) => c._id === NUMBER)).toMatchObject({ image: first.image, imageSeal: first.imageSeal })
})

test('only the city admin sets the seal; only the worker sees their certificate; a revoked one is refused, verify says revoked', async () => {
  await unchanged(cloud, async () => {
    expect(await code(uploadSeal(sealPng(), UNIT_CHAIR, 'user-demo-unit-chair'))).toBe('AUTH.FORBIDDEN')
    expect(await code(uploadSeal(sealPng(), WORKER, WORKER_ID))).toBe('AUTH.FORBIDDEN')
    // a file from someone else's folder, and bytes that are no picture
    expect(await code(uploadSeal(sealPng(), CITY, WORKER_ID))).toBe('HONOUR.IMAGE_NOT_YOURS')
    expect(await code(uploadSeal(Buffer.from('<svg onload=alert(1)>'), CITY))).toBe('HONOUR.SEAL_BAD_IMAGE')
  })
  await sealInUse()
  expect(await code(cloud.call('honours.certificate', { number: NUMBER }, OTHER_WORKER))).toBe('HONOUR.NOT_YOUR_CERT')
  expect(await code(cloud.call('honours.certificate', { number: '2027-0009-ABCD' }, WORKER))).toBe('HONOUR.CERT_NOT_FOUND')
  expect(await code(cloud.call('honours.certificate', { number: 'x'.repeat(33) }, WORKER))).toBe('COMMON.VALIDATION')

  await ok(cloud.call('honours.revokeCertificate', { number: NUMBER, reason: '事迹经查不实' }, CITY))
  expect(await code(cloud.call('honours.certificate', { number: NUMBER }, WORKER))).toBe('HONOUR.CERT_REVOKED')
  expect(await ok(cloud.call('honours.verify', { number: NUMBER }, {}))).toMatchObject({ status: 'revoked', revokedReason: '事迹经查不实' })
})

test('a name the font cannot draw is refused clearly, nothing drawn', async () => {
  await sealInUse()
  await commended('2027-0002-KQMP', '𠀀明', 'hon-2')
  expect(await code(cloud.call('honours.certificate', { number: '2027-0002-KQMP' }, WORKER))).toBe('HONOUR.CERT_CHARS')
  expect(cloud.db.dump().certificates.find((c) => c._id === '2027-0002-KQMP')).not.toHaveProperty('image')
})

test('WeChat answers the code as a JPEG: it is decoded from its bytes and still scans on the certificate', async () => {
  const jpeg = await runAs({}, () => verifyCode(NUMBER))
  expect([...jpeg.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff])
  const [qr, seal] = await Promise.all([decodePicture(jpeg), decodePicture(sealPng())])
  const page = PNG.sync.read(
    renderCertificate(certificateFont(), { number: NUMBER, name: '王建国', category: '劳动模范', issuer: '市总工会', issuedAt: Date.now() }, qr!, seal!),
  )
  const crop = new PNG({ width: QR_PX + 40, height: QR_PX + 40 })
  crop.data.fill(255)
  PNG.bitblt(page, crop, LAYOUT.qr.x, LAYOUT.qr.y, QR_PX, QR_PX, 20, 20)
  expect(jsQR(new Uint8ClampedArray(crop.data), crop.width, crop.height)?.data).toMatch(new RegExp(`scene=${NUMBER}$`))
})

test('the scene is the number: within the 32 characters getUnlimited takes, which the local cloud enforces', async () => {
  // Every number the contract accepts is 14 characters of the scene's alphabet.
  expect(CERTIFICATE_NUMBER.test(NUMBER) && NUMBER.length <= 32).toBe(true)
  const long = '2027-0001-KQMN'.repeat(3)
  await expect(runAs({}, () => verifyCode(long))).rejects.toMatchObject({ errCode: 40169 })
  await expect(runAs({}, () => verifyCode(NUMBER))).resolves.toBeInstanceOf(Buffer)
})
