// The local server as the H5 build uses it for files: uploads and temp links are a client's requests, so
// the storage security rules (database/storage-rules.json) decide; temp links expire.
import type { AddressInfo } from 'node:net'
import type http from 'node:http'
import { startTestCloud, type TestCloud } from './testing'
import { createLocalServer } from './server'
import { seedDemo } from './seed/demo'
import { CITY } from '../test/fixtures/personas'
import { atCity, ok } from '../test/fixtures/works'

let cloud: TestCloud
let server: http.Server
let base: string

beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemo(cloud.db)
  server = createLocalServer({ runtime: cloud.runtime, storage: cloud.storage, openapi: cloud.openapi, port: 0 })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
  await cloud.stop()
})

const asPerson = (openid: string) => ({ cookie: `lc_openid=${openid}` })

async function uploadAs(openid: string, cloudPath: string, bytes: Buffer) {
  const res = await fetch(`${base}/api/_upload?cloudPath=${encodeURIComponent(cloudPath)}`, {
    method: 'POST',
    headers: asPerson(openid),
    body: new Uint8Array(bytes),
  })
  return { status: res.status, body: (await res.json()) as { fileID?: string; errCode?: number; errMsg?: string } }
}

const pathOf = (fileID: string) => fileID.replace(/^cloud:\/\/[^/]+\//, '')

describe('uploads through the local server follow the storage rules', () => {
  test('as another worker, an upload to the path of an exhibited work’s image is refused and the image stays', async () => {
    const workId = await atCity(cloud, 7)
    await ok(cloud.call('works.select', { workId }, CITY))
    const work = cloud.db.dump().works.find((w) => w._id === workId) as unknown as {
      status: string
      images: Array<{ file: string; preview: string; thumb: string }>
    }
    expect(work.status).toBe('exhibited')
    for (const fileID of [work.images[0].file, work.images[0].preview, work.images[0].thumb]) {
      const before = await cloud.storage.readFile(fileID)
      const res = await uploadAs('demo-worker-2', pathOf(fileID), Buffer.from('not the author’s picture'))
      expect(res).toEqual({ status: 403, body: { errCode: -503002, errMsg: 'uploadFile:fail storage permission denied' } })
      expect(await cloud.storage.readFile(fileID)).toEqual(before)
    }
  })

  test('a worker overwrites their own upload but not another worker’s', async () => {
    const mine = await uploadAs('demo-worker', 'works/user-demo-worker/own.png', Buffer.from('v1'))
    expect(mine.status).toBe(200)
    expect((await uploadAs('demo-worker', 'works/user-demo-worker/own.png', Buffer.from('v2'))).status).toBe(200)
    expect((await uploadAs('demo-worker-2', 'works/user-demo-worker/own.png', Buffer.from('v3'))).status).toBe(403)
    expect((await cloud.storage.readFile(mine.body.fileID!))?.toString()).toBe('v2')
    expect(cloud.storage.ownerOf(mine.body.fileID!)).toBe('demo-worker')
  })

  test('a bad cloudPath is refused with the storage sign-parameter code', async () => {
    expect(await uploadAs('demo-worker', '../escape.png', Buffer.from('x'))).toMatchObject({ status: 400, body: { errCode: -503004 } })
  })
})

describe('temp links', () => {
  test('a client gets links only for its own files (read rule), at most 50 at a time', async () => {
    const { body } = await uploadAs('demo-worker', 'ideas/user-demo-worker/read.png', Buffer.from('r'))
    const ask = async (openid: string, fileList: unknown[]) => {
      const res = await fetch(`${base}/api/_temp-file-url`, {
        method: 'POST',
        headers: { ...asPerson(openid), 'content-type': 'application/json' },
        body: JSON.stringify({ fileList }),
      })
      return { status: res.status, body: (await res.json()) as { fileList?: Array<{ status: number; tempFileURL: string }>; errCode?: number } }
    }
    const mine = await ask('demo-worker', [body.fileID])
    expect(mine.body.fileList?.[0].status).toBe(0)
    expect((await fetch(mine.body.fileList![0].tempFileURL.replace(/^http:\/\/[^/]+/, base))).status).toBe(200)
    expect((await ask('demo-worker-2', [body.fileID])).body.fileList?.[0]).toMatchObject({ status: -503002, tempFileURL: '' })
    expect(
      await ask(
        'demo-worker',
        Array.from({ length: 51 }, () => body.fileID),
      ),
    ).toMatchObject({ status: 400, body: { errCode: -501007 } })
  })

  test('the server refuses a link once it has expired (10 minutes by default)', async () => {
    const { body } = await uploadAs('demo-worker', 'ideas/user-demo-worker/expiring.png', Buffer.from('x'))
    const [item] = await cloud.storage.asClient('demo-worker').getTempFileURL([body.fileID!])
    const url = item.tempFileURL.replace(/^http:\/\/[^/]+/, base)
    expect((await fetch(url)).status).toBe(200)
    const now = Date.now()
    jest.spyOn(Date, 'now').mockReturnValue(now + 11 * 60_000)
    try {
      const res = await fetch(url)
      expect(res.status).toBe(403)
      expect(await res.text()).toBe('invalid or expired link')
    } finally {
      jest.restoreAllMocks()
    }
  })
})
