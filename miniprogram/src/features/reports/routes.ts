// Where the summary-report pages are: the package-command subpackage (staff only, never shared).
export const REPORT_ROUTES = {
  mine: (unitId: string) => `/package-command/pages/report-mine/index?unitId=${encodeURIComponent(unitId)}`,
  status: '/package-command/pages/report-status/index',
  report: (unitId: string) => `/package-command/pages/report/index?unitId=${encodeURIComponent(unitId)}`,
} as const
