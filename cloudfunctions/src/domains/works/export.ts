// works.export: the works submitted in a union's subtree as Excel, for its chairs and the city union.
// Drafts are the authors' own and works the machine check blocked never reached the chairs: both are left
// out. Read through the cloud's 1,000-a-read limit with the fields the sheet needs (no images, no steps).
import { WORK_EXPORT_STATUS } from '../../../../types/wording/exports'
import { dateCell, readAll, saveExport, unitNames } from '../../lib/export-file'
import type { Handler } from '../../lib/handler'
import { worksUnderIn, type WorkDoc } from './repo'

/** What a chair has seen of a work: submitted, recommended, selected or turned down. */
export const EXPORTED_STATUSES = ['reviewing', 'rejected', 'exhibited'] as const

type Row = Pick<WorkDoc, '_id' | 'title' | 'category' | 'authorName' | 'unitId' | 'unitPath' | 'status' | 'reviewUnitId' | 'passes' | 'reason' | 'likeCount'> &
  Partial<Pick<WorkDoc, 'firstSubmittedAt' | 'exhibitedAt'>>

const FIELDS = {
  _id: true,
  title: true,
  category: true,
  authorName: true,
  unitId: true,
  unitPath: true,
  status: true,
  reviewUnitId: true,
  passes: true,
  reason: true,
  likeCount: true,
  firstSubmittedAt: true,
  exhibitedAt: true,
}

function statusOf(w: Row, cityId: string): string {
  if (w.status !== 'reviewing') return WORK_EXPORT_STATUS[w.status as 'rejected' | 'exhibited'] ?? w.status
  if (w.reviewUnitId === cityId) return WORK_EXPORT_STATUS.atCity
  return w.passes > 0 ? WORK_EXPORT_STATUS.recommended : WORK_EXPORT_STATUS.reviewing
}

/** The works of a subtree, oldest first by id. */
export async function worksUnder(unitId: string): Promise<Row[]> {
  const q = () => worksUnderIn(unitId, EXPORTED_STATUSES)
  return readAll(
    'works',
    async () => (await q().count()).total,
    async (skip, limit) => (await q().field(FIELDS).orderBy('_id', 'asc').skip(skip).limit(limit).get()).data as Row[],
  )
}

export const exportWorks: Handler<'works.export'> = async (_input, ctx) => {
  const root = ctx.scope.unit!
  const cityId = root.path[0]!
  const [list, names] = await Promise.all([worksUnder(root._id), unitNames(root)])
  const sorted = [...list].sort((a, b) => (a.firstSubmittedAt?.getTime() ?? 0) - (b.firstSubmittedAt?.getTime() ?? 0))
  return saveExport(
    'works',
    `${root.name}-职工作品`,
    [
      {
        name: '职工作品',
        columns: [
          { header: '序号', width: 6 },
          { header: '作品名称', width: 24 },
          { header: '类别', width: 8 },
          { header: '作者', width: 10 },
          { header: '单位', width: 28 },
          { header: '状态', width: 14 },
          { header: '当前审核单位', width: 24 },
          { header: '选送次数', width: 8 },
          { header: '提交日期', width: 12 },
          { header: '入展日期', width: 12 },
          { header: '点赞', width: 8 },
          { header: '未通过原因', width: 24 },
        ],
        rows: sorted.map((w, i) => [
          i + 1,
          w.title,
          w.category ?? '',
          w.authorName,
          names.get(w.unitId) ?? '',
          statusOf(w, cityId),
          w.status === 'reviewing' && w.reviewUnitId ? (names.get(w.reviewUnitId) ?? '') : '',
          w.passes,
          dateCell(w.firstSubmittedAt),
          dateCell(w.exhibitedAt),
          w.likeCount,
          w.status === 'rejected' ? w.reason : '',
        ]),
      },
    ],
    ctx.now,
  )
}
