// The .xlsx reader against files a full library writes (exceljs: shared strings, rich text, formulas,
// sparse rows), files this project writes (inline strings), and files that are not workbooks at all.
import ExcelJS from 'exceljs'
import { strToU8, zipSync } from 'fflate'
import { columnIndex, decodeXml, readFirstSheet, XlsxReadError } from './xlsx-read'
import { writeXlsx } from './xlsx'

test('cell references and escapes', () => {
  expect([columnIndex('A1'), columnIndex('Z9'), columnIndex('AA3'), columnIndex('AB7')]).toEqual([0, 25, 26, 27])
  expect(decodeXml('a&amp;b &lt;c&gt; &#x4E2D;&#25991; _x000D_')).toBe('a&b <c> 中文 \r')
})

test('what exceljs writes: shared and rich text, numbers, formulas, gaps, the first sheet only', async () => {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('单位')
  wb.addWorksheet('其他').addRow(['不应读到'])
  ws.addRow(['单位名称', '单位类型', '上级单位'])
  ws.addRow([{ richText: [{ text: '经开区', font: { bold: true } }, { text: '工会' }] }, '行业工会', null])
  ws.getCell('A4').value = '跳过一行之后'
  ws.getCell('C4').value = 42
  ws.getCell('A5').value = { formula: 'A4&"X"', result: '跳过一行之后X' }
  const rows = readFirstSheet(new Uint8Array(await wb.xlsx.writeBuffer()), 10)
  expect(rows.map((r) => r.row)).toEqual([1, 2, 4, 5])
  expect(rows[1].cells.map((c) => c?.text)).toEqual(['经开区工会', '行业工会'])
  expect(rows[2].cells[1]).toBeUndefined()
  expect(rows[2].cells[2]).toEqual({ text: '42', formula: false })
  expect(rows[3].cells[0]).toEqual({ text: '跳过一行之后X', formula: true })
})

test('what this project writes reads back the same', () => {
  const bytes = writeXlsx([{ name: '单位', columns: [{ header: '单位名称' }, { header: '备注' }], rows: [['A&B <工会>', 3]] }])
  const rows = readFirstSheet(bytes, 10)
  expect(rows.map((r) => r.cells.map((c) => c?.text))).toEqual([
    ['单位名称', '备注'],
    ['A&B <工会>', '3'],
  ])
})

test('reads no further than asked, and refuses what is not a workbook or unpacks too large', () => {
  const many = writeXlsx([{ name: 's', columns: [{ header: 'h' }], rows: Array.from({ length: 500 }, (_v, i) => [`r${i}`]) }])
  expect(readFirstSheet(many, 10)).toHaveLength(11)
  expect(() => readFirstSheet(strToU8('not a zip'), 10)).toThrow(XlsxReadError)
  expect(() => readFirstSheet(zipSync({ 'a.txt': strToU8('x') }), 10)).toThrow(XlsxReadError)
  // A small file that unpacks to 40 MB of one sheet: refused before it is unpacked.
  const bomb = zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(40 * 1024 * 1024) }, { level: 9 })
  expect(bomb.length).toBeLessThan(200 * 1024)
  expect(() => readFirstSheet(bomb, 10)).toThrow(XlsxReadError)
})
