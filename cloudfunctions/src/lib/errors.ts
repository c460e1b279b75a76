import { ERROR_MESSAGES, type ErrorCode, type Issue } from '../../../types/errors'

/** An expected failure a handler answers as a value. Anything else thrown is a bug (COMMON.INTERNAL). */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly issues?: Issue[],
  ) {
    super(message ?? ERROR_MESSAGES[code])
  }
}

export const fail = (code: ErrorCode, message?: string, issues?: Issue[]): never => {
  throw new AppError(code, message, issues)
}

/** wx-server-sdk surfaces a unique-index violation as errCode -502001 with MongoDB's E11000 message. */
export function isDuplicateKey(e: unknown): boolean {
  const err = e as { errCode?: number; errMsg?: string; message?: string }
  return Boolean(err) && err.errCode === -502001 && /E11000/.test(String(err.errMsg ?? err.message ?? ''))
}
