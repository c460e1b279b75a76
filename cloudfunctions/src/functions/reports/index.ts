// Cloud function `reports`: grassroots unions' campaign summaries (R9) and the city's view of them.
import { decide, read } from '../../domains/reports/decide'
import { exportReports } from '../../domains/reports/export'
import { deleteOldExports } from '../../domains/reports/exports'
import { mine } from '../../domains/reports/mine'
import { remind } from '../../domains/reports/remind'
import { save } from '../../domains/reports/save'
import { status } from '../../domains/reports/status'
import { createFunction } from '../../lib/handler'
import { REPORT_EXPORTS_TRIGGER } from '../index'

export const main = createFunction(
  'reports',
  {
    'reports.mine': mine,
    'reports.save': save,
    'reports.status': status,
    'reports.read': read,
    'reports.decide': decide,
    'reports.remind': remind,
    'reports.export': exportReports,
  },
  {
    // The platform's firing time (UTC, to the second); the clock if it is missing or malformed.
    timers: {
      [REPORT_EXPORTS_TRIGGER]: (event) => {
        const fired = Date.parse(event.Time)
        return deleteOldExports(Number.isFinite(fired) ? fired : Date.now())
      },
    },
  },
)
