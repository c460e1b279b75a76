// Reads an export the way a person would open it: follows the temporary link to the stored file and
// decodes the .xlsx with the project's own reader (lib/xlsx-read.ts). Rows as text, the header first.
import fs from 'node:fs'
import type { ExportFile } from '../../types/entities/exports'
import type { TestCloud } from '../local/testing'
import { readFirstSheet } from '../src/lib/xlsx-read'

export function readExport(cloud: TestCloud, file: ExportFile): string[][] {
  const url = new URL(file.fileUrl)
  const stored = cloud.storage.resolveTempUrl(url.pathname + url.search)
  if (!stored) throw new Error(`the export link does not resolve: ${file.fileUrl}`)
  const rows = readFirstSheet(new Uint8Array(fs.readFileSync(stored.filePath)), 100_000)
  return rows.map((r) => Array.from({ length: r.cells.length }, (_x, i) => r.cells[i]?.text ?? ''))
}

/** The answer's data, or a failure naming the code. */
export function must<T>(r: { ok: true; data: T } | { ok: false; error: { code: string } }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}`)
  return r.data
}

/** The error code of a refused call. */
export const codeOf = (r: { ok: boolean; error?: { code: string } }): string => (r.ok ? 'ok' : r.error!.code)
