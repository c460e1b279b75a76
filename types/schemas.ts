// Reusable field schemas. Every string has a maximum length: the cloud's request limit is 100 KB and
// nothing a person types here needs more than a few thousand characters.
import * as v from 'valibot'

/** A document id: the cloud's are 32 hex characters; demo data and slugs use [A-Za-z0-9_-]. */
export const id = v.pipe(v.string('需要文本'), v.regex(/^[A-Za-z0-9_-]{1,64}$/, '编号格式不正确'))

/** Visible text, trimmed, with bounds. */
export const text = (min: number, max: number) =>
  v.pipe(v.string('需要文本'), v.trim(), v.minLength(min, `至少 ${min} 个字`), v.maxLength(max, `不能超过 ${max} 个字`))

/** Optional text: absent or empty means none. */
export const optionalText = (max: number) => v.optional(v.pipe(v.string('需要文本'), v.trim(), v.maxLength(max, `不能超过 ${max} 个字`)), '')

/** A person's real name: Chinese names, or names with Latin letters and the middle dot (少数民族姓名). */
export const realName = v.pipe(
  v.string('需要文本'),
  v.trim(),
  v.minLength(2, '请填写真实姓名'),
  v.maxLength(20, '姓名不能超过 20 个字'),
  v.regex(/^[\u4e00-\u9fa5A-Za-z·•. ]+$/, '姓名只能包含汉字、字母和间隔号'),
)

/** A file in cloud storage, as wx.cloud.uploadFile answers it. */
export const fileId = v.pipe(v.string(), v.maxLength(400), v.regex(/^cloud:\/\/[A-Za-z0-9._-]+\/[A-Za-z0-9._\-/]+$/, '文件地址不正确'))

/** 1-based page number for lists. */
export const page = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500)), 1)

/** Epoch milliseconds within a sane range (2020–2100). */
export const epochMs = v.pipe(v.number(), v.integer(), v.minValue(1577836800000), v.maxValue(4102444800000))
