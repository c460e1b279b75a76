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

/** Text from `min` to `max` characters (after trimming). */
export const chars = (min: number, max: number, hint = `${min} 到 ${max} 个字`): Limit => ({ min, max, hint })

/** How many of something (images, people, rows): `min` to `max`. */
export const count = (min: number, max: number, hint = `最多 ${max} 个`): Limit => ({ min, max, hint })

/** A whole number from `min` to `max`. */
export const range = (min: number, max: number, hint = `${min} 到 ${max}`): Limit => ({ min, max, hint })

/** The `maxlength` of an input typing a number within `l`. */
export const digits = (l: Limit) => String(l.max).length

/**
 * A form's check of a text field before it calls: the same bounds the server's schema applies, said
 * with the field's name. `missing` is what an empty field is told (default: the minimum).
 */
export function lengthProblem(label: string, value: string, l: Limit, missing?: string): string | undefined {
  const n = value.trim().length
  if (n === 0 && l.min > 0) return missing ?? `请填写${label}`
  if (n < l.min) return `${label}至少 ${l.min} 个字`
  if (n > l.max) return `${label}不能超过 ${l.max} 个字`
  return undefined
}
