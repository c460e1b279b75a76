// ideas.export: the ideas submitted in a union's subtree as Excel, for its chairs and the city union.
// Judging is blind and the scores are the city union's (ideas.cityQueue): a chair's file shows an idea's
// score only once the city has decided it (adopted or declined). Drafts are the authors' own: left out.
import { IDEA_STATUS_LABELS, type IdeaStatus } from '../../../../types/entities/ideas'
import { dateCell, readAll, saveExport, unitNames } from '../../lib/export-file'
import type { Handler } from '../../lib/handler'
import { ideasUnderIn, type IdeaDoc } from './repo'

const EXPORTED: IdeaStatus[] = ['submitted', 'returned', 'rejected', 'forwarded', 'reviewing', 'adopted', 'declined', 'merged']
const DECIDED: IdeaStatus[] = ['adopted', 'declined']

type Row = Pick<
  IdeaDoc,
  '_id' | 'type' | 'title' | 'authorName' | 'coAuthors' | 'unitId' | 'status' | 'score' | 'award' | 'implemented' | 'savingsYuan' | 'submittedAt' | 'adoptedAt'
>

const FIELDS = {
  _id: true,
  type: true,
  title: true,
  authorName: true,
  coAuthors: true,
  unitId: true,
  status: true,
  score: true,
  award: true,
  implemented: true,
  savingsYuan: true,
  submittedAt: true,
  adoptedAt: true,
}

export async function ideasUnder(unitId: string): Promise<Row[]> {
  const q = () => ideasUnderIn(unitId, EXPORTED)
  return readAll(
    'ideas',
    async () => (await q().count()).total,
    async (skip, limit) => (await q().field(FIELDS).orderBy('_id', 'asc').skip(skip).limit(limit).get()).data as Row[],
  )
}

export const exportIdeas: Handler<'ideas.export'> = async (_input, ctx) => {
  const root = ctx.scope.unit!
  const city = ctx.caller.hasRole('city_admin')
  const [list, names] = await Promise.all([ideasUnder(root._id), unitNames(root)])
  const sorted = [...list].sort((a, b) => (a.submittedAt?.getTime() ?? 0) - (b.submittedAt?.getTime() ?? 0))
  const scoreShown = (i: Row) => (city || DECIDED.includes(i.status)) && i.score.count > 0
  return saveExport(
    'ideas',
    `${root.name}-金点子`,
    [
      {
        name: '金点子',
        columns: [
          { header: '序号', width: 6 },
          { header: '题目', width: 28 },
          { header: '类别', width: 12 },
          { header: '提出人', width: 10 },
          { header: '合作者', width: 18 },
          { header: '单位', width: 28 },
          { header: '状态', width: 12 },
          { header: '评分人数', width: 8 },
          { header: '平均分', width: 8 },
          { header: '采纳', width: 6 },
          { header: '奖项', width: 8 },
          { header: '已实施', width: 7 },
          { header: '预计年节约（元）', width: 14 },
          { header: '提交日期', width: 12 },
          { header: '采纳日期', width: 12 },
        ],
        rows: sorted.map((i, n) => [
          n + 1,
          i.title,
          i.type,
          i.authorName,
          i.coAuthors.map((c) => c.realName).join('、'),
          names.get(i.unitId) ?? '',
          IDEA_STATUS_LABELS[i.status],
          scoreShown(i) ? i.score.count : '',
          scoreShown(i) ? (i.score.mean ?? '') : '',
          i.status === 'adopted' ? '是' : '',
          i.award ?? '',
          i.implemented ? '是' : '',
          i.savingsYuan ?? '',
          dateCell(i.submittedAt),
          dateCell(i.adoptedAt),
        ]),
      },
    ],
    ctx.now,
  )
}
