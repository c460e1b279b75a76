// Reusable field schemas. Every string has a maximum length: the cloud's request limit is 100 KB and
// nothing a person types here needs more than a few thousand characters.
import * as v from 'valibot'

/** A document id: the cloud's are 32 hex characters; demo data and slugs use [A-Za-z0-9_-]. */
export const id = v.pipe(v.string('需要文本'), v.regex(/^[A-Za-z0-9_-]{1,64}$/, '编号格式不正确'))

/** Visible text, trimmed, with bounds. */
export const text = (min: number, max: number) =>
  v.pipe(v.string('需要文本'), v.trim(), v.minLength(min, `至少 ${min} 个字`), v.maxLength(max, `不能超过 ${max} 个字`))

export const pageSize = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50)), 20)
