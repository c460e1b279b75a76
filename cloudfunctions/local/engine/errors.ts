// Errors the engine answers with. The codes are the cloud's own strings; wx-server-sdk maps them to
// its numeric errCodes (DATABASE_REQUEST_FAILED -502001, DATABASE_INVALID_OPERRATOR -502002,
// DATABASE_COLLECTION_NOT_EXIST -502005, …) and @cloudbase/database's runTransaction retries on
// DATABASE_TRANSACTION_CONFLICT.
export type DbErrorCode =
  | 'INVALID_PARAM'
  | 'DATABASE_REQUEST_FAILED'
  | 'DATABASE_INVALID_OPERRATOR'
  | 'DATABASE_COLLECTION_NOT_EXIST'
  | 'DATABASE_TRANSACTION_CONFLICT'

export class DbError extends Error {
  constructor(
    readonly code: DbErrorCode,
    message: string,
  ) {
    super(message)
  }
}

/** The message MongoDB (and so the cloud) gives for a unique-index violation; callers match on E11000. */
export function duplicateKeyError(collection: string, index: string, key: unknown): DbError {
  return new DbError(
    'DATABASE_REQUEST_FAILED',
    `E11000 duplicate key error collection: ${collection} index: ${index} dup key: ${JSON.stringify(key)}`,
  )
}
