// What the day-one tests (cloudfunctions/src/domains/setup/claim.test.ts) change behind the actions' back:
// the hour of the guessing budgets run out, an invitation's expiry passed (tests cannot wait an hour or a week).
import { db } from '../src/lib/cloud'

/** Moves every guessing budget's window two hours back, so the next attempt opens a fresh one. */
export async function ageAttemptBudgets(): Promise<void> {
  await db()
    .collection('setup_state')
    .where({ count: db().command.gte(0) })
    .update({ data: { since: new Date(Date.now() - 2 * 3600_000) } })
}

/** Lets a chair invitation expire a second ago. */
export async function expireInvite(id: string): Promise<void> {
  await db()
    .collection('chair_invites')
    .doc(id)
    .update({ data: { expiresAt: new Date(Date.now() - 1000) } })
}
