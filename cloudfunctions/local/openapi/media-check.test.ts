// security.mediaCheckAsync through the real wx-server-sdk: answered at once, reported later by message push.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { PNG } from 'pngjs'
import { LOCAL_APPID, LOCAL_ENV } from '../identity'
import { installStorage } from '../storage'
import { DEFAULT_PUSH_SETTINGS } from './media-check'
import { rejection, setupOpenApi, type OpenApiFixture } from './test-support'

const DELAY_MS = 300

function pngBytes(seed: number): Buffer {
  const png = new PNG({ width: 4, height: 4 })
  png.data.fill(seed)
  return PNG.sync.write(png)
}

// Media served by a fake origin; the storage-backed case below goes through real temp URLs.
const media = new Map<string, Buffer>()
let f: OpenApiFixture
let storageDir: string

beforeAll(() => {
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-media-storage-'))
  const storage = installStorage({ dir: storageDir, envId: LOCAL_ENV, baseUrl: () => 'http://127.0.0.1:8787' })
  f = setupOpenApi({
    mediaCheckDelayMs: DELAY_MS,
    fetchMedia: async (url) => {
      const local = storage.resolveTempUrl(new URL(url).pathname + new URL(url).search)
      if (local) return fs.readFileSync(local.filePath)
      return media.get(url) ?? null
    },
  })
})

afterAll(async () => {
  await f.api.flushMediaChecks()
  f.cleanup()
  fs.rmSync(storageDir, { recursive: true, force: true })
})

beforeEach(() => {
  f.pushed.length = 0
  f.pushedAs.length = 0
  f.api.mediaPush(DEFAULT_PUSH_SETTINGS)
})

const submit = (mediaUrl: string, extra: Record<string, unknown> = {}) =>
  f.cloud.openapi.security.mediaCheckAsync({ mediaUrl, mediaType: 2, version: 2, openid: 'oWorker0001', scene: 3, ...extra })

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

test('answers a trace_id at once and pushes the result after the delay, not before', async () => {
  media.set('https://img.example/a.png', pngBytes(1))
  const started = Date.now()
  const res = await submit('https://img.example/a.png')
  expect(res).toEqual({ traceId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$/), errCode: 0, errMsg: 'openapi.security.mediaCheckAsync:ok' })
  await sleep(DELAY_MS / 3)
  expect(f.pushed).toHaveLength(0)
  while (f.pushed.length === 0 && Date.now() - started < DELAY_MS * 10) await sleep(20)
  expect(Date.now() - started).toBeGreaterThanOrEqual(DELAY_MS - 5)
  expect(f.pushed).toHaveLength(1)
  expect(f.pushed[0]).toEqual({
    ToUserName: expect.stringMatching(/^gh_[0-9a-f]{12}$/),
    FromUserName: 'oWorker0001',
    CreateTime: expect.any(Number),
    MsgType: 'event',
    Event: 'wxa_media_check',
    appid: LOCAL_APPID,
    trace_id: res.traceId,
    version: 2,
    detail: [{ strategy: 'content_model', errcode: 0, suggest: 'pass', label: 100, prob: 100 }],
    errcode: 0,
    errmsg: 'ok',
    result: { suggest: 'pass', label: 100 },
  })
})

test('flushMediaChecks delivers everything pending now, each matched by its trace_id', async () => {
  media.set('https://img.example/b.png', pngBytes(2))
  media.set('https://img.example/c.jpg', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64)]))
  const b = await submit('https://img.example/b.png')
  const c = await submit('https://img.example/c.jpg')
  expect(f.pushed).toHaveLength(0)
  await f.api.flushMediaChecks()
  expect(f.pushed.map((e) => e.trace_id).sort()).toEqual([b.traceId, c.traceId].sort())
  expect(f.pushed.every((e) => (e.result as { suggest: string }).suggest === 'pass')).toBe(true)
  await f.api.flushMediaChecks()
  expect(f.pushed).toHaveLength(2)
})

test('an image on the blocklist is risky, and the blocklist survives a restart', async () => {
  const bytes = pngBytes(3)
  media.set('https://img.example/blocked.png', bytes)
  f.api.blockMediaHash(crypto.createHash('sha256').update(bytes).digest('hex'))
  await submit('https://img.example/blocked.png')
  await f.api.flushMediaChecks()
  expect(f.pushed[0]).toMatchObject({ result: { suggest: 'risky', label: 21000 }, detail: [{ errcode: 0, suggest: 'risky' }] })

  const restarted = f.reinstall()
  await submit('https://img.example/blocked.png')
  await restarted.flushMediaChecks()
  expect(f.pushed[1]).toMatchObject({ result: { suggest: 'risky' } })
  f.api = restarted
})

test('a pending check survives a restart of the local server', async () => {
  media.set('https://img.example/pending.png', pngBytes(4))
  const res = await submit('https://img.example/pending.png')
  const restarted = f.reinstall()
  f.api = restarted
  await restarted.flushMediaChecks()
  expect(f.pushed.map((e) => e.trace_id)).toEqual([res.traceId])
})

test.each([
  ['not an image', 40005, 'risky', Buffer.from('<html>not an image</html>')],
  ['over 10 MB', 40009, 'risky', Buffer.concat([pngBytes(5), Buffer.alloc(10 * 1024 * 1024)])],
  ['unreachable', -1008, 'review', null],
])('%s → detail errcode %i, %s', async (_name, errcode, suggest, bytes) => {
  const url = `https://img.example/${crypto.randomUUID()}`
  if (bytes) media.set(url, bytes)
  await submit(url)
  await f.api.flushMediaChecks()
  expect(f.pushed[0]).toMatchObject({ errcode: 0, result: { suggest }, detail: [{ strategy: 'content_model', errcode, suggest }] })
})

test('a file in local storage is checked through its temp URL', async () => {
  const up = await f.cloud.uploadFile({ cloudPath: 'works/photo.png', fileContent: pngBytes(6) })
  const [{ tempFileURL }] = (await f.cloud.getTempFileURL({ fileList: [up.fileID] })).fileList
  await submit(tempFileURL)
  await f.api.flushMediaChecks()
  expect(f.pushed[0]).toMatchObject({ result: { suggest: 'pass' } })
})

test('audio (media_type 1) is checked by its container', async () => {
  media.set('https://audio.example/a.mp3', Buffer.concat([Buffer.from('ID3'), Buffer.alloc(32)]))
  media.set('https://audio.example/b.png', pngBytes(7))
  await submit('https://audio.example/a.mp3', { mediaType: 1 })
  await submit('https://audio.example/b.png', { mediaType: 1 })
  await f.api.flushMediaChecks()
  const bySuggest = Object.fromEntries(f.pushed.map((e) => [(e.detail as Array<{ errcode: number }>)[0].errcode, (e.result as { suggest: string }).suggest]))
  expect(bySuggest).toEqual({ 0: 'pass', 40005: 'risky' })
})

test('version 1 pushes the 1.0 shape (isrisky, status_code)', async () => {
  const res = await f.cloud.openapi.security.mediaCheckAsync({ mediaUrl: 'https://img.example/gone.png', mediaType: 2 })
  await f.api.flushMediaChecks()
  expect(f.pushed[0]).toMatchObject({ Event: 'wxa_media_check', trace_id: res.traceId, isrisky: 0, status_code: 4294966288, appid: LOCAL_APPID })
  expect(f.pushed[0]).not.toHaveProperty('version')
})

test.each([
  [{ openid: '' }, 40003],
  [{ scene: 9 }, 40129],
  [{ mediaType: 3 }, 47001],
  [{ mediaUrl: '' }, 44002],
  [{ mediaUrl: 'ftp://x/y.png' }, 47001],
  [{ version: 1 }, 47001],
])('invalid request %j → errcode %i, nothing is pushed', async (override, errCode) => {
  const err = await rejection(submit('https://img.example/a.png', override))
  expect(err.errCode).toBe(errCode)
  await f.api.flushMediaChecks()
  expect(f.pushed).toHaveLength(0)
})

test('blockMediaHash refuses what is not a sha256 digest', () => {
  expect(() => f.api.blockMediaHash('abc')).toThrow(/sha256/)
})

describe('pushes as WeChat delivers them', () => {
  test("the push invocation runs as the push's FromUserName (an OPENID is set), with ToUserName and CreateTime", async () => {
    media.set('https://img.example/id.png', pngBytes(11))
    const res = await submit('https://img.example/id.png')
    await f.api.flushMediaChecks()
    expect(f.pushedAs).toEqual([{ OPENID: 'oWorker0001' }])
    expect(f.pushed[0]).toMatchObject({
      FromUserName: 'oWorker0001',
      ToUserName: expect.stringMatching(/^gh_/),
      CreateTime: expect.any(Number),
      trace_id: res.traceId,
    })
  })

  test('label as a string, when the settings say so', async () => {
    f.api.mediaPush({ label: 'string' })
    media.set('https://img.example/str.png', pngBytes(12))
    await submit('https://img.example/str.png')
    await f.api.flushMediaChecks()
    expect(f.pushed[0]).toMatchObject({ result: { suggest: 'pass', label: '100' }, detail: [{ label: '100' }] })
  })

  test('the 1.0 shape for a version 2 request, when the settings say so', async () => {
    f.api.mediaPush({ shape: 1 })
    media.set('https://img.example/old.png', pngBytes(13))
    const bytes = pngBytes(14)
    media.set('https://img.example/old-bad.png', bytes)
    f.api.blockMediaHash(crypto.createHash('sha256').update(bytes).digest('hex'))
    const a = await submit('https://img.example/old.png')
    const b = await submit('https://img.example/old-bad.png')
    await f.api.flushMediaChecks()
    const byTrace = new Map(f.pushed.map((e) => [e.trace_id, e]))
    expect(byTrace.get(a.traceId)).toMatchObject({ isrisky: 0, status_code: 0, FromUserName: 'oWorker0001', Event: 'wxa_media_check' })
    expect(byTrace.get(b.traceId)).toMatchObject({ isrisky: 1, status_code: 0 })
    for (const e of f.pushed) expect(e).not.toHaveProperty('result')
  })

  test('the same push delivered several times, one after another', async () => {
    f.api.mediaPush({ deliveries: 3 })
    media.set('https://img.example/rep.png', pngBytes(15))
    const res = await submit('https://img.example/rep.png')
    await f.api.flushMediaChecks()
    expect(f.pushed).toHaveLength(3)
    expect(new Set(f.pushed.map((e) => JSON.stringify(e))).size).toBe(1)
    expect(f.pushed[0].trace_id).toBe(res.traceId)
    expect(() => f.api.mediaPush({ deliveries: 0 })).toThrow(/deliveries/)
  })

  test('pushes that never come: the check is answered, nothing is pushed, and nothing is left pending', async () => {
    f.api.mediaPush({ drop: true })
    media.set('https://img.example/lost.png', pngBytes(16))
    const res = await submit('https://img.example/lost.png')
    expect(res.traceId).toEqual(expect.any(String))
    await f.api.flushMediaChecks()
    f.api.mediaPush({ drop: false })
    await f.api.flushMediaChecks()
    expect(f.pushed).toHaveLength(0)
  })
})
