// The shape of a field rule, written once per field in the contract (limits/<domain>.ts, beside the
// schemas of actions/<domain>.ts) and read by the valibot schemas, by the forms' own checks before a call, by
// the hint under a field and by an input's `maxlength`. Changing a number here changes all four.

/** WeChat's asynchronous media check (mediaCheckAsync) takes images up to 10 MB: every picker's cap. */
export const MEDIA_CHECK_MAX_MB = 10

/** Bounds of a field with the hint a form shows under it. */
export interface Limit {
  readonly min: number
  readonly max: number
  readonly hint: string
}

/** A hint says the bounds it is given, so no number is written twice. */
type Hint = (min: number, max: number) => string

/** Text from `min` to `max` characters (after trimming). */
export const chars = (min: number, max: number, hint: Hint = (a, b) => `${a} 到 ${b} 个字`): Limit => ({ min, max, hint: hint(min, max) })

/** How many of something (images, people, rows): `min` to `max`. */
export const count = (min: number, max: number, hint: Hint = (_a, b) => `最多 ${b} 个`): Limit => ({ min, max, hint: hint(min, max) })

/** A whole number from `min` to `max`. */
export const range = (min: number, max: number, hint: Hint = (a, b) => `${a} 到 ${b}`): Limit => ({ min, max, hint: hint(min, max) })

/** 1000000 → "1,000,000", as the forms print large numbers. */
export const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')

/** The `maxlength` of an input typing a number within `l`. */
export const digits = (l: Limit) => String(l.max).length
