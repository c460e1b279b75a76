// Importing the union tree: every kind of bad sheet is reported by row (or refused as a whole) and
// nothing is written; a good sheet appears all at once; an interrupted import is finished by running
// it again. Sheets are written by exceljs, as Excel and WPS save them.
import { strToU8, zipSync } from 'fflate'
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { IMPORT_MAX_ROWS } from '../../../../types/actions/setup'
import { timeoutOf } from '../../functions/index'
import { SMALL_TREE, sheetBytes, uploadSheet, type SheetCell } from '../../../test/setup-sheets'

let cloud: TestCloud
const CITY = { OPENID: 'demo-city-admin' }
const ADMIN_ID = 'user-demo-city-admin'

beforeAll(async () => {
  cloud = await startTestCloud()
})
beforeEach(async () => {
  await cloud.db.clear()
  await seedDemo(cloud.db)
})
afterAll(() => cloud.stop())

async function preview(rows: SheetCell[][], header?: readonly string[]) {
  const fileId = await uploadSheet(cloud, ADMIN_ID, await sheetBytes(rows, header))
  const before = JSON.stringify(cloud.db.dump())
  const res = await cloud.call('org.previewImport', { fileId }, CITY)
  expect(JSON.stringify(cloud.db.dump())).toBe(before)
  return { res, fileId }
}

test('row errors: duplicates, missing parents, cycles, formulas, wrong types and levels, units that exist elsewhere', async () => {
  const { res, fileId } = await preview([
    ['新区工会', '行业工会', ''],
    ['新区工会', '行业工会', ''], // 3: duplicate
    ['甲公司工会', '基层工会', '不存在的工会'], // 4: missing parent
    ['环甲工会', '行业工会', '环乙工会'], // 5: cycle
    ['环乙工会', '行业工会', '环甲工会'], // 6: in the same cycle
    [{ formula: 'CONCAT("乙","公司工会")', result: '乙公司工会' }, '基层工会', '新区工会'], // 7: formula
    ['丙公司工会', '基层单位', '新区工会'], // 8: wrong type
    ['丁公司工会', '基层工会', ''], // 9: grassroots right under the city
    ['市人民医院工会', '基层工会', '新区工会'], // 10: exists under 卫计局工会
    ['戊公司工会', '基层工会', '甲公司工会'], // 11: its parent has an error
    ['己公司工会', '基层工会', '经开区工会'], // 12: fine, under an existing union
    ['=1+1', '基层工会', '新区工会'], // 13: text that is a formula
  ])
  expect(res.ok).toBe(true)
  if (!res.ok) return
  const byRow = Object.fromEntries(res.data.errors.map((e) => [e.row, e.message]))
  expect(byRow[3]).toMatch(/与第 2 行的单位名称重复/)
  expect(byRow[4]).toMatch(/找不到上级单位“不存在的工会”/)
  expect(byRow[5] ?? byRow[6]).toMatch(/循环/)
  expect(byRow[5] && byRow[6]).toBeTruthy()
  expect(byRow[7]).toMatch(/公式/)
  expect(byRow[8]).toMatch(/单位类型只能填/)
  expect(byRow[9]).toMatch(/基层工会的上级应是行业工会或乡镇（街道）工会/)
  expect(byRow[10]).toMatch(/已在“卫计局工会”之下/)
  expect(byRow[11]).toMatch(/有错误/)
  expect(byRow[12]).toBeUndefined()
  expect(byRow[13]).toMatch(/公式/)
  expect(res.data).toMatchObject({ errorCount: 10, create: 2 })
  // and the import refuses the whole sheet, writing nothing
  const before = JSON.stringify(cloud.db.dump())
  const applied = await cloud.call('org.applyImport', { fileId, digest: res.data.digest }, CITY)
  expect(applied).toMatchObject({ ok: false, error: { code: 'IMPORT.HAS_ERRORS' } })
  expect(JSON.stringify(cloud.db.dump())).toBe(before)
})

test('sheets refused as a whole: wrong template, no rows, too many rows, not an Excel file, someone else’s file', async () => {
  expect((await preview(SMALL_TREE, ['名称', '类型', '上级'])).res).toMatchObject({ ok: false, error: { code: 'IMPORT.BAD_TEMPLATE' } })
  expect((await preview([])).res).toMatchObject({ ok: false, error: { code: 'IMPORT.EMPTY' } })
  // 10,000 rows: refused after reading one row more than allowed, well within the org function's timeout.
  const many = await uploadSheet(cloud, ADMIN_ID, await sheetBytes(Array.from({ length: 10_000 }, (_v, i) => [`第${i}号公司工会`, '基层工会', '经开区工会'])))
  const refused = await cloud.measure('org.previewImport', { fileId: many }, CITY)
  expect(refused.result).toMatchObject({ ok: false, error: { code: 'IMPORT.TOO_MANY_ROWS' } })
  expect(refused.ms).toBeLessThan(timeoutOf('org') * 1000)
  // a zip that is not a workbook, and bytes that are not a zip
  const notBook = await uploadSheet(cloud, ADMIN_ID, Buffer.from(zipSync({ 'a.txt': strToU8('hello') })))
  expect(await cloud.call('org.previewImport', { fileId: notBook }, CITY)).toMatchObject({ ok: false, error: { code: 'IMPORT.BAD_FILE' } })
  const text = await uploadSheet(cloud, ADMIN_ID, Buffer.from('单位名称,单位类型,上级单位\n'), 'tree.csv')
  expect(await cloud.call('org.previewImport', { fileId: text }, CITY)).toMatchObject({ ok: false, error: { code: 'IMPORT.BAD_FILE' } })
  const others = await uploadSheet(cloud, 'user-demo-worker', await sheetBytes(SMALL_TREE))
  expect(await cloud.call('org.previewImport', { fileId: others }, CITY)).toMatchObject({ ok: false, error: { code: 'IMPORT.NOT_YOURS' } })
})

test('the largest sheet allowed imports within the function timeout, in few round trips', async () => {
  const areas = Array.from({ length: 30 }, (_v, i) => [`第${i}片区工会`, '乡镇（街道）工会', ''])
  const rows = [...areas, ...Array.from({ length: IMPORT_MAX_ROWS - 30 }, (_v, i) => [`第${i}号公司工会`, '基层工会', `第${i % 30}片区工会`])]
  const fileId = await uploadSheet(cloud, ADMIN_ID, await sheetBytes(rows))
  const pre = await cloud.measure('org.previewImport', { fileId }, CITY)
  expect(pre.result).toMatchObject({ ok: true, data: { create: IMPORT_MAX_ROWS, errorCount: 0 } })
  if (!pre.result.ok) return
  const run = await cloud.measure('org.applyImport', { fileId, digest: pre.result.data.digest }, CITY)
  expect(run.result).toEqual({ ok: true, data: { created: IMPORT_MAX_ROWS, unchanged: 0 } })
  // 3,000 units: about 100 database round trips (reads and adds by the hundred), not one per unit;
  // at 20 ms each well inside the org function's timeout.
  console.log(
    `import of ${IMPORT_MAX_ROWS} rows: preview ${pre.ms.toFixed(0)} ms / ${pre.counts.db} db round trips; apply ${run.ms.toFixed(0)} ms / ${run.counts.db} db round trips`,
  )
  expect(run.counts.db).toBeLessThan(150)
})

test('an import interrupted half way shows nothing, and running it again finishes it', async () => {
  const fileId = await uploadSheet(
    cloud,
    ADMIN_ID,
    await sheetBytes([
      ['新区工会', '行业工会', ''],
      ['新区一号公司工会', '基层工会', '新区工会'],
      ['新区二号公司工会', '基层工会', '新区工会'],
    ]),
  )
  const pre = await cloud.call('org.previewImport', { fileId }, CITY)
  if (!pre.ok) throw new Error(pre.error.code)
  // What an interrupted run leaves: one of the three written, hidden.
  const { importedUnitId } = await import('./import-plan')
  const areaId = importedUnitId('u-city', '新区工会')
  await cloud.db.insertMany('units', [
    {
      _id: areaId,
      name: '新区工会',
      type: 'industry',
      parentId: 'u-city',
      path: ['u-city', areaId],
      status: 'importing',
      memberCount: 0,
      childCount: 2,
      siblingKey: 'u-city/新区工会',
      importId: 'earlier-run',
      createdAt: new Date(),
      updatedAt: new Date(),
    },
  ])
  const browse = await cloud.call('org.units', {}, CITY)
  expect(browse.ok && browse.data.children.some((u) => u.name === '新区工会')).toBe(false)
  expect(await cloud.call('org.applyImport', { fileId, digest: pre.data.digest }, CITY)).toEqual({ ok: true, data: { created: 3, unchanged: 0 } })
  const units = cloud.db.dump().units.filter((u) => String(u.name).startsWith('新区'))
  expect(units.map((u) => u.status)).toEqual(['active', 'active', 'active'])
  const city = cloud.db.dump().units.find((u) => u._id === 'u-city')!
  expect(city.childCount).toBe(10)
})
