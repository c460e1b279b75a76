// Reusable field schemas. Every string has a maximum length: the cloud's request limit is 100 KB and
// nothing a person types here needs more than a few thousand characters.
import * as v from 'valibot'
import { PEOPLE_LIMITS } from './limits/people'
import type { Limit } from './limits'

/** A document id: the cloud's are 32 hex characters; demo data and slugs use [A-Za-z0-9_-]. */
export const id = v.pipe(v.string('需要文本'), v.regex(/^[A-Za-z0-9_-]{1,64}$/, '编号格式不正确'))

/** Visible text, trimmed, within a field's limit (limits/<domain>.ts). */
export const text = ({ min, max }: Limit) =>
  v.pipe(v.string('需要文本'), v.trim(), v.minLength(min, `至少 ${min} 个字`), v.maxLength(max, `不能超过 ${max} 个字`))

/** A whole number within a field's limit. */
export const int = ({ min, max }: Limit, message?: string) => v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message))

/** A list of `item` within a count limit. */
export const list = <T extends v.GenericSchema>(item: T, { min, max }: Limit, tooMany = `最多 ${max} 个`) =>
  v.pipe(v.array(item), v.minLength(min), v.maxLength(max, tooMany))

/** Optional text: absent or empty means none. */
export const optionalText = (max: number) => v.optional(v.pipe(v.string('需要文本'), v.trim(), v.maxLength(max, `不能超过 ${max} 个字`)), '')

/** A person's real name: Chinese names, or names with Latin letters and the middle dot (少数民族姓名). */
export const realName = v.pipe(
  v.string('需要文本'),
  v.trim(),
  v.minLength(PEOPLE_LIMITS.realName.min, '请填写真实姓名'),
  v.maxLength(PEOPLE_LIMITS.realName.max, `姓名不能超过 ${PEOPLE_LIMITS.realName.max} 个字`),
  v.regex(/^[\u4e00-\u9fa5A-Za-z·•. ]+$/, '姓名只能包含汉字、字母和间隔号'),
)

/** A file in cloud storage, as wx.cloud.uploadFile answers it. */
export const fileId = v.pipe(v.string(), v.maxLength(400), v.regex(/^cloud:\/\/[A-Za-z0-9._-]+\/[A-Za-z0-9._\-/]+$/, '文件地址不正确'))

/** 1-based page number for lists. */
export const page = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)), 1)

/** Epoch milliseconds within a sane range (2020–2100). */
export const epochMs = v.pipe(v.number(), v.integer(), v.minValue(1577836800000), v.maxValue(4102444800000))
