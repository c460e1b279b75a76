// The care timer deletes export files a day old however many there are: deleteFile takes at most 50 a
// call and the local cloud, like the real one, refuses a larger call whole (Cloud.deleteFile: "一次最多 50 个").
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { cloud as sdk } from '../../lib/cloud'
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

test('a delete that fails (the call times out) keeps the files listed: the next run deletes them', async () => {
  const files = await Promise.all(Array.from({ length: 3 }, (_x, i) => cloud.storage.putFromClient(`care-exports/retry-${i}.xlsx`, Buffer.from(`${i}`))))
  const at = NOW + 10 * DAY
  for (const fileId of files) await rememberExport(fileId, new Date(at))
  const spy = jest.spyOn(sdk, 'deleteFile').mockRejectedValueOnce(new Error('ESOCKETTIMEDOUT'))
  await expect(cloud.triggers.fire('care', undefined, new Date(at + 2 * DAY))).rejects.toThrow('ESOCKETTIMEDOUT')
  expect(spy).toHaveBeenCalled()
  expect(files.every((f) => cloud.storage.exists(f))).toBe(true)
  spy.mockRestore()

  const again = await cloud.triggers.fire('care', undefined, new Date(at + 2 * DAY))
  expect(again.result).toMatchObject({ ok: true, data: { exportsDeleted: 3 } })
  expect(files.filter((f) => cloud.storage.exists(f))).toEqual([])
})
