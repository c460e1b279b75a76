// What a wxa_media_check message push says, in either of the shapes WeChat delivers.
//
// 2.0 (mediaCheckAsync version 2): { ToUserName, FromUserName, CreateTime, MsgType: 'event',
//   Event: 'wxa_media_check', appid, trace_id, version: 2, detail: [{ strategy, errcode, suggest, label,
//   prob }], errcode, errmsg, result: { suggest, label } } — decide on result.suggest
//   (https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html).
//   `label` arrives as a number in the documented example and as a string from some deliveries (WxJava's
//   WxMaMediaAsyncCheckResult declares it a String). A push may also say the check was not made at all:
//   `errcode` 43104 "this appid does not have permission" with `detail: []` and no result
//   (developers.weixin.qq.com/community/develop/doc/000acc0c2c03c02a661401a5661400).
// 1.0 (the legacy API some accounts still get): { …, isrisky: 0 | 1, extra_info_json, appid, trace_id,
//   status_code } — status_code other than 0 means the media could not be checked (4294966288 = -1008
//   "链接无法下载"; 4294966287 is seen too), whatever isrisky says
//   (https://developers.weixin.qq.com/miniprogram/dev/framework/security.mediaCheckAsync-v1.html).
import type { MediaVerdict } from '../../lib/media-check'

export type PushOutcome = { kind: 'verdict'; verdict: MediaVerdict; label: number } | { kind: 'not-checked'; code: number }

export interface MediaCheckPush {
  traceId: string
  shape: 1 | 2
  outcome: PushOutcome
}

const asNumber = (v: unknown): number | null => {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v
  return typeof n === 'number' && Number.isFinite(n) ? n : null
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The push's meaning, or null when it names no trace at all (nothing to match it to). */
export function parseMediaCheckPush(event: Record<string, unknown>): MediaCheckPush | null {
  const traceId = typeof event.trace_id === 'string' ? event.trace_id.trim() : ''
  if (!traceId) return null
  // 1.0: isrisky and status_code, no result.
  if (event.isrisky !== undefined && !isObject(event.result)) {
    const status = asNumber(event.status_code) ?? 0
    if (status !== 0) return { traceId, shape: 1, outcome: { kind: 'not-checked', code: status } }
    const risky = asNumber(event.isrisky)
    // Anything but a clear 0 or 1 is not a judgement to act on.
    if (risky !== 0 && risky !== 1) return { traceId, shape: 1, outcome: { kind: 'not-checked', code: -1 } }
    return { traceId, shape: 1, outcome: { kind: 'verdict', verdict: risky === 1 ? 'risky' : 'pass', label: 0 } }
  }
  const errcode = asNumber(event.errcode) ?? 0
  if (errcode !== 0 || !isObject(event.result)) return { traceId, shape: 2, outcome: { kind: 'not-checked', code: errcode || -1 } }
  // Every strategy reported an error: nothing was judged (e.g. -1008, the image could not be downloaded).
  const detail = Array.isArray(event.detail) ? event.detail.filter(isObject) : []
  if (detail.length > 0 && detail.every((d) => (asNumber(d.errcode) ?? 0) !== 0)) {
    return { traceId, shape: 2, outcome: { kind: 'not-checked', code: asNumber(detail[0].errcode) ?? -1 } }
  }
  const suggest = event.result.suggest
  // An unknown suggestion asks for a person's look rather than being taken as a pass.
  const verdict: MediaVerdict = suggest === 'pass' || suggest === 'risky' ? suggest : 'review'
  return { traceId, shape: 2, outcome: { kind: 'verdict', verdict, label: asNumber(event.result.label) ?? 0 } }
}
