// Bounds of an idea's fields (see limits/index.ts): read by the schemas in actions/ideas.ts and by the pages.
import { chars, count, range } from '.'

/** Every bound of an idea's fields (actions/ideas.ts and the pages read these). */
export const IDEA_LIMITS = {
  title: chars(4, 30, (min, max) => `一句话说清楚，${min} 到 ${max} 个字`),
  problem: chars(10, 500),
  proposal: chars(10, 1000),
  benefit: chars(5, 300),
  /** Yearly savings in whole yuan. */
  savingsYuan: range(0, 1_000_000_000, () => '估算就行，不知道可以不填'),
  images: count(0, 6, (_min, max) => `现场照片、草图，最多 ${max} 张`),
  coAuthors: count(0, 5, (_min, max) => `一起想出来的本单位同事，最多 ${max} 位`),
  /** A judge's comment beside the scores. */
  comment: chars(2, 500),
  panelName: chars(2, 20),
  panelJudges: count(1, 9, (_min, max) => `一个评审组最多 ${max} 位专家`),
  /** Why the city declines an idea. */
  declineReason: chars(2, 200),
  /** A chair's note when returning or rejecting. */
  reason: chars(2, 200),
  batch: count(1, 100),
} as const
