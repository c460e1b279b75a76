// Transactions that survive contention. The cloud database rejects a transactional write that
// conflicts with another open transaction, or with a change made since the transaction began, AT THAT
// WRITE with DATABASE_TRANSACTION_CONFLICT (vendor tests: TencentCloudBase/tcb-admin-node
// test/database/unit/transaction.test.ts). wx-server-sdk 4.0.2 has no entry for that code in its error
// table, so the write rejects with errCode -501001 and no `code`, and @cloudbase/database's
// runTransaction (which retries only on `code === 'DATABASE_TRANSACTION_CONFLICT'`) gives up at once.
// The platform's advice is to catch the conflict and retry with exponential backoff, 3–5 times
// (https://docs.cloudbase.net/error-code/DATABASE_TRANSACTION_CONFLICT); this module does that itself.
import { db } from './cloud'
import type { Transaction } from './db-types'

/** Retries after the first attempt, unless the caller says otherwise (the platform suggests 3–5). */
export const DEFAULT_RETRIES = 5
const BASE_DELAY_MS = 15
const MAX_DELAY_MS = 400

const CONFLICT_CODE = 'DATABASE_TRANSACTION_CONFLICT'
/** wx-server-sdk's errCode for any cloud code missing from its table (SYS_ERR). */
const SDK_UNKNOWN_CODE = -501001
/** The cloud's message for a conflict ("[ResourceUnavailable.TransactionConflict] Transaction is conflict, …"). */
const CONFLICT_MESSAGE = /TransactionConflict|Transaction is conflict|DATABASE_TRANSACTION_CONFLICT/i

/**
 * A transaction conflict, in every shape it can arrive in: the cloud's own reply `{ code, message }`
 * (a conflict at commit, thrown as is by @cloudbase/database), an Error carrying that `code`, or
 * wx-server-sdk's wrapping of a conflict at a write (errCode -501001, the cloud's message in errMsg).
 */
export function isTransactionConflict(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false
  const err = e as { code?: unknown; errCode?: unknown; errMsg?: unknown; message?: unknown }
  if (err.code === CONFLICT_CODE) return true
  if (err.errCode === SDK_UNKNOWN_CODE) return CONFLICT_MESSAGE.test(String(err.errMsg ?? err.message ?? ''))
  return false
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Full jitter over an exponential ceiling, so colliding callers spread out instead of colliding again. */
export function backoffMs(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt)
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}

/**
 * Run `fn` in a database transaction, committing when it resolves and rolling back when it throws.
 * A conflict (at any write or at commit) starts the whole function again on a fresh snapshot, up to
 * `retries` times; any other error (an AppError from the function, a duplicate key…) is thrown as is.
 * `fn` may therefore run more than once: it must do nothing outside the transaction that cannot be repeated.
 */
export async function inTransaction<T>(fn: (tx: Transaction) => Promise<T>, opts: { retries?: number } = {}): Promise<T> {
  const retries = opts.retries ?? DEFAULT_RETRIES
  for (let attempt = 0; ; attempt++) {
    try {
      // 0: no retry inside @cloudbase/database; it rolls back and rethrows, and the loop here decides.
      return await db().runTransaction(fn, 0)
    } catch (e) {
      if (attempt >= retries || !isTransactionConflict(e)) throw e
      await sleep(backoffMs(attempt))
    }
  }
}
