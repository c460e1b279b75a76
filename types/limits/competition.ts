// Bounds of a competition's fields (see limits/index.ts): read by the schemas in actions/competition.ts and by the pages.
import { chars, count, range } from '.'
import { COMPETITION_SIGNUP_LIMITS } from './competition-signup'

/** Every bound of a competition's fields (actions/competition.ts and the pages read these). */
export const COMPETITION_LIMITS = {
  ...COMPETITION_SIGNUP_LIMITS,
  title: chars(2, 40),
  description: chars(10, 2000, (min) => `比什么、怎么比、有什么奖励，至少 ${min} 个字`),
  place: chars(2, 60),
  capacity: range(1, 10000, (min, max) => `名额请填 ${min} 到 ${max} 之间的整数`),
  /** People in a team, captain included. */
  teamSize: range(2, 50, (min, max) => `每队人数请填 ${min} 到 ${max} 之间的整数`),
  /** Why a sign-up is turned down (the person reads it). */
  reason: chars(2, 100),
  rank: range(1, 1000),
  award: chars(1, 20),
  /** Rows of results saved at once. */
  results: count(0, 200),
  /** Sign-ups decided in one batch. */
  batch: count(1, 100),
} as const
