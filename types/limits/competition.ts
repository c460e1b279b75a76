// Bounds of a competition's fields (see limits/index.ts): read by the schemas in actions/competition.ts and by the pages.
import { chars, count, range } from '.'

/** Every bound of a competition's fields (actions/competition.ts and the pages read these). */
export const COMPETITION_LIMITS = {
  title: chars(2, 40),
  description: chars(10, 2000, '比什么、怎么比、有什么奖励，至少 10 个字'),
  place: chars(2, 60),
  capacity: range(1, 10000, '名额请填 1 到 10000 之间的整数'),
  /** People in a team, captain included. */
  teamSize: range(2, 50, '每队人数请填 2 到 50 之间的整数'),
  teamName: chars(2, 20, '2 到 20 个字，会显示在名单和成绩里'),
  /** Searching colleagues (teammates, sign-ups). */
  keyword: chars(1, 20),
  /** Why a sign-up is turned down (the person reads it). */
  reason: chars(2, 100),
  rank: range(1, 1000),
  award: chars(1, 20),
  /** Rows of results saved at once. */
  results: count(0, 200),
  /** Sign-ups decided in one batch. */
  batch: count(1, 100),
  /** The short code under a ticket's QR (letters and digits that cannot be mistaken for each other). */
  checkinCode: chars(6, 6, '参赛凭证二维码下面的 6 位字母和数字'),
} as const
