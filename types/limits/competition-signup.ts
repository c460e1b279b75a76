// The bounds a worker meets when signing up and checking in (a team's name, finding teammates, the
// ticket's code): their own module, because the main package's pages read them while the
// organisers' bounds (COMPETITION_LIMITS, which includes these) load only with the organisers' pages.
import { chars } from '.'

export const COMPETITION_SIGNUP_LIMITS = {
  teamName: chars(2, 20, (min, max) => `${min} 到 ${max} 个字，会显示在名单和成绩里`),
  /** Searching colleagues (teammates, sign-ups). */
  keyword: chars(1, 20),
  /** The short code under a ticket's QR (letters and digits that cannot be mistaken for each other). */
  checkinCode: chars(6, 6, (n) => `参赛凭证二维码下面的 ${n} 位字母和数字`),
} as const
