// subscribeMessage.send, answered locally: checks the request the way WeChat does ("发送订阅消息
// sendMessage": 40003 touser, 40037 template id, 41030 page, 47003 field values, 43101 no subscription) and
// appends what would be delivered to <dir>/outbox.jsonl. One acceptance of requestSubscribeMessage allows one
// send ("一次性订阅消息": 用户订阅一次，开发者可下发一条消息), so a send consumes one recorded acceptance.
// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { findSubscribeTemplate, type SubscribeFieldType, type SubscribeTemplate } from '../../../types/subscribe-templates'
import { charLength, isPlainObject, readJsonFile, wxError, wxOk, writeJsonFile } from './common'
import type { ApiReply } from './wire'

export interface OutboxEntry {
  msgId: string
  /** ISO time of the send. */
  sentAt: string
  touser: string
  templateId: string
  /** The template's title, for reading the outbox. */
  templateTitle: string
  page: string | null
  /** Keyword key → value, as sent. */
  data: Record<string, string>
  miniprogramState: 'developer' | 'trial' | 'formal'
  lang: 'zh_CN' | 'en_US' | 'zh_HK' | 'zh_TW'
}

const MINIPROGRAM_STATES = ['developer', 'trial', 'formal'] as const
const LANGS = ['zh_CN', 'en_US', 'zh_HK', 'zh_TW'] as const

const HAN = /\p{Script=Han}/u
const DATE = String.raw`(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{1,2}-\d{1,2}|\d{4}/\d{1,2}/\d{1,2}|\d{1,2}月\d{1,2}日)`
const TIME = String.raw`(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?`
const TIME_POINT = String.raw`(?:${DATE}\s*)?${TIME}`
const DATE_POINT = String.raw`${DATE}(?:\s*${TIME})?`
const TIME_VALUE = new RegExp(String.raw`^${TIME_POINT}(?:\s*~\s*${TIME_POINT})?$`)
const DATE_VALUE = new RegExp(String.raw`^${DATE_POINT}(?:\s*~\s*${DATE_POINT})?$`)

/** Why a value is not acceptable for a keyword type, or null. Rules: "订阅消息参数值内容限制说明". */
export function fieldValueProblem(type: SubscribeFieldType, value: string): string | null {
  const length = charLength(value)
  if (value.trim() === '') return 'is empty'
  switch (type) {
    case 'thing':
      return length <= 20 ? null : 'exceeds 20 characters'
    case 'number':
      return /^\d+(\.\d+)?$/.test(value) && length <= 32 ? null : 'must be at most 32 digits, decimals allowed'
    case 'letter':
      return /^[A-Za-z]{1,32}$/.test(value) ? null : 'must be at most 32 letters'
    case 'symbol':
      return /^[^\p{L}\p{N}\s]{1,5}$/u.test(value) ? null : 'must be at most 5 symbols'
    case 'character_string':
      return /^[\x21-\x7e]{1,32}$/.test(value) ? null : 'must be at most 32 letters, digits or symbols'
    case 'time':
      return TIME_VALUE.test(value) && datesValid(value) ? null : 'must be a 24-hour time, optionally with a date, or a range joined by ~'
    case 'date':
      return DATE_VALUE.test(value) && datesValid(value) ? null : 'must be a date, optionally with a time, or a range joined by ~'
    case 'amount':
      return /^[¥￥$€£]?\d{1,10}(\.\d{1,2})?元?$/.test(value) ? null : 'must be a currency symbol and at most 10 digits, decimals allowed'
    case 'phone_number':
      return /^[0-9+\-()#*]{1,17}$/.test(value) ? null : 'must be at most 17 digits and symbols'
    case 'car_number':
      return length <= 8 && /^[\p{Script=Han}A-Za-z0-9][A-Za-z0-9]*[\p{Script=Han}A-Za-z0-9]?$/u.test(value)
        ? null
        : 'must be a plate number of at most 8 characters'
    case 'name':
      // "中文名10个汉字内；纯英文名20个字母内；中文和字母混合按中文名算，10个字内".
      if (HAN.test(value)) return /^[\p{Script=Han}A-Za-z·•]+$/u.test(value) && length <= 10 ? null : 'must be at most 10 characters when Chinese'
      return /^[A-Za-z .'·-]{1,20}$/.test(value) ? null : 'must be at most 20 letters'
    case 'phrase':
      return /^\p{Script=Han}{1,5}$/u.test(value) ? null : 'must be at most 5 Chinese characters'
  }
}

function datesValid(value: string): boolean {
  for (const m of value.matchAll(/(?:(\d{4})[年/-])?(\d{1,2})[月/-](\d{1,2})日?/g)) {
    const month = Number(m[2])
    const day = Number(m[3])
    if (month < 1 || month > 12 || day < 1 || day > 31) return false
  }
  return true
}

export class SubscribeMessages {
  private readonly outboxFile: string
  private readonly grantsFile: string
  /** openid → template id → acceptances not yet used. */
  private grants: Record<string, Record<string, number>>

  constructor(
    dir: string,
    /** Pages of the mini-program, for the 41030 check; null when unknown (page not checked). */
    private readonly pages: (() => string[] | null) | null,
  ) {
    this.outboxFile = path.join(dir, 'outbox.jsonl')
    this.grantsFile = path.join(dir, 'subscriptions.json')
    this.grants = readJsonFile(this.grantsFile, {})
  }

  recordSubscription(openid: string, templateId: string): void {
    if (!openid) throw new Error('recordSubscription: openid is required')
    // requestSubscribeMessage itself fails for an id the account has not added (errCode 20001).
    if (!findSubscribeTemplate(templateId)) throw new Error(`recordSubscription: template ${templateId} is not declared in types/subscribe-templates.ts`)
    const forUser = (this.grants[openid] ??= {})
    forUser[templateId] = (forUser[templateId] ?? 0) + 1
    writeJsonFile(this.grantsFile, this.grants)
  }

  async outbox(): Promise<OutboxEntry[]> {
    let text: string
    try {
      text = await fs.promises.readFile(this.outboxFile, 'utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw e
    }
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as OutboxEntry)
  }

  send(params: Record<string, unknown>): ApiReply {
    const { touser, template_id: templateId, page, data, miniprogram_state: state = 'formal', lang = 'zh_CN' } = params
    if (typeof touser !== 'string' || touser.trim() === '' || /\s/.test(touser)) return wxError(40003, 'invalid openid')
    const template = typeof templateId === 'string' ? findSubscribeTemplate(templateId) : undefined
    if (!template) return wxError(40037, 'invalid template id')
    if (page !== undefined && page !== null && page !== '') {
      if (typeof page !== 'string') return wxError(47001, 'data format error, page must be a string')
      const pagePath = page.replace(/^\//, '').split('?')[0]
      const known = this.pages ? this.pages() : null
      if (known && !known.includes(pagePath)) return wxError(41030, 'invalid page')
    }
    if (!MINIPROGRAM_STATES.includes(state as (typeof MINIPROGRAM_STATES)[number])) return wxError(47001, 'data format error, invalid miniprogram_state')
    if (!LANGS.includes(lang as (typeof LANGS)[number])) return wxError(47001, 'data format error, invalid lang')
    const values = checkData(template, data)
    if (typeof values === 'string') return wxError(47003, `argument invalid! ${values}`)

    const forUser = this.grants[touser] ?? {}
    if (!forUser[template.id]) return wxError(43101, 'user refuse to accept the msg')
    forUser[template.id] -= 1
    if (forUser[template.id] === 0) delete forUser[template.id]
    writeJsonFile(this.grantsFile, this.grants)

    const entry: OutboxEntry = {
      msgId: crypto.randomUUID(),
      sentAt: new Date().toISOString(),
      touser,
      templateId: template.id,
      templateTitle: template.title,
      page: typeof page === 'string' && page !== '' ? page : null,
      data: values,
      miniprogramState: state as OutboxEntry['miniprogramState'],
      lang: lang as OutboxEntry['lang'],
    }
    fs.mkdirSync(path.dirname(this.outboxFile), { recursive: true })
    fs.appendFileSync(this.outboxFile, `${JSON.stringify(entry)}\n`)
    return wxOk()
  }
}

/** The data's values by key, or a description of the first bad field ("data.thing1.value exceeds 20 characters"). */
function checkData(template: SubscribeTemplate, data: unknown): Record<string, string> | string {
  if (!isPlainObject(data)) return 'data must be an object'
  const values: Record<string, string> = {}
  for (const key of Object.keys(data)) {
    if (!(key in template.fields)) return `data.${key} is not a keyword of this template`
  }
  for (const [key, field] of Object.entries(template.fields)) {
    const item = data[key]
    if (!isPlainObject(item) || !('value' in item)) return `data.${key}.value is missing`
    const raw = item.value
    if (typeof raw !== 'string' && typeof raw !== 'number') return `data.${key}.value must be a string`
    const value = String(raw)
    const problem = fieldValueProblem(field.type, value)
    if (problem) return `data.${key}.value ${problem}`
    values[key] = value
  }
  return values
}
