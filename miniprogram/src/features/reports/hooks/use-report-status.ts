// The city's status page: the counts of the three tabs and the chosen tab's units a page at a time
// (reports.status answers both; the list hook pages the rows), reminding one unit or every missing unit
// below the chosen union, and the export.
import type { ReportState, ReportStatusRow } from '@contract/entities/reports'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
import { confirm, toastDone, toastError } from '../../../services/feedback'
import { openSpreadsheet } from '../../competition/export'
import { REPORT_TEXT } from '../text'

export function useReportStatus(unitId: string, state: ReportState) {
  const counts = useCloudQuery('reports.status', { unitId, state, page: 1 })
  const list = usePagedList('reports.status', { unitId, state })
  const reload = () => Promise.all([counts.reload(), list.reload()])

  const remind = useSubmit(async (target?: ReportStatusRow) => {
    const all = !target
    if (all && !(await confirm({ title: REPORT_TEXT.remindAll, content: '给所有未提交的单位发送提醒（每个单位每天一次）？', confirmText: '发送提醒' }))) return
    const res = await call('reports.remind', { unitId: target ? target.unit.id : unitId })
    if (!res.ok) return toastError(res.error)
    toastDone(all ? `已提醒 ${res.data.reminded} 个单位` : '已提醒')
    if (target) list.setItems((items) => items.map((i) => (i.unit.id === target.unit.id ? { ...i, remindedToday: true } : i)))
    else await reload()
  })

  const exportAll = useSubmit(async () => {
    const res = await call('reports.export', { unitId })
    if (!res.ok) return toastError(res.error)
    const opened = await openSpreadsheet(res.data.fileUrl)
    if (!opened.ok) toastError(opened.error)
  })

  return { counts, list, reload, remind, exportAll }
}
