// Bounds of the Excel exports (see limits/index.ts): read by the export actions and the export button.

/**
 * How many rows each export may hold, at most: above the campaign's scale (30,000 workers, 300 grassroots
 * unions, thousands of works and ideas, 1,000 commended) and within what its function reads and writes
 * before its timeout. The bench (bench/writes/exports.ts) exports each at its limit through the local
 * store at 15 ms a round trip, p95: units 1.9 s (campaign, 5 s), works 5.1 s (works, 20 s), ideas 6.6 s
 * (ideas, 10 s; 20,000 ran out of time), honours 3.7 s (honours, 20 s), members 16.8 s (org, 60 s;
 * 60,000 ran out of time). Past its limit an export is refused with a clear code instead of running out
 * of time halfway: the chair exports each union below separately.
 */
export const EXPORT_LIMITS = {
  units: 3000,
  works: 20000,
  ideas: 10000,
  honours: 5000,
  members: 40000,
  /** Seconds the download link lives: long enough to open it, short enough that a forwarded link dies. */
  linkSeconds: 600,
} as const

export type ExportKind = Exclude<keyof typeof EXPORT_LIMITS, 'linkSeconds'>
