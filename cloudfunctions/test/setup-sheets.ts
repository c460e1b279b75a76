// Sheets for the import tests (cloudfunctions/src/domains/setup/*.test.ts, tests/e2e/setup.e2e.ts), written
// by a full spreadsheet library (exceljs, as Excel and WPS save them: shared strings, styles), so the reader
// is proved against files it did not write itself.
import ExcelJS from 'exceljs'
import { IMPORT_COLUMNS } from '../../types/actions/setup'
import type { TestCloud } from '../local/testing'

export type SheetCell = string | { formula: string; result?: string }

export async function sheetBytes(rows: SheetCell[][], header: readonly string[] = IMPORT_COLUMNS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('单位')
  ws.addRow([...header])
  for (const r of rows) ws.addRow(r.map((c) => (typeof c === 'string' ? c : { formula: c.formula, result: c.result })))
  return Buffer.from(await wb.xlsx.writeBuffer())
}

/** Uploads a sheet into `userId`'s import folder as the mini-program would; answers its fileID. */
export async function uploadSheet(cloud: TestCloud, userId: string, bytes: Buffer, name = 'tree.xlsx'): Promise<string> {
  return cloud.storage.putFromClient(`imports/${userId}/${Date.now()}-${name}`, bytes)
}

/** A small tree shaped like the plan's: two industry unions, a township, grassroots units under them. */
export const SMALL_TREE: SheetCell[][] = [
  ['经开区工会', '行业工会', ''],
  ['教育系统工会', '行业工会', ''],
  ['东城街道工会', '乡镇（街道）工会', ''],
  ['华中机械制造有限公司工会', '基层工会', '经开区工会'],
  ['湘江电子科技有限公司工会', '基层工会', '经开区工会'],
  ['市第一中学工会', '基层工会', '教育系统工会'],
  ['东城物流园联合工会', '基层工会', '东城街道工会'],
]
