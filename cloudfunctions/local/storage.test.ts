// Cloud storage through the real wx-server-sdk on the local transport.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LOCAL_ENV } from './identity'
import { setRoundTripLatency, withCounts } from './metrics'
import { installStorage, type LocalStorage } from './storage'

// eslint-disable-next-line import/no-commonjs, @typescript-eslint/no-var-requires -- untyped on purpose: these tests send arguments the SDK's typings reject, and its typings declare the callback-style results as void
const cloud = require('wx-server-sdk')

let dir: string
let storage: LocalStorage
let base = 'http://127.0.0.1:8787'

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-storage-'))
  storage = installStorage({ dir, envId: LOCAL_ENV, baseUrl: () => base })
  cloud.init({ env: LOCAL_ENV })
})

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

function pathAndQuery(url: string): string {
  const u = new URL(url)
  return u.pathname + u.search
}

describe('uploadFile / downloadFile', () => {
  test('round trip keeps the bytes and answers a cloud-shaped fileID', async () => {
    const content = Buffer.from('职工风采 · 五一劳动节')
    const up = await cloud.uploadFile({ cloudPath: 'works/2025/劳动竞赛 1.txt', fileContent: content })
    expect(up.errMsg).toBe('uploadFile:ok')
    expect(up.fileID).toMatch(new RegExp(`^cloud://${LOCAL_ENV}\\.[0-9a-f]{4}-${LOCAL_ENV}-\\d{10}/works/2025/劳动竞赛 1\\.txt$`))
    const down = await cloud.downloadFile({ fileID: up.fileID })
    expect(down.errMsg).toBe('downloadFile:ok')
    expect(Buffer.compare(down.fileContent, content)).toBe(0)
    expect(storage.exists(up.fileID)).toBe(true)
    expect((await storage.readFile(up.fileID))?.toString()).toBe(content.toString())
  })

  test('a read stream is accepted like a buffer', async () => {
    const src = path.join(dir, 'source.bin')
    fs.writeFileSync(src, Buffer.from([1, 2, 3, 4, 5]))
    const up = await cloud.uploadFile({ cloudPath: 'streams/a.bin', fileContent: fs.createReadStream(src) })
    const down = await cloud.downloadFile({ fileID: up.fileID })
    expect([...down.fileContent]).toEqual([1, 2, 3, 4, 5])
  })

  test('uploading to the same cloudPath overwrites', async () => {
    const a = await cloud.uploadFile({ cloudPath: 'same/x.txt', fileContent: Buffer.from('one') })
    const b = await cloud.uploadFile({ cloudPath: 'same/x.txt', fileContent: Buffer.from('two') })
    expect(b.fileID).toBe(a.fileID)
    expect((await cloud.downloadFile({ fileID: a.fileID })).fileContent.toString()).toBe('two')
  })

  test.each([['../escape.txt'], ['a/../../escape.txt'], ['/etc/passwd'], ['a\\b.txt'], ['a//b.txt'], ['dir/'], ['./a.txt'], ['C:/x.txt']])(
    'cloudPath %j is refused with the storage sign-parameter code',
    async (cloudPath) => {
      const err = await cloud.uploadFile({ cloudPath, fileContent: Buffer.from('x') }).catch((e: unknown) => e)
      expect(err).toBeInstanceOf(Error)
      // node-sdk throws its TcbError (string code kept on `code`); wx-server-sdk prefixes the message, errCode -1.
      expect(err).toMatchObject({ code: 'STORAGE_SIGN_PARAM_INVALID', errCode: -1 })
      expect((err as Error).message).toMatch(/^uploadFile:fail cloudPath/)
      expect(fs.existsSync(path.join(dir, 'escape.txt'))).toBe(false)
    },
  )

  test('fileContent that is neither a Buffer nor a ReadStream fails like node-sdk', async () => {
    await expect(cloud.uploadFile({ cloudPath: 'x.txt', fileContent: 'text' })).rejects.toMatchObject({
      code: 'INVALID_PARAM',
      message: 'uploadFile:fail [node-sdk] fileContent should be instance of fs.ReadStream or Buffer',
    })
  })

  test('downloading a missing file rejects with the storage file-not-exist code', async () => {
    const fileID = (await upload('probe.txt')).replace('probe.txt', 'nope/missing.png')
    await expect(cloud.downloadFile({ fileID })).rejects.toMatchObject({ code: 'STORAGE_FILE_NONEXIST', errCode: -1 })
  })
})

async function upload(cloudPath: string, content = Buffer.from(cloudPath)): Promise<string> {
  return (await cloud.uploadFile({ cloudPath, fileContent: content })).fileID
}

describe('getTempFileURL', () => {
  // A private file's link lives 10 minutes unless maxAge is given (Cloud.getTempFileURL: "私有的文件获取的链接十分钟有效期");
  // the declared storage rules keep every file private.
  test('signed URL resolves to the file, with the default ten-minute maxAge of a private file', async () => {
    const fileID = await upload('photos/湘绣 作品.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    const before = Math.floor(Date.now() / 1000)
    const res = await cloud.getTempFileURL({ fileList: [fileID] })
    expect(res.errMsg).toBe('getTempFileURL:ok')
    const [item] = res.fileList
    expect(item).toMatchObject({ fileID, status: 0, errMsg: 'ok', maxAge: 600 })
    expect(item.tempFileURL.startsWith(`${base}/files/photos/`)).toBe(true)
    const t = Number(new URL(item.tempFileURL).searchParams.get('t'))
    expect(t - before).toBeGreaterThanOrEqual(600)
    expect(t - before).toBeLessThanOrEqual(601)
    const resolved = storage.resolveTempUrl(pathAndQuery(item.tempFileURL))
    expect(resolved).toMatchObject({ contentType: 'image/png' })
    expect(fs.readFileSync(resolved!.filePath)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  })

  // maxAge is honoured up to one day (wx.cloud.getTempFileURL: "可自定义有效期，默认一天且最大不超过一天").
  test('maxAge is honoured and capped at one day; baseUrl is read at call time', async () => {
    const fileID = await upload('photos/b.jpg')
    base = 'http://127.0.0.1:9999'
    try {
      const res = await cloud.getTempFileURL({
        fileList: [
          { fileID, maxAge: 120 },
          { fileID, maxAge: 7 * 86400 },
        ],
      })
      expect(res.fileList.map((f: { maxAge: number }) => f.maxAge)).toEqual([120, 86400])
      expect(res.fileList[0].tempFileURL.startsWith('http://127.0.0.1:9999/files/photos/b.jpg?')).toBe(true)
    } finally {
      base = 'http://127.0.0.1:8787'
    }
  })

  test('a tampered URL does not resolve', async () => {
    const fileID = await upload('photos/c.jpg')
    const other = await upload('photos/d.jpg')
    const url = new URL((await cloud.getTempFileURL({ fileList: [fileID] })).fileList[0].tempFileURL)
    expect(storage.resolveTempUrl(url.pathname + url.search)).not.toBeNull()

    const wrongSign = new URL(url)
    const sign = wrongSign.searchParams.get('sign')!
    wrongSign.searchParams.set('sign', (sign[0] === 'a' ? 'b' : 'a') + sign.slice(1))
    expect(storage.resolveTempUrl(wrongSign.pathname + wrongSign.search)).toBeNull()

    const longer = new URL(url)
    longer.searchParams.set('t', String(Number(url.searchParams.get('t')) + 3600))
    expect(storage.resolveTempUrl(longer.pathname + longer.search)).toBeNull()

    const otherPath = `/files/photos/d.jpg${url.search}`
    expect(storage.exists(other)).toBe(true)
    expect(storage.resolveTempUrl(otherPath)).toBeNull()

    expect(storage.resolveTempUrl(`/files/photos/c.jpg`)).toBeNull()
    expect(storage.resolveTempUrl(`/files/../sign-key${url.search}`)).toBeNull()
    expect(storage.resolveTempUrl(`/files/%2E%2E/sign-key${url.search}`)).toBeNull()
  })

  test('a default link no longer resolves after ten minutes; one with maxAge lives that long', async () => {
    const fileID = await upload('photos/ten-minutes.jpg')
    const res = await cloud.getTempFileURL({ fileList: [fileID, { fileID, maxAge: 1800 }] })
    const [plain, longer] = res.fileList.map((f: { tempFileURL: string }) => pathAndQuery(f.tempFileURL))
    const now = Date.now()
    const at = (ms: number) => jest.spyOn(Date, 'now').mockReturnValue(now + ms)
    try {
      at(9 * 60_000)
      expect(storage.resolveTempUrl(plain)).not.toBeNull()
      at(11 * 60_000)
      expect(storage.resolveTempUrl(plain)).toBeNull()
      expect(storage.resolveTempUrl(longer)).not.toBeNull()
      at(31 * 60_000)
      expect(storage.resolveTempUrl(longer)).toBeNull()
    } finally {
      jest.restoreAllMocks()
    }
  })

  // At most 50 fileIDs per call ("一次最多取 50 个"); past that the cloud fails the whole call with
  // INVALID_PARAM "Invalid request param" (reported against the real service: TencentCloud/tcb-sdk-php#1).
  test('50 fileIDs in one call are answered; 51 fail the whole call as the cloud does', async () => {
    const fileID = await upload('photos/many.jpg')
    const fifty = await cloud.getTempFileURL({ fileList: Array.from({ length: 50 }, () => fileID) })
    expect(fifty.fileList).toHaveLength(50)
    expect(fifty.fileList.every((f: { status: number }) => f.status === 0)).toBe(true)
    const err = await cloud.getTempFileURL({ fileList: Array.from({ length: 51 }, () => fileID) }).catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'INVALID_PARAM', message: 'getTempFileURL:fail Invalid request param' })
  })

  test('an expired URL does not resolve', async () => {
    const fileID = await upload('photos/e.jpg')
    const url = new URL((await cloud.getTempFileURL({ fileList: [{ fileID, maxAge: 1 }] })).fileList[0].tempFileURL)
    expect(storage.resolveTempUrl(url.pathname + url.search)).not.toBeNull()
    const now = Date.now()
    const spy = jest.spyOn(Date, 'now').mockReturnValue(now + 3000)
    try {
      expect(storage.resolveTempUrl(url.pathname + url.search)).toBeNull()
    } finally {
      spy.mockRestore()
    }
  })

  test('per-file status for missing, foreign and malformed fileIDs', async () => {
    const good = await upload('photos/f.jpg')
    const prefix = good.slice(0, good.indexOf('/photos/'))
    const res = await cloud.getTempFileURL({
      fileList: [good, `${prefix}/photos/missing.jpg`, 'cloud://another-env.616e-another-env-1300000000/a.jpg', 'not-a-file-id'],
    })
    expect(res.fileList.map((f: { status: number }) => f.status)).toEqual([0, -503003, -503002, -501007])
    expect(res.fileList[1]).toMatchObject({ errMsg: 'storage file not exists', tempFileURL: '' })
  })

  test('node-sdk parameter checks still apply', async () => {
    await expect(cloud.getTempFileURL({ fileList: [{ fileID: 'cloud://x' }] })).rejects.toMatchObject({ code: 'INVALID_PARAM' })
    await expect(cloud.getTempFileURL({ fileList: [42] })).rejects.toMatchObject({ code: 'INVALID_PARAM' })
  })
})

describe('deleteFile', () => {
  test('deletes, reports per-file status, and the file is gone everywhere', async () => {
    const fileID = await upload('to-delete/a.txt')
    const url = new URL((await cloud.getTempFileURL({ fileList: [fileID] })).fileList[0].tempFileURL)
    const missing = fileID.replace('a.txt', 'never-there.txt')

    const res = await cloud.deleteFile({ fileList: [fileID, missing] })
    expect(res.errMsg).toBe('deleteFile:ok')
    expect(res.fileList).toEqual([
      { fileID, status: 0, errMsg: 'ok' },
      { fileID: missing, status: -503003, errMsg: 'storage file not exists' },
    ])
    expect(storage.exists(fileID)).toBe(false)
    expect(await storage.readFile(fileID)).toBeNull()
    expect(storage.resolveTempUrl(url.pathname + url.search)).toBeNull()
    await expect(cloud.downloadFile({ fileID })).rejects.toMatchObject({ code: 'STORAGE_FILE_NONEXIST' })
    // the emptied folder is pruned
    expect(fs.existsSync(path.join(dir, 'objects', 'to-delete'))).toBe(false)
  })

  // At most 50 fileIDs per call ("一次最多 50 个"); past that the cloud refuses the whole call with
  // INVALID_PARAM "Cannot operate more than 50 files one time" (TencentCloudBase/cloudbase-manager-node#28).
  test('50 files in one call are deleted; 51 fail the whole call and every file stays', async () => {
    const files = await Promise.all(Array.from({ length: 51 }, (_x, i) => upload(`bulk/${i}.txt`)))
    const err = await cloud.deleteFile({ fileList: files }).catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'INVALID_PARAM', message: 'deleteFile:fail Cannot operate more than 50 files one time' })
    expect(files.every((f) => storage.exists(f))).toBe(true)
    const fifty = await cloud.deleteFile({ fileList: files.slice(0, 50) })
    expect(fifty.fileList.map((f: { status: number }) => f.status)).toEqual(Array(50).fill(0))
    expect(files.filter((f) => storage.exists(f))).toEqual([files[50]])
  })

  test('a client may delete at most 50 files a call too', async () => {
    const client = storage.asClient('o-bulk')
    const files = await Promise.all(Array.from({ length: 51 }, (_x, i) => client.uploadFile(`bulk-client/${i}.txt`, Buffer.from('x'))))
    await expect(client.deleteFile(files)).rejects.toMatchObject({ errCode: -501007, message: 'deleteFile:fail Cannot operate more than 50 files one time' })
    expect(files.every((f) => storage.exists(f))).toBe(true)
    expect((await client.deleteFile(files.slice(0, 50))).every((r) => r.status === 0)).toBe(true)
  })

  test('wx-server-sdk and node-sdk argument checks', async () => {
    await expect(cloud.deleteFile({ fileList: 'cloud://x' })).rejects.toMatchObject({ errCode: -1 })
    await expect(cloud.deleteFile({ fileList: [''] })).rejects.toMatchObject({ errCode: -1 })
  })
})

describe('client uploads (local server endpoint)', () => {
  test('a client upload stores a file the SDK can read, owned by the uploader', async () => {
    const fileID = await storage.asClient('o-worker-1').uploadFile('client/worker-1/photo.webp', Buffer.from('RIFF....WEBP'))
    expect(fileID).toMatch(/^cloud:\/\//)
    expect(storage.ownerOf(fileID)).toBe('o-worker-1')
    const down = await cloud.downloadFile({ fileID })
    expect(down.fileContent.toString()).toBe('RIFF....WEBP')
  })

  test('client uploads and seeding refuse traversal', async () => {
    await expect(storage.putFromClient('../../outside.txt', Buffer.from('x'))).rejects.toThrow(/Invalid cloudPath/)
    await expect(storage.asClient('o-worker-1').uploadFile('../../outside.txt', Buffer.from('x'))).rejects.toMatchObject({ errCode: -503004 })
  })
})

test('round trips are counted as the cloud would see them (upload 2, temp URL 1, download 2, delete 1)', async () => {
  const { result, counts } = withCounts(async () => {
    const { fileID } = await cloud.uploadFile({ cloudPath: 'counted/a.txt', fileContent: Buffer.from('a') })
    await cloud.getTempFileURL({ fileList: [fileID] })
    await cloud.downloadFile({ fileID })
    await cloud.deleteFile({ fileList: [fileID] })
  })
  await result
  expect(counts.storage).toBe(6)
})

// A storage request from a cloud function costs ~10–20 ms in the cloud; with LOCAL_CLOUD_LATENCY_MS (here
// set directly) every counted round trip waits that long, and with 0 none does.
describe('round-trip latency', () => {
  afterEach(() => setRoundTripLatency(0))
  const timeOneTempUrlCall = async (fileID: string) => {
    const started = performance.now()
    await cloud.getTempFileURL({ fileList: [fileID] })
    return performance.now() - started
  }

  test('at 15 ms a storage call costs at least 15 ms; at 0 it does not', async () => {
    const fileID = await upload('latency/a.txt')
    setRoundTripLatency(15)
    expect(await timeOneTempUrlCall(fileID)).toBeGreaterThanOrEqual(15)
    setRoundTripLatency(0)
    await timeOneTempUrlCall(fileID)
    expect(Math.min(await timeOneTempUrlCall(fileID), await timeOneTempUrlCall(fileID))).toBeLessThan(15)
  })

  test('an upload pays for both of its round trips', async () => {
    setRoundTripLatency(15)
    const started = performance.now()
    await upload('latency/b.txt')
    expect(performance.now() - started).toBeGreaterThanOrEqual(30)
  })
})
