// Export files hold every unit's summary: each one is remembered when written and deleted by the
// `reports` function's daily timer once it is older than EXPORT_KEEP_MS (the link handed out lives ten
// minutes; a day covers a download that is retried). Like care.export's files (domains/care/retention.ts).
import { db } from '../../lib/cloud'
import { removeFiles } from './photos'

export const EXPORT_KEEP_MS = 86_400_000

interface ExportDoc {
  _id: string
  fileId: string
  at: Date
}

const exportsCol = () => db().collection<ExportDoc>('report_exports')

export async function rememberExport(fileId: string, at: Date): Promise<void> {
  await exportsCol().add({ data: { fileId, at } as ExportDoc })
}

/** Deletes the export files older than a day and forgets them; answers how many. */
export async function deleteOldExports(now: number): Promise<{ exportsDeleted: number }> {
  const _ = db().command
  const old = (
    await exportsCol()
      .where({ at: _.lt(new Date(now - EXPORT_KEEP_MS)) })
      .limit(1000)
      .get()
  ).data
  if (old.length === 0) return { exportsDeleted: 0 }
  await removeFiles(old.map((e) => e.fileId))
  await exportsCol()
    .where({ _id: _.in(old.map((e) => e._id)) })
    .remove()
  return { exportsDeleted: old.length }
}
