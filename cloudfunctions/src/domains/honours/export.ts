// honours.export: the commended workers of a union's subtree as Excel (the 表彰名单), each with their
// certificate and whether it still stands. Names and honours are public once commended (the notice and
// the certificate check show them); the deeds, photo and consent stay out of the file.
import { CERTIFICATE_STATE } from '../../../../types/wording/exports'
import { dateCell, readAll, saveExport, unitNames } from '../../lib/export-file'
import type { Handler } from '../../lib/handler'
import { certificatesOf as certificatesOfBatch } from './certificates-repo'
import { commendedRowsUnder, countCommendedUnder, type ExportRow } from './nominations-repo'
import type { CertificateDoc } from './repo'

/** Certificates asked for in one `in` query. */
const IN_BATCH = 100

function commendedUnder(unitId: string): Promise<ExportRow[]> {
  return readAll(
    'honours',
    () => countCommendedUnder(unitId),
    (skip, limit) => commendedRowsUnder(unitId, skip, limit),
  )
}

/** The certificates of these nominations: batches of 100 ids, ten batches at a time. */
async function certificatesOf(ids: string[]): Promise<Map<string, CertificateDoc>> {
  const batches: string[][] = []
  for (let i = 0; i < ids.length; i += IN_BATCH) batches.push(ids.slice(i, i + IN_BATCH))
  const out = new Map<string, CertificateDoc>()
  for (let i = 0; i < batches.length; i += 10) {
    const pages = await Promise.all(batches.slice(i, i + 10).map(async (b) => certificatesOfBatch(b, IN_BATCH)))
    for (const c of pages.flat()) out.set(c.nominationId, c)
  }
  return out
}

export const exportHonours: Handler<'honours.export'> = async (_input, ctx) => {
  const root = ctx.scope.unit!
  const [list, names] = await Promise.all([commendedUnder(root._id), unitNames(root)])
  const certs = await certificatesOf(list.map((n) => n._id))
  const rows = list
    .map((n) => ({ n, c: certs.get(n._id) }))
    .sort((a, b) => (a.c?._id ?? '').localeCompare(b.c?._id ?? ''))
    .map(({ n, c }, i) => [
      i + 1,
      n.nomineeName,
      names.get(n.unitId) ?? '',
      n.job,
      c?.category ?? n.category ?? '',
      c?._id ?? '',
      dateCell(c?.issuedAt),
      c ? CERTIFICATE_STATE[c.status] : '',
      c?.status === 'revoked' ? c.revokedReason : '',
    ])
  return saveExport(
    'honours',
    `${root.name}-表彰名单`,
    [
      {
        name: '表彰名单',
        columns: [
          { header: '序号', width: 6 },
          { header: '姓名', width: 10 },
          { header: '单位', width: 28 },
          { header: '职务/岗位', width: 16 },
          { header: '荣誉', width: 14 },
          { header: '证书编号', width: 18 },
          { header: '表彰日期', width: 12 },
          { header: '证书状态', width: 9 },
          { header: '撤销原因', width: 20 },
        ],
        rows,
      },
    ],
    ctx.now,
  )
}
