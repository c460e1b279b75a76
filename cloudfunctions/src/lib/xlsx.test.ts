// The hand-written .xlsx must open in a full spreadsheet library exactly as written.
import ExcelJS from 'exceljs'
import { writeXlsx } from './xlsx'

test('sheets, Chinese text, numbers, escaping and formula-looking text survive a round trip', async () => {
  const bytes = writeXlsx([
    {
      name: '报名名单',
      columns: [{ header: '姓名' }, { header: '单位', width: 30 }, { header: '序号' }],
      rows: [
        ['张三', '华中机械制造有限公司工会', 1],
        ['李四 <&> "引号"', '=HYPERLINK("x")', 2],
        ['', null, 3],
      ],
    },
    { name: '成绩/奖项', columns: [{ header: '名次' }, { header: '奖项' }], rows: [[1, '一等奖']] },
  ])
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  expect(wb.worksheets.map((w) => w.name)).toEqual(['报名名单', '成绩 奖项'])
  const sheet = wb.worksheets[0]
  expect(sheet.getRow(1).values).toEqual([undefined, '姓名', '单位', '序号'])
  expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true)
  expect(sheet.getRow(2).values).toEqual([undefined, '张三', '华中机械制造有限公司工会', 1])
  expect(sheet.getRow(3).getCell(1).value).toBe('李四 <&> "引号"')
  expect(sheet.getRow(3).getCell(2).value).toBe('\'=HYPERLINK("x")')
  expect(sheet.getRow(4).getCell(3).value).toBe(3)
  expect(wb.worksheets[1].getRow(2).values).toEqual([undefined, 1, '一等奖'])
})

test('text that Excel would take for a formula (= + - @, a leading tab or return) is kept as text; numbers stay numbers', async () => {
  const risky = ['=1+1', '+86 138', '-2+3', '@SUM(A1)', '\t=cmd', '\r=cmd']
  const bytes = writeXlsx([{ name: 'x', columns: [{ header: 'v' }], rows: [...risky.map((t) => [t]), [-5], ['安全的文字']] }])
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  const sheet = wb.worksheets[0]
  risky.forEach((t, i) => {
    const c = sheet.getRow(i + 2).getCell(1)
    expect(c.type).toBe(ExcelJS.ValueType.String)
    // XML reads a carriage return back as a line feed; what matters is the quote in front
    expect(c.value).toBe(`'${t.replace('\r', '\n')}`)
  })
  expect(sheet.getRow(risky.length + 2).getCell(1).value).toBe(-5)
  expect(sheet.getRow(risky.length + 3).getCell(1).value).toBe('安全的文字')
})
