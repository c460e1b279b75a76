// What the embedded database is made with, and the shape of its answers (engine.ts).
import type { CollectionDecl } from '../../database/schema'
import type { DuplicateKeyAnswer } from './errors'

export interface EngineOptions {
  /** Folder for the collection files; omitted: in memory only (tests, benchmarks). */
  dir?: string
  collections: readonly CollectionDecl[]
  /** Clock for db.serverDate(); tests may move it. */
  now?: () => number
  /** How long an unfinished transaction lives; the cloud's limit is 30 s (TRANSACTION_TTL_MS). */
  transactionTtlMs?: number
  /**
   * How a unique-index violation is answered. Default: LOCAL_CLOUD_DUPLICATE_KEY from the environment
   * ('duplicate_write' runs everything under CloudBase's DATABASE_DUPLICATE_WRITE), else MongoDB's E11000.
   */
  duplicateKeyAnswer?: DuplicateKeyAnswer
}

export type DbResponse = Record<string, unknown>
