// Error codes shared by the cloud functions and the mini-program. A handler answers one of these as a
// value ({ ok: false, error: { code, message } }); the UI shows the Chinese message for the code.
// A thrown error is a bug and answers COMMON.INTERNAL.
export const ERROR_MESSAGES = {
  'COMMON.BAD_REQUEST': '请求格式不正确',
  'COMMON.UNKNOWN_ACTION': '暂不支持该操作，请升级到最新版本',
  'COMMON.VALIDATION': '填写的内容有误，请检查后再试',
  'COMMON.NOT_FOUND': '内容不存在或已被删除',
  'COMMON.CONFLICT': '内容已被他人修改，请刷新后再试',
  'COMMON.BUSY': '当前参与人数较多，请稍后再试',
  'COMMON.INTERNAL': '服务暂时不可用，请稍后再试',
  'COMMON.NETWORK': '网络不给力，请检查网络后重试',
  'AUTH.NO_IDENTITY': '无法识别您的身份，请在微信中重新打开',
  'AUTH.PROFILE_REQUIRED': '请先完善个人信息',
  'AUTH.FORBIDDEN': '您没有权限进行此操作',
  'AUTH.OUT_OF_SCOPE': '该内容不属于您管理的单位',
  'CAMPAIGN.NOT_FOUND': '活动不存在或尚未发布',
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES

export interface Issue {
  /** Dotted path of the offending field ('' for the whole input). */
  path: string
  message: string
}

export interface AppErrorBody {
  code: ErrorCode
  message: string
  issues?: Issue[]
}

export type Result<T> = { ok: true; data: T } | { ok: false; error: AppErrorBody }

export const isErrorCode = (code: unknown): code is ErrorCode => typeof code === 'string' && code in ERROR_MESSAGES

/** The Chinese message for a code; unknown codes (an older client, a newer server) fall back safely. */
export function messageFor(code: string): string {
  return isErrorCode(code) ? ERROR_MESSAGES[code] : ERROR_MESSAGES['COMMON.INTERNAL']
}
