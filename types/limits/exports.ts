// Bounds of the Excel exports (see limits/index.ts): read by the export actions and the export button.

/**
 * How many rows each export may hold, at most. Each is well above the campaign's scale (30,000 workers,
 * 300 grassroots unions, thousands of works and ideas, 1,000 commended) and what its function reads and
 * writes within its timeout (bench/exports.ts measures them); past it the export is refused with a clear
 * code instead of running out of time halfway.
 */
export const EXPORT_LIMITS = {
  units: 3000,
  works: 20000,
  ideas: 10000,
  honours: 5000,
  members: 60000,
  /** Seconds the download link lives: long enough to open it, short enough that a forwarded link dies. */
  linkSeconds: 600,
} as const

export type ExportKind = Exclude<keyof typeof EXPORT_LIMITS, 'linkSeconds'>
