// The exports' reading: a scope past the cloud's 1,000-a-read clamp is read whole, in pages that neither
// overlap nor skip; past an export's row limit it is refused before a page is read.
import { EXPORT_LIMITS } from '../../../types/limits/exports'
import { seedDemo } from '../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../local/testing'
import { must } from '../../test/read-export'
import { MEDIA_RECHECK_TRIGGER } from '../functions/index'
import { db } from './cloud'
import { EXPORT_KEEP_MS, READ_PAGE, readAll } from './export-file'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(async () => {
  await cloud.stop()
})
beforeEach(async () => {
  await cloud.db.clear()
})

const rows = (n: number, path: string[]) =>
  Array.from({ length: n }, (_x, i) => ({
    _id: `${path.join('-')}-${String(i).padStart(5, '0')}`,
    campaignId: 'c',
    unitId: path[path.length - 1],
    unitPath: path,
  }))

function reader(unitId: string, reads: { n: number }) {
  const q = () => db().collection('unit_stats').where({ unitPath: unitId })
  return readAll(
    'units',
    async () => (await q().count()).total,
    async (skip, limit) => {
      reads.n++
      return (await q().orderBy('_id', 'asc').skip(skip).limit(limit).get()).data as Array<{ _id: string }>
    },
  )
}

test('a scope larger than one read comes back whole, each document once, in pages of 1,000', async () => {
  await cloud.db.insertMany('unit_stats', [...rows(2500, ['x', 'a']), ...rows(30, ['x', 'b'])])
  // what one read can carry: the cloud clamps a larger limit to 1,000
  const one = await db().collection('unit_stats').where({ unitPath: 'a' }).limit(5000).get()
  expect(one.data.length).toBe(READ_PAGE)
  const reads = { n: 0 }
  const all = await reader('a', reads)
  expect(all.length).toBe(2500)
  expect(new Set(all.map((d) => d._id)).size).toBe(2500)
  expect(reads.n).toBe(3)
})

test('past the export’s row limit it is refused with a code, and nothing is read', async () => {
  await cloud.db.insertMany('unit_stats', rows(EXPORT_LIMITS.units + 1, ['x', 'a']))
  const reads = { n: 0 }
  await expect(reader('a', reads)).rejects.toMatchObject({ code: 'EXPORT.TOO_MANY_ROWS' })
  expect(reads.n).toBe(0)
})

test('the content function’s timer deletes export files older than a day from storage, and keeps a fresh one', async () => {
  await seedDemo(cloud.db)
  const make = async () => must(await cloud.call('works.export', { unitId: 'u-jkq' }, { OPENID: 'demo-area-chair' }))
  const stored = (f: { fileUrl: string }) => {
    const u = new URL(f.fileUrl)
    return cloud.storage.resolveTempUrl(u.pathname + u.search)
  }
  const old = await make()
  // made more than a day ago
  await db()
    .collection('export_files')
    .where({ kind: 'works' })
    .update({ data: { at: new Date(Date.now() - EXPORT_KEEP_MS - 60_000) } })
  const fresh = await make()
  expect((cloud.db.dump().export_files ?? []).length).toBe(2)
  expect(stored(old)).not.toBeNull()
  const timer = await cloud.raw('content', { Type: 'Timer', TriggerName: MEDIA_RECHECK_TRIGGER, Time: new Date().toISOString() })
  expect(timer).toMatchObject({ ok: true, data: { exportsDeleted: 1 } })
  expect((cloud.db.dump().export_files ?? []).length).toBe(1)
  expect(stored(old)).toBeNull()
  expect(stored(fresh)).not.toBeNull()
})

test('past deleteFile’s 50 a call: 120 old export files all go in one run, each forgotten', async () => {
  const at = new Date(Date.now() - EXPORT_KEEP_MS - 60_000)
  const files = await Promise.all(Array.from({ length: 120 }, (_x, i) => cloud.storage.putFromClient(`exports/works/old-${i}.xlsx`, Buffer.from(`${i}`))))
  await cloud.db.insertMany(
    'export_files',
    files.map((fileId, i) => ({ _id: `old-${i}`, fileId, kind: 'works', at })),
  )
  const timer = await cloud.raw('content', { Type: 'Timer', TriggerName: MEDIA_RECHECK_TRIGGER, Time: new Date().toISOString() })
  expect(timer).toMatchObject({ ok: true, data: { exportsDeleted: 120 } })
  expect(files.filter((f) => cloud.storage.exists(f))).toEqual([])
  expect(cloud.db.dump().export_files ?? []).toEqual([])
})
