// The exports' reading: a scope past the cloud's 1,000-a-read clamp is read whole, in pages that neither
// overlap nor skip; past an export's row limit it is refused before a page is read.
import { EXPORT_LIMITS } from '../../../types/limits/exports'
import { startTestCloud, type TestCloud } from '../../local/testing'
import { db } from './cloud'
import { READ_PAGE, readAll } from './export-file'

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
