// A small Excel (.xlsx) reader: the first worksheet's cells as text, and whether each is a formula.
// Written out (beside the writer in xlsx.ts) rather than taken from a spreadsheet library so the
// function bundle stays small: exceljs would add ~2.7 MB to the org function's every cold start for
// one import page. Tests read sheets written by exceljs to prove Excel's format is understood.
// The format: ECMA-376 Part 1, §18.3 (worksheets) and §18.4 (shared strings).
import { strFromU8, unzipSync } from 'fflate'

export interface ReadCell {
  text: string
  /** The cell holds a formula (Excel would compute it): refused by importers, which want values. */
  formula: boolean
}

export interface ReadRow {
  /** The row number Excel shows (1-based). */
  row: number
  /** Cells by column index (0 = A); missing cells are absent. */
  cells: Array<ReadCell | undefined>
}

export class XlsxReadError extends Error {}

/** Files inside the zip are refused beyond this size once unpacked (a small file may unpack to gigabytes). */
const MAX_PART_BYTES = 32 * 1024 * 1024

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

export function decodeXml(s: string): string {
  return (
    s
      .replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, e: string) =>
        e[0] === '#' ? String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)) : ENTITIES[e],
      )
      // OOXML's escape for characters XML cannot carry (§22.9.2.19 ST_Xstring)
      .replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)))
  )
}

/** The text of an <si> or <is>: its <t> runs, without phonetic guides (<rPh>). */
function runText(xml: string): string {
  const body = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '')
  let out = ''
  for (const m of body.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += decodeXml(m[1] ?? '')
  return out
}

/** Column letters of a cell reference → 0-based index ("A1" → 0, "AB7" → 27). */
export function columnIndex(ref: string): number {
  const letters = /^([A-Z]+)/.exec(ref)?.[1] ?? ''
  let n = 0
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64)
  return n - 1
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1]

function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, {
      filter: (f) => {
        if (f.originalSize > MAX_PART_BYTES) throw new XlsxReadError(`part ${f.name} too large`)
        return (
          f.name === 'xl/workbook.xml' ||
          f.name === 'xl/_rels/workbook.xml.rels' ||
          f.name === 'xl/sharedStrings.xml' ||
          f.name.startsWith('xl/worksheets/sheet')
        )
      },
    })
  } catch (e) {
    if (e instanceof XlsxReadError) throw e
    throw new XlsxReadError('not a zip file')
  }
}

/** The path of the workbook's first sheet (the one Excel opens on). */
function firstSheetPath(files: Record<string, Uint8Array>): string {
  const workbook = files['xl/workbook.xml'] && strFromU8(files['xl/workbook.xml'])
  const rels = files['xl/_rels/workbook.xml.rels'] && strFromU8(files['xl/_rels/workbook.xml.rels'])
  const sheetTag = workbook ? /<sheet\b[^>]*>/.exec(workbook)?.[0] : undefined
  const rid = sheetTag ? (attr(sheetTag, 'r:id') ?? undefined) : undefined
  if (rid && rels) {
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      if (attr(m[0], 'Id') === rid) {
        const target = attr(m[0], 'Target') ?? ''
        const resolved = target.startsWith('/') ? target.slice(1) : `xl/${target}`
        if (files[resolved]) return resolved
      }
    }
  }
  if (files['xl/worksheets/sheet1.xml']) return 'xl/worksheets/sheet1.xml'
  throw new XlsxReadError('no worksheet')
}

/**
 * The first worksheet's rows, in order, up to `maxRows` rows that have any cell (one more is read so
 * the caller can tell a sheet that is too long). Throws XlsxReadError on anything that is not an .xlsx.
 */
export function readFirstSheet(bytes: Uint8Array, maxRows: number): ReadRow[] {
  const files = unzip(bytes)
  const path = firstSheetPath(files)
  const shared: string[] = []
  if (files['xl/sharedStrings.xml']) {
    for (const m of strFromU8(files['xl/sharedStrings.xml']).matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) shared.push(runText(m[1] ?? ''))
  }
  const xml = strFromU8(files[path])
  const data = /<sheetData>([\s\S]*)<\/sheetData>/.exec(xml)?.[1] ?? ''
  const rows: ReadRow[] = []
  let nextRow = 1
  for (const rm of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNumber = Number(attr(rm[1], 'r') ?? nextRow)
    nextRow = rowNumber + 1
    const cells: Array<ReadCell | undefined> = []
    let nextCol = 0
    for (const cm of (rm[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const ref = attr(cm[1], 'r')
      const col = ref ? columnIndex(ref) : nextCol
      nextCol = col + 1
      const body = cm[2] ?? ''
      const type = attr(cm[1], 't')
      const formula = /<f\b/.test(body)
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1]
      let text = ''
      if (type === 's') text = shared[Number(v)] ?? ''
      else if (type === 'inlineStr') text = runText(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '')
      else if (type === 'b') text = v === '1' ? 'TRUE' : v === '0' ? 'FALSE' : ''
      else text = v === undefined ? '' : decodeXml(v)
      if (text !== '' || formula) cells[col] = { text, formula }
    }
    if (cells.length === 0) continue
    rows.push({ row: rowNumber, cells })
    if (rows.length > maxRows) break
  }
  return rows
}
