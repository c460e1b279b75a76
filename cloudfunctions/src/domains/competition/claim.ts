// Once per person: a sign-up claims one key per person on it (signup_keys/<competition>:<user>, unique by
// _id). Whether a claim landed is read from the keys themselves, never from the shape of the error a
// taken _id produces: the cloud may answer a unique violation as -502001 (E11000) or as
// DATABASE_DUPLICATE_WRITE, which wx-server-sdk 4.0.2 hands over as -501001
// (https://docs.cloudbase.net/error-code/database). A key names the sign-up it belongs to, so reading
// it back tells who holds it.
import crypto from 'node:crypto'
import { AppError } from '../../lib/errors'
import { keyId, signupKeys, type SignupDoc, type SignupKeyDoc } from './repo'
import { runTransaction, signupKeysByIds } from './signups-repo'

export type Claim = { kind: 'created' } | { kind: 'taken'; key: SignupKeyDoc } | { kind: 'retry' }

/** The captain's key carries the sign-up itself until it is written (what a later tap finishes). */
const keysOf = (s: SignupDoc): SignupKeyDoc[] =>
  s.memberIds.map((userId) => ({
    _id: keyId(s.competitionId, userId),
    competitionId: s.competitionId,
    userId,
    signupId: s._id,
    ...(userId === s.userId ? { intent: s } : {}),
  }))

/** What the keys say after an attempt whose outcome the reply did not tell. */
async function readBack(s: SignupDoc, keys: SignupKeyDoc[]): Promise<Claim> {
  const found = await signupKeysByIds(keys.map((k) => k._id))
  // the captain's own key first: a repeated tap answers the captain's sign-up
  const foreign = found.filter((k) => k.signupId !== s._id).sort((a, b) => Number(b.userId === s.userId) - Number(a.userId === s.userId))
  if (foreign.length) return { kind: 'taken', key: foreign[0] }
  if (found.length === keys.length) return { kind: 'created' }
  return { kind: 'retry' }
}

/**
 * A transaction with the SDK's own runTransaction. Through wx-server-sdk a conflict reaches the caller
 * at the conflicting write as errCode -501001 and is not retried (issue: transactions); claims read the
 * keys back and retry themselves. (A shared `inTransaction(fn, { retries })` helper may replace this.)
 */
const transaction = runTransaction

/**
 * Claim every key of a sign-up. One person: a single insert. A team: one transaction inserting all the
 * keys at once (all or none). Any failure is settled by reading the keys back.
 */
export async function claimKeys(s: SignupDoc): Promise<Claim> {
  const keys = keysOf(s)
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    // after a conflict, give the other transaction a moment to commit or give up
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 20 + crypto.randomInt(40)))
    try {
      if (keys.length === 1) await signupKeys().add({ data: keys[0] })
      else
        await transaction(async (tx) => {
          await Promise.all(keys.map((k) => tx.collection<SignupKeyDoc>('signup_keys').add({ data: k })))
        })
      return { kind: 'created' }
    } catch (e) {
      const claim = await readBack(s, keys)
      if (claim.kind !== 'retry') return claim
      // refused for a conflict with another transaction that is still open or gave up: try again
      if (attempt === ATTEMPTS - 1) {
        console.warn('[competition] sign-up keys not claimed after retries', (e as { errCode?: number }).errCode)
        throw new AppError('COMMON.BUSY')
      }
    }
  }
  throw new Error('unreachable')
}

const ATTEMPTS = 4

/** Give the keys back (a sign-up that did not stand). */
export async function releaseKeys(signupId: string): Promise<void> {
  await signupKeys().where({ signupId }).remove()
}
