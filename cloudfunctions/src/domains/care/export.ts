// care.export: the campaign's visits as an Excel file for the city union's care officers. Identities are
// masked as in their lists (a care officer is staff of the city unit only), the notes left out; the file
// lives in storage no longer than a day (the timer deletes it) and its link ten minutes. Logged with every
// record it contains.
import { randomBytes } from 'node:crypto'
import {
  CARE_CATEGORY_LABELS,
  CARE_DIFFICULTY_LABELS,
  CARE_HELP_LABELS,
  CARE_LAWFUL_BASIS_LABELS,
  CARE_LIMITS,
  FOLLOW_UP_LABELS,
} from '../../../../types/entities/care'
import { cloud } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import type { Handler } from '../../lib/handler'
import { beijingDate } from '../../lib/time'
import { writeXlsx } from '../../lib/xlsx'
import { findCurrentCampaign } from '../campaign/repo'
import { append } from './access-log-repo'
import { actorOf } from './actor'
import { rememberExport, visitsOfCampaign } from './repo'
import { toView } from './view'

const LINK_SECONDS = 600

export const exportVisits: Handler<'care.export'> = async (_input, ctx) => {
  const campaign = await findCurrentCampaign(ctx.now)
  if (!campaign) throw new AppError('CAMPAIGN.NOT_FOUND')
  const docs = await visitsOfCampaign(campaign._id, CARE_LIMITS.exportRows)
  const views = docs.map((d) => toView(d, ctx.caller, ctx.now))
  const bytes = writeXlsx([
    {
      name: '走访慰问',
      columns: [
        { header: '单位', width: 24 },
        { header: '姓名' },
        { header: '类别' },
        { header: '困难类型', width: 24 },
        { header: '帮扶内容', width: 30 },
        { header: '金额（元）' },
        { header: '走访日期' },
        { header: '回访' },
        { header: '处理依据', width: 22 },
        { header: '计入目标' },
      ],
      rows: views.map((v) => [
        v.unit.name,
        v.person.name,
        CARE_CATEGORY_LABELS[v.category],
        v.difficulties.map((d) => CARE_DIFFICULTY_LABELS[d]).join('、'),
        v.help.map((h) => `${CARE_HELP_LABELS[h.kind]}${h.detail ? `（${h.detail}）` : ''}`).join('；'),
        v.help.reduce((s, h) => s + h.amount, 0),
        beijingDate(v.visitedAt),
        FOLLOW_UP_LABELS[v.followUp],
        CARE_LAWFUL_BASIS_LABELS[v.lawfulBasis],
        v.counted ? '是' : '否（重复走访）',
      ]),
    },
  ])
  const at = new Date(ctx.now)
  const fileName = `走访慰问-${beijingDate(ctx.now)}.xlsx`
  const uploaded = (await cloud.uploadFile({
    cloudPath: `care-exports/${ctx.now}-${randomBytes(8).toString('hex')}.xlsx`,
    fileContent: Buffer.from(bytes),
  })) as { fileID: string }
  await rememberExport(uploaded.fileID, at)
  await append(
    { actor: actorOf(ctx.caller), action: ctx.action, outcome: 'ok', visitIds: views.map((v) => v.id), unitId: null, detail: `导出 ${views.length} 条` },
    at,
  )
  const url = (await tempUrls([uploaded.fileID], { maxAge: LINK_SECONDS })).get(uploaded.fileID)
  if (!url) throw new AppError('COMMON.INTERNAL')
  return { fileUrl: url, fileName, rows: views.length }
}
