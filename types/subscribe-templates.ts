// The subscription-message templates the product sends (订阅消息). Each one is picked from WeChat's public
// template library in the MP console (功能 → 订阅消息 → 我的模板), which assigns its template id and its
// keyword keys. The mini-program asks for them with `requestSubscribeMessage({ tmplIds })` and the cloud
// functions send with `cloud.openapi.subscribeMessage.send`; both import from here, and the local cloud
// validates sends against these declarations the way WeChat does (unknown id → 40037, bad field → 47003).
//
// A key is its value type followed by a number ("thing1", "phrase2"); the type decides what the value may
// hold (WeChat: "订阅消息参数值内容限制"):
//   thing ≤ 20 characters · number ≤ 32 digits (decimals allowed) · letter ≤ 32 letters · symbol ≤ 5 symbols ·
//   character_string ≤ 32 letters/digits/symbols · time: 24-hour time, optionally with a date, or a range with
//   "~" · date: a date, optionally with a time, or a range · amount: a currency symbol + ≤ 10 digits,
//   decimals allowed, may end with "元" · phone_number ≤ 17 digits and symbols · car_number ≤ 8, first and
//   last may be Chinese, the rest letters or digits · name ≤ 10 Chinese or ≤ 20 letters · phrase ≤ 5 Chinese.
// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/mp-message-management/subscribe-message/sendMessage.html

export type SubscribeFieldType =
  | 'thing'
  | 'number'
  | 'letter'
  | 'symbol'
  | 'character_string'
  | 'time'
  | 'date'
  | 'amount'
  | 'phone_number'
  | 'car_number'
  | 'name'
  | 'phrase'

export interface SubscribeField {
  type: SubscribeFieldType
  /** The keyword's name as the template shows it. */
  label: string
}

export interface SubscribeTemplate {
  /** Template id from the MP console. */
  id: string
  /** Template title in the library. */
  title: string
  /** When the product sends it. */
  purpose: string
  /** Keyword key → its type and name, in the template's order. */
  fields: Record<string, SubscribeField>
}

export const subscribeTemplates = {
  /** A unit chair approved or rejected a worker's sign-up for an activity. */
  signupReviewResult: {
    id: 'Q3kHmP0wYt8n2VbR7xLc5aJd9EfGu1TzWs4Ko6NiMq0',
    title: '报名审核结果通知',
    purpose: 'Sent to the worker when the unit chair approves or rejects a sign-up.',
    fields: {
      thing1: { type: 'thing', label: '活动名称' },
      phrase2: { type: 'phrase', label: '审核结果' },
      thing3: { type: 'thing', label: '备注' },
      time4: { type: 'time', label: '审核时间' },
    },
  },
  /** A submitted work (photo, story, video) passed or failed review. */
  workReviewResult: {
    id: 'b7Rz2LwQe9XcV4mN1sPk8TgY3hJf6Ud0Ao5Ki2Hn7Ex',
    title: '作品审核结果通知',
    purpose: 'Sent to the author when a submitted work passes or fails the content check and the chair review.',
    fields: {
      thing1: { type: 'thing', label: '作品名称' },
      phrase2: { type: 'phrase', label: '审核结果' },
      thing3: { type: 'thing', label: '审核意见' },
      date4: { type: 'date', label: '审核日期' },
    },
  },
  /** A golden idea was forwarded, returned or rejected by the unit, or adopted or declined by the city. */
  ideaReviewResult: {
    id: 'mX4tRb8Lq1Vz6Hc3Nw9Je2Ky7Pg5Sa0Fd8Uo3Ti6Wl',
    title: '建议处理结果通知',
    purpose: "Sent to an idea's author when their unit forwards, returns or rejects it, and when the city union adopts or declines it.",
    fields: {
      thing1: { type: 'thing', label: '建议名称' },
      phrase2: { type: 'phrase', label: '处理结果' },
      thing3: { type: 'thing', label: '处理意见' },
      date4: { type: 'date', label: '处理日期' },
    },
  },
  /** The city union (or an industry/township union) reminds a grassroots union to submit its summary report. */
  reportReminder: {
    id: 'Rp5Tq2Wm8Xk1Lz7Nc4Vb9Hd3Gf6Js0Ya2Ue5Oi8Ks1',
    title: '工作提醒',
    purpose: 'Sent to a grassroots union chair when the city or an area union reminds them to submit the campaign summary.',
    fields: {
      thing1: { type: 'thing', label: '工作内容' },
      time2: { type: 'time', label: '截止时间' },
      thing3: { type: 'thing', label: '提醒单位' },
      thing4: { type: 'thing', label: '备注' },
    },
  },
} as const satisfies Record<string, SubscribeTemplate>

export type SubscribeTemplateKey = keyof typeof subscribeTemplates

/** The declared template with this id, if any. */
export function findSubscribeTemplate(id: string): SubscribeTemplate | undefined {
  return Object.values(subscribeTemplates).find((t) => t.id === id)
}
