// Bounds of a work's fields (see limits/index.ts): read by the schemas in actions/works.ts and by the pages.
import { chars, count, MEDIA_CHECK_MAX_MB } from '.'

/** Limits a work keeps (the schemas in actions/works.ts and the pages read the same numbers). */
export const WORK_LIMITS = {
  title: chars(2, 30),
  description: chars(5, 500),
  images: count(1, 9, (_min, max) => `最多 ${max} 张`),
  /** Why a chair turns a work down (the author reads it). */
  reason: chars(2, 100),
  imageMaxMb: MEDIA_CHECK_MAX_MB,
  imageMaxBytes: MEDIA_CHECK_MAX_MB * 1024 * 1024,
} as const
