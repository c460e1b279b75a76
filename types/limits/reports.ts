// Bounds of a unit's summary report (R9): read by the schemas in actions/reports.ts, by the server and by the pages.
import { chars, count, MEDIA_CHECK_MAX_MB } from '.'

export const REPORT_LIMITS = {
  title: chars(2, 40),
  /** msgSecCheck takes 2,500 characters a call: a long summary is checked in parts (domains/reports/save.ts). */
  body: chars(20, 5000),
  photos: count(0, 9, (_a, b) => `最多 ${b} 张照片`),
  photoMaxMb: MEDIA_CHECK_MAX_MB,
  photoMaxBytes: MEDIA_CHECK_MAX_MB * 1024 * 1024,
  /** Why the city sends a report back (the chair reads it). */
  reason: chars(2, 200),
  /** Units per page of the status list. */
  pageSize: 20,
  /** Days an unanswered reminder stays in the chair's to-do in 我的. */
  reminderOpenDays: 7,
  /** Grassroots unions a status or export reads at most (the import takes up to 3,000 units). */
  units: 3000,
} as const
