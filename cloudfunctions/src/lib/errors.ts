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

/**
 * A unique-index violation, in the shapes the cloud may answer it: MongoDB's E11000 under
 * DATABASE_REQUEST_FAILED (errCode -502001 through wx-server-sdk), or CloudBase's DATABASE_DUPLICATE_WRITE
 * ("index key duplicate", https://docs.cloudbase.net/en/error-code/DATABASE_DUPLICATE_WRITE), which
 * wx-server-sdk 4.0.2's table lacks, so it arrives as errCode -501001 with the cloud's message, or as the
 * raw `{ code }` where the SDK passes a reply through. Prefer writeUnlessTaken(): it does not depend on any shape.
 */
export function isDuplicateKey(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false
  const err = e as { code?: unknown; errCode?: number; errMsg?: string; message?: string }
  if (err.code === 'DATABASE_DUPLICATE_WRITE') return true
  const text = String(err.errMsg ?? err.message ?? '')
  if (err.errCode === -502001) return /E11000/.test(text)
  if (err.errCode === -501001) return /DATABASE_DUPLICATE_WRITE|DuplicateWrite|index key duplicate|E11000/i.test(text)
  return false
}

/**
 * A write a unique key may refuse, judged by what is stored rather than by the error. When `write`
 * fails, `taken()` reads back whether another record holds the key: then the answer is 'taken' (the
 * write lost to it, nothing of ours landed); otherwise the write's own error is thrown. Correct under
 * every error shape the cloud may use for a duplicate, including ones not known today.
 */
export async function writeUnlessTaken(write: () => Promise<unknown>, taken: () => Promise<boolean>): Promise<'written' | 'taken'> {
  try {
    await write()
    return 'written'
  } catch (e) {
    if (await taken()) return 'taken'
    throw e
  }
}
