// The Excel exports' shared steps: reading a whole scope through the cloud's page limit, and writing the
// file to storage with a short-lived link. Every export is a list of one scope (a union's subtree).
import { randomBytes } from 'node:crypto'
import type { ExportFile } from '../../../types/entities/exports'
import { EXPORT_LIMITS, type ExportKind } from '../../../types/limits/exports'
import { cloud, db } from './cloud'
import { AppError } from './errors'
import { deleteFiles, DELETES_PER_CALL, tempUrls } from './files'
import type { UnitDoc } from './scope'
import { beijingDate } from './time'
import { writeXlsx, type Sheet } from './xlsx'

/**
 * A cloud function's query answers at most 1,000 documents, whatever limit it asks
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/database/collection/Collection.limit.html:
 * "在云函数端默认及最大上限为 1000"); the local cloud clamps the same way.
 */
export const READ_PAGE = 1000
/** Pages read at once: enough to keep the round trips few, few enough not to flood the database. */
const PAGES_AT_ONCE = 10

/**
 * Every document of a scope: counted first (so an export past its limit is refused before anything is
 * read), then read in pages of 1,000, ten pages at a time. `page` must order by a unique key so the pages
 * neither overlap nor skip.
 */
export async function readAll<T>(kind: ExportKind, count: () => Promise<number>, page: (skip: number, limit: number) => Promise<T[]>): Promise<T[]> {
  const total = await count()
  if (total > EXPORT_LIMITS[kind]) throw new AppError('EXPORT.TOO_MANY_ROWS')
  const skips: number[] = []
  for (let skip = 0; skip < total; skip += READ_PAGE) skips.push(skip)
  const out: T[] = []
  for (let i = 0; i < skips.length; i += PAGES_AT_ONCE) {
    const pages = await Promise.all(skips.slice(i, i + PAGES_AT_ONCE).map((skip) => page(skip, READ_PAGE)))
    for (const p of pages) out.push(...p)
  }
  // Written between the count and the reads: the last page may hold a few more; never more than the limit.
  if (out.length > EXPORT_LIMITS[kind]) throw new AppError('EXPORT.TOO_MANY_ROWS')
  return out
}

interface ExportFileDoc {
  _id: string
  fileId: string
  kind: ExportKind
  at: Date
}
const exportFiles = () => db().collection<ExportFileDoc>('export_files')

/** A file stays in storage this long after it was made (its link lives minutes): then the timer deletes it. */
export const EXPORT_KEEP_MS = 86_400_000
/**
 * Deletes the export files older than a day from storage, and forgets them (the content function's timer
 * runs it every ten minutes): one deleteFile call's worth (50) a round, at most 20 rounds a run; a file is
 * forgotten only once its deletion was answered. Answers how many went.
 */
export async function deleteOldExports(now: number): Promise<number> {
  let deleted = 0
  for (let round = 0; round < 20; round++) {
    const old = (
      await exportFiles()
        .where({ at: db().command.lt(new Date(now - EXPORT_KEEP_MS)) })
        .orderBy('at', 'asc')
        .limit(DELETES_PER_CALL)
        .get()
    ).data
    if (old.length === 0) break
    await deleteFiles(old.map((f) => f.fileId))
    await exportFiles()
      .where({ _id: db().command.in(old.map((f) => f._id)) })
      .remove()
    deleted += old.length
    if (old.length < DELETES_PER_CALL) break
  }
  return deleted
}

/**
 * Writes the sheets to storage under exports/<kind>/ (a random name nobody can guess) and answers a link
 * that lives EXPORT_LIMITS.linkSeconds; the file itself is deleted a day later (deleteOldExports). `title` names the file the person saves: <title>-<Beijing date>.xlsx.
 */
export async function saveExport(kind: ExportKind, title: string, sheets: Sheet[], now: number): Promise<ExportFile> {
  const bytes = writeXlsx(sheets)
  const uploaded = (await cloud.uploadFile({
    cloudPath: `exports/${kind}/${now}-${randomBytes(8).toString('hex')}.xlsx`,
    fileContent: Buffer.from(bytes),
  })) as { fileID: string }
  const [urls] = await Promise.all([
    tempUrls([uploaded.fileID], { maxAge: EXPORT_LIMITS.linkSeconds }),
    exportFiles().add({ data: { fileId: uploaded.fileID, kind, at: new Date(now) } }),
  ])
  const url = urls.get(uploaded.fileID)
  if (!url) throw new AppError('COMMON.INTERNAL')
  return { fileUrl: url, fileName: `${title.replace(/[\\/:*?"<>|]/g, ' ')}-${beijingDate(now)}.xlsx`, rows: sheets[0]?.rows.length ?? 0 }
}

/** A date cell: Beijing date, or empty. */
export const dateCell = (d: Date | number | undefined | null): string => (d === undefined || d === null ? '' : beijingDate(new Date(d).getTime()))

/**
 * The names of every unit in a subtree (retired ones too: old records still name them) and of the unions
 * above it (where a record may wait for review): two reads at once for up to 1,000 units.
 */
export async function unitNames(root: Pick<UnitDoc, '_id' | 'path'>): Promise<Map<string, string>> {
  const q = () => db().collection<UnitDoc>('units').where({ path: root._id })
  const [below, above] = await Promise.all([
    readAll(
      'units',
      async () => (await q().count()).total,
      async (skip, limit) => (await q().field({ _id: true, name: true }).orderBy('_id', 'asc').skip(skip).limit(limit).get()).data,
    ),
    db()
      .collection<UnitDoc>('units')
      .where({ _id: db().command.in(root.path) })
      .field({ _id: true, name: true })
      .get()
      .then((r) => r.data),
  ])
  return new Map([...above, ...below].map((u) => [u._id, u.name]))
}
