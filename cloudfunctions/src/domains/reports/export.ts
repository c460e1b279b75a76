// reports.export: every grassroots union's report in the caller's subtree as one Excel sheet (units that
// have not submitted are rows too, so the sheet is the whole list). The file is written once under
// report-exports/, handed out as a link that lives ten minutes, and deleted by the daily timer (exports.ts).
import { randomBytes } from 'node:crypto'
import { REPORT_FIGURE_LABELS, REPORT_STATE_LABELS, REPORT_STATUS_LABELS, type ReportFigures } from '../../../../types/entities/reports'
import { cloud } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import type { Handler } from '../../lib/handler'
import { beijingDate, beijingDateTime } from '../../lib/time'
import { writeXlsx } from '../../lib/xlsx'
import { findCurrentCampaign } from '../campaign/repo'
import { rememberExport } from './exports'
import { scopeUnits } from './scope-units'
import { stateOfUnit } from './status'

const LINK_SECONDS = 600
const FIGURES = Object.keys(REPORT_FIGURE_LABELS) as Array<keyof ReportFigures>

export const exportReports: Handler<'reports.export'> = async (_input, ctx) => {
  const root = ctx.scope.unit!
  const campaign = await findCurrentCampaign(ctx.now)
  if (!campaign) throw new AppError('CAMPAIGN.NOT_FOUND')
  const list = await scopeUnits(campaign._id, root)
  const bytes = writeXlsx([
    {
      name: '工作总结',
      columns: [
        { header: '单位', width: 26 },
        { header: '上级工会', width: 20 },
        { header: '提交情况' },
        { header: '审阅' },
        { header: '提交时间', width: 17 },
        { header: '标题', width: 30 },
        { header: '正文', width: 60 },
        { header: '照片（张）' },
        ...FIGURES.map((k) => ({ header: REPORT_FIGURE_LABELS[k] })),
        { header: '退回原因', width: 24 },
      ],
      rows: list.map((s) => {
        const r = s.report && s.report.status !== 'draft' ? s.report : null
        return [
          s.unit.name,
          s.parent?.name ?? '',
          REPORT_STATE_LABELS[stateOfUnit(s)],
          r ? REPORT_STATUS_LABELS[r.status] : '',
          r?.submittedAt ? beijingDateTime(r.submittedAt.getTime()) : '',
          r?.title ?? '',
          r?.body ?? '',
          r ? r.photos.length : '',
          ...FIGURES.map((k) => (r ? r.figures[k] : '')),
          r?.status === 'returned' ? r.reason : '',
        ]
      }),
    },
  ])
  const uploaded = (await cloud.uploadFile({
    cloudPath: `report-exports/${ctx.now}-${randomBytes(8).toString('hex')}.xlsx`,
    fileContent: Buffer.from(bytes),
  })) as { fileID: string }
  await rememberExport(uploaded.fileID, new Date(ctx.now))
  const url = (await tempUrls([uploaded.fileID], { maxAge: LINK_SECONDS })).get(uploaded.fileID)
  if (!url) throw new AppError('COMMON.INTERNAL')
  return { fileUrl: url, fileName: `${root.name}-工作总结-${beijingDate(ctx.now)}.xlsx`, rows: list.length }
}
