// The care timer deletes export files a day old however many there are: deleteFile takes at most 50 a
// call and the local cloud, like the real one, refuses a larger call whole (Cloud.deleteFile: "一次最多 50 个").
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { rememberExport } from './repo'

let cloud: TestCloud
const NOW = Date.now()
const DAY = 86400000

beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(async () => {
  await cloud.stop()
})

test('120 export files older than a day all go in one run; a fresh one stays', async () => {
  const old = await Promise.all(Array.from({ length: 120 }, (_x, i) => cloud.storage.putFromClient(`care-exports/old-${i}.xlsx`, Buffer.from(`${i}`))))
  const fresh = await cloud.storage.putFromClient('care-exports/fresh.xlsx', Buffer.from('fresh'))
  for (const fileId of old) await rememberExport(fileId, new Date(NOW - 2 * DAY))
  await rememberExport(fresh, new Date(NOW))

  const run = await cloud.triggers.fire('care', undefined, new Date(NOW))
  expect(run.result).toMatchObject({ ok: true, data: { exportsDeleted: 120 } })
  expect(old.filter((f) => cloud.storage.exists(f))).toEqual([])
  expect(cloud.storage.exists(fresh)).toBe(true)

  // the fresh one goes on the run after its day is over
  const later = await cloud.triggers.fire('care', undefined, new Date(NOW + 2 * DAY))
  expect(later.result).toMatchObject({ ok: true, data: { exportsDeleted: 1 } })
  expect(cloud.storage.exists(fresh)).toBe(false)
})
