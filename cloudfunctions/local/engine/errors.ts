// Errors the engine answers with. The codes are the cloud's own strings; wx-server-sdk maps those in
// its table to numeric errCodes (DATABASE_REQUEST_FAILED -502001, DATABASE_INVALID_OPERRATOR -502002,
// DATABASE_COLLECTION_NOT_EXIST -502005, …) and every other code to -501001 (SYS_ERR) with no `code`:
// DATABASE_TRANSACTION_CONFLICT, DATABASE_TRANSACTION_FAIL and DATABASE_DUPLICATE_WRITE among them.
// @cloudbase/database's runTransaction retries only when it sees `code: DATABASE_TRANSACTION_CONFLICT`,
// which happens only for a conflict answered at commit.
export type DbErrorCode =
  | 'INVALID_PARAM'
  | 'DATABASE_REQUEST_FAILED'
  | 'DATABASE_INVALID_OPERRATOR'
  | 'DATABASE_COLLECTION_NOT_EXIST'
  | 'DATABASE_TRANSACTION_CONFLICT'
  | 'DATABASE_TRANSACTION_FAIL'
  | 'DATABASE_DUPLICATE_WRITE'

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/**
 * How the cloud answers a unique-index violation. MongoDB's own reply (DATABASE_REQUEST_FAILED with
 * "E11000 duplicate key error …", errCode -502001 through wx-server-sdk), or CloudBase's separate code
 * DATABASE_DUPLICATE_WRITE ("Database write failed, index key duplicate",
 * https://docs.cloudbase.net/en/error-code/DATABASE_DUPLICATE_WRITE), which wx-server-sdk 4.0.2's table
 * lacks, so it reaches the caller as errCode -501001. Code must be correct under both.
 */
export type DuplicateKeyAnswer = 'request_failed' | 'duplicate_write'

export class DuplicateKeyError extends DbError {
  constructor(
    readonly collection: string,
    readonly index: string,
    readonly key: unknown,
  ) {
    super('DATABASE_REQUEST_FAILED', `E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${JSON.stringify(key)}`)
  }

  /** The reply under the configured answer. */
  as(answer: DuplicateKeyAnswer): { code: DbErrorCode; message: string } {
    if (answer === 'duplicate_write') {
      return { code: 'DATABASE_DUPLICATE_WRITE', message: `Database write failed, index key duplicate (collection ${this.collection}, index ${this.index})` }
    }
    return { code: this.code, message: this.message }
  }
}

export function duplicateKeyError(collection: string, index: string, key: unknown): DuplicateKeyError {
  return new DuplicateKeyError(collection, index, key)
}
