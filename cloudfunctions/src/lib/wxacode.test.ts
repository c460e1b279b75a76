// The stored code is named by what WeChat answered: a JPEG by default (the local cloud answers like the
// real one), a PNG when a transparent one is asked for, and anything else is refused rather than stored.
import { PNG } from 'pngjs'
import { startTestCloud, type TestCloud } from '../../local/testing'
import { runAs } from '../../local/identity'
import { cloud as sdk } from './cloud'
import { miniProgramCode, pictureFormat } from './wxacode'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(async () => {
  await cloud.stop()
})

test('the default code is a JPEG, named .jpg', async () => {
  const code = await runAs({}, () => miniProgramCode('ABCD2345', 'pages/join/index', 430))
  expect([code.ext, code.contentType]).toEqual(['jpg', 'image/jpeg'])
  expect(pictureFormat(code.bytes)).toEqual({ ext: 'jpg', contentType: 'image/jpeg' })
})

test('a transparent code is a PNG though WeChat calls it image/jpeg; other bytes are no picture', async () => {
  const res = (await runAs({}, () => sdk.openapi.wxacode.getUnlimited({ scene: 'ABCD2345', isHyaline: true, checkPath: false }))) as {
    buffer: Buffer
    contentType: string
  }
  expect(res.contentType).toBe('image/jpeg')
  expect(pictureFormat(res.buffer)).toEqual({ ext: 'png', contentType: 'image/png' })
  expect(pictureFormat(PNG.sync.write(new PNG({ width: 1, height: 1 })))).toEqual({ ext: 'png', contentType: 'image/png' })
  expect(pictureFormat(Buffer.from('{"errcode":0}'))).toBeNull()
  expect(pictureFormat(Buffer.alloc(0))).toBeNull()
})
