// Cloud function `reports`: grassroots unions' campaign summaries (R9) and the city's view of them.
import { decide, read } from '../../domains/reports/decide'
import { exportReports } from '../../domains/reports/export'
import { mine } from '../../domains/reports/mine'
import { remind } from '../../domains/reports/remind'
import { save } from '../../domains/reports/save'
import { status } from '../../domains/reports/status'
import { createFunction } from '../../lib/handler'

export const main = createFunction('reports', {
  'reports.mine': mine,
  'reports.save': save,
  'reports.status': status,
  'reports.read': read,
  'reports.decide': decide,
  'reports.remind': remind,
  'reports.export': exportReports,
})
