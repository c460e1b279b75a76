// Guessing is slowed down: every try at a secret code first takes one attempt from an hourly budget
// (per person, and for the setup code also for the whole environment). Taking an attempt is one
// conditional update, so concurrent tries cannot all pass a count they read earlier.
import { db } from '../../lib/cloud'
import type { Transaction } from '../../lib/db-types'
import { AppError, isDuplicateKey } from '../../lib/errors'
import type { ErrorCode } from '../../../../types/errors'

const HOUR = 60 * 60 * 1000

export interface AttemptDoc {
  _id: string
  count: number
  since: Date
}

export interface SetupStateDoc {
  _id: string
  [key: string]: unknown
}

const setupState = () => db().collection<SetupStateDoc>('setup_state')
const attempts = () => db().collection<AttemptDoc>('setup_state')

/** Takes one attempt from `key`'s budget of `limit` per hour, or answers `code` when none is left. */
export async function takeAttempt(key: string, limit: number, now: number, code: ErrorCode): Promise<void> {
  const _ = db().command
  const id = `attempts:${key}`
  for (let round = 0; round < 3; round++) {
    // Within the current hour and under the limit: one more.
    const inWindow = await attempts()
      .where({ _id: id, since: _.gt(new Date(now - HOUR)), count: _.lt(limit) })
      .update({ data: { count: _.inc(1) } })
    if (inWindow.stats.updated === 1) return
    // The hour is over: a fresh window.
    const fresh = await attempts()
      .where({ _id: id, since: _.lte(new Date(now - HOUR)) })
      .update({ data: { count: 1, since: new Date(now) } })
    if (fresh.stats.updated === 1) return
    // No budget yet: the first attempt.
    try {
      await attempts().add({ data: { _id: id, count: 1, since: new Date(now) } })
      return
    } catch (e) {
      if (!isDuplicateKey(e)) throw e
      // It exists: either it is used up (answer below) or someone created it just now (go round).
      const doc = (await attempts().doc(id).get()).data
      if (doc && doc.since.getTime() > now - HOUR && doc.count >= limit) throw new AppError(code)
    }
  }
  throw new AppError(code)
}

/** The one document that says the environment was claimed (a unique _id: a second claim cannot land). */
export const CLAIM_ID = 'claim'

export interface ClaimDoc {
  cityId: string
  claimedBy: string
  claimedAt: Date
}

/** Whether the environment's claim is recorded. */
export async function claimRecorded(): Promise<boolean> {
  return Boolean((await setupState().doc(CLAIM_ID).get()).data)
}

/** Whether the claim is recorded, as transaction `tx` reads it. */
export async function claimRecordedInTx(tx: Transaction): Promise<boolean> {
  return Boolean((await tx.collection('setup_state').doc(CLAIM_ID).get()).data)
}

/** Records the claim in transaction `tx` (add, not set: a claim that landed meanwhile clashes on _id). */
export async function recordClaimInTx(tx: Transaction, claim: ClaimDoc): Promise<void> {
  await tx.collection('setup_state').add({ data: { _id: CLAIM_ID, ...claim } })
}

/**
 * Runs `fn` in one transaction with the SDK's own runTransaction: a write conflict is not retried here but
 * reaches the caller, who answers it (the claim or the invitation taken by someone else).
 */
export const runTransaction = <T>(fn: (tx: Transaction) => Promise<T>): Promise<T> => db().runTransaction(fn)
