// Bounds of a work's fields (see limits/index.ts): read by the schemas in actions/works.ts and by the pages.
import { chars, count } from '.'

/** Limits a work keeps (the schemas in actions/works.ts and the pages read the same numbers). */
export const WORK_LIMITS = {
  title: chars(2, 30),
  description: chars(5, 500),
  images: count(1, 9, '最多 9 张'),
  /** Why a chair turns a work down (the author reads it). */
  reason: chars(2, 100),
  /** WeChat's asynchronous media check takes images up to 10 MB. */
  imageMaxMb: 10,
  imageMaxBytes: 10 * 1024 * 1024,
} as const
