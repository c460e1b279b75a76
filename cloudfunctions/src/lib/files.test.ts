// tempUrls and deleteFiles against the local storage, which answers as the cloud does: at most 50 fileIDs
// per getTempFileURL call ("一次最多取 50 个", Cloud.getTempFileURL), private links for 10 minutes unless
// maxAge is given; at most 50 per deleteFile call ("一次最多 50 个", Cloud.deleteFile), more refused whole.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LOCAL_ENV } from '../../local/identity'
import { setRoundTripLatency, withCounts } from '../../local/metrics'
import { installStorage, type LocalStorage } from '../../local/storage'
import { deleteFiles, DELETES_PER_CALL, tempUrls, TEMP_URLS_PER_CALL } from './files'

let dir: string
let storage: LocalStorage
/** "My works" at its largest: 20 works × 9 images × 3 sizes. */
const ids: string[] = []

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'files-test-'))
  storage = installStorage({ dir, envId: LOCAL_ENV, baseUrl: () => 'http://127.0.0.1:8787' })
  for (let w = 0; w < 20; w++) {
    for (let i = 0; i < 9; i++) {
      for (const size of ['orig', '1080', '400']) ids.push(await storage.putFromClient(`works/u1/w${w}/img${i}-${size}.jpg`, Buffer.from(`${w}-${i}-${size}`)))
    }
  }
})

afterAll(() => {
  setRoundTripLatency(0)
  fs.rmSync(dir, { recursive: true, force: true })
})

const expiryOf = (url: string) => Number(new URL(url).searchParams.get('t'))

test('540 files: every link, in ceil(540 / 50) calls', async () => {
  expect(ids).toHaveLength(540)
  const { result, counts } = withCounts(() => tempUrls([...ids, undefined, null, ids[0]]))
  const urls = await result
  expect(urls.size).toBe(540)
  for (const id of ids) expect(storage.resolveTempUrl(new URL(urls.get(id)!).pathname + new URL(urls.get(id)!).search)).not.toBeNull()
  expect(counts.storage).toBe(Math.ceil(540 / TEMP_URLS_PER_CALL))
})

test('the batches go out together: 11 calls add about one round trip of wall time, not 11', async () => {
  // What the work itself costs here (signing 540 links), then the same with each round trip costing 15 ms.
  const time = async () => {
    const started = performance.now()
    await tempUrls(ids)
    return performance.now() - started
  }
  await time()
  const base = Math.min(await time(), await time())
  setRoundTripLatency(15)
  try {
    const withLatency = Math.min(await time(), await time())
    // Sent one after another the 11 batches would add 11 × 15 = 165 ms.
    expect(withLatency - base).toBeLessThan((11 * 15) / 2)
    expect(withLatency).toBeGreaterThanOrEqual(15)
  } finally {
    setRoundTripLatency(0)
  }
})

test('missing files are left out', async () => {
  const missing = ids[0].replace('img0-orig', 'never-there')
  const urls = await tempUrls([ids[0], missing])
  expect([...urls.keys()]).toEqual([ids[0]])
})

test('links live 10 minutes by default and maxAge when given', async () => {
  const now = Math.floor(Date.now() / 1000)
  const plain = await tempUrls(ids.slice(0, 60))
  expect(expiryOf(plain.get(ids[0])!) - now).toBeGreaterThanOrEqual(600)
  expect(expiryOf(plain.get(ids[0])!) - now).toBeLessThanOrEqual(601)
  const longer = await tempUrls(ids.slice(0, 60), { maxAge: 3600 })
  expect(longer.size).toBe(60)
  expect(expiryOf(longer.get(ids[59])!) - now).toBeGreaterThanOrEqual(3600)
  expect(expiryOf(longer.get(ids[59])!) - now).toBeLessThanOrEqual(3601)
})

test('deleteFiles: 120 files (one named twice, one missing) all go, in ceil(120 / 50) calls', async () => {
  const files = await Promise.all(Array.from({ length: 120 }, (_x, i) => storage.putFromClient(`doomed/${i}.txt`, Buffer.from(String(i)))))
  const missing = files[0].replace('doomed/0.txt', 'doomed/never-there.txt')
  const { result, counts } = withCounts(() => deleteFiles([...files, files[7], missing, undefined]))
  const answers = await result
  expect(counts.storage).toBe(Math.ceil(121 / DELETES_PER_CALL))
  expect(files.filter((f) => storage.exists(f))).toEqual([])
  expect(answers.filter((a) => a.status === 0)).toHaveLength(120)
  expect(answers.find((a) => a.fileID === missing)?.status).toBe(-503003)
  expect(await deleteFiles([])).toEqual([])
})
