// security.msgSecCheck, answered locally with the keyword matcher in ../content.
// Request and reply follow WeChat's "文本内容安全识别 msgSecCheck" (2.0): version 2, openid, scene 1–4,
// content ≤ 2500 characters; reply { errcode, errmsg, result: { suggest, label }, detail: [...], trace_id }.
// Without `version` the retired 1.0 interface answers: errcode 87014 "risky content" when flagged.
// https://developers.weixin.qq.com/miniprogram/dev/server/API/sec-center/sec-check/api_msgseccheck.html
import { checkText } from '../content/matcher'
import { charLength, newTraceId, wxError, wxOk } from './common'
import type { ApiReply } from './wire'

/** 2.0: "文本字数的上限为2500字". */
export const MAX_CONTENT_CHARS = 2500
/** 1.0: content "不超过 500KB". */
const MAX_V1_CONTENT_BYTES = 500 * 1024

// Error codes from the msgSecCheck errcode table.
const INVALID_OPENID = 40003
const INVALID_SCENE = 40129
const EMPTY_PARAM = 44002
const BAD_FORMAT = 47001
const RISKY = 87014

export function msgSecCheck(params: Record<string, unknown>): ApiReply {
  const { version, content } = params
  if (version === undefined) return legacy(content)
  if (version !== 2) return wxError(BAD_FORMAT, 'data format error, version must be 2')

  const { openid, scene, title, nickname, signature } = params
  if (typeof openid !== 'string' || openid.trim() === '') return wxError(INVALID_OPENID, 'invalid openid')
  if (typeof scene !== 'number' || !Number.isInteger(scene) || scene < 1 || scene > 4) {
    return wxError(INVALID_SCENE, 'invalid scene, scene must be 1 (资料), 2 (评论), 3 (论坛) or 4 (社交日志)')
  }
  if (content === undefined || content === null || content === '') return wxError(EMPTY_PARAM, 'empty content')
  if (typeof content !== 'string') return wxError(BAD_FORMAT, 'data format error, content must be a string')
  // The documented limit; the errcode for exceeding it is not documented, 47001 (bad format) is the closest.
  if (charLength(content) > MAX_CONTENT_CHARS) return wxError(BAD_FORMAT, `data format error, content exceeds ${MAX_CONTENT_CHARS} characters`)
  const extras: string[] = []
  for (const [name, value] of Object.entries({ title, nickname, signature })) {
    if (value === undefined || value === null) continue
    if (typeof value !== 'string') return wxError(BAD_FORMAT, `data format error, ${name} must be a string`)
    // "signature: 个性签名，该参数仅在资料类场景有效(scene=1)".
    if (name === 'signature' && scene !== 1) continue
    extras.push(value)
  }

  const check = checkText(content, ...extras)
  return wxOk({
    result: { suggest: check.suggest, label: check.label },
    detail: check.hits.map((hit) => ({
      strategy: 'keyword',
      errcode: 0,
      suggest: hit.suggest,
      label: hit.label,
      level: hit.level,
      keyword: hit.keyword,
    })),
    trace_id: newTraceId(),
  })
}

function legacy(content: unknown): ApiReply {
  if (content === undefined || content === null || content === '') return wxError(EMPTY_PARAM, 'empty content')
  if (typeof content !== 'string') return wxError(BAD_FORMAT, 'data format error, content must be a string')
  if (Buffer.byteLength(content) > MAX_V1_CONTENT_BYTES) return wxError(BAD_FORMAT, 'data format error, content exceeds 500KB')
  // 1.0 only says yes or no: anything not clean (risky or review) is refused.
  return checkText(content).suggest === 'pass' ? wxOk() : wxError(RISKY, 'risky content')
}
