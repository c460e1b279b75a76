// Places in a competition. `counts.taken` moves only by atomic updates whose filter carries the
// capacity the caller saw ("take one if fewer than N are taken"), so two sign-ups can never get the
// same last place and a capacity change in between makes the attempt fail and look again. No
// transaction touches the competition document: a hot document in optimistic transactions would make
// a burst of sign-ups conflict at their writes.
import crypto from 'node:crypto'
import { recordParticipants } from '../../lib/participation'
import { competitions, type CompetitionDoc, type SignupDoc } from './repo'
import { firstWaiting, givePlaceCountBack, moveUpWaiting, promotedWith, returnWaitlistPlaces, takePlaceIfLeft, takeWaitlistPlaces } from './signups-repo'

/** The status a sign-up holding a place has. */
export const placedStatus = (c: Pick<CompetitionDoc, 'needsApproval'>) => (c.needsApproval ? 'pending' : 'accepted') as 'pending' | 'accepted'

/** Take one place if any is left. `statuses`: where places may still be given (sign-up open; or closed, for the waiting list). */
export const takePlace = takePlaceIfLeft

export const releasePlace = givePlaceCountBack

/** A place taken for a sign-up that did not stand goes back, and the waiting list may move up into it. */
export async function givePlaceBack(c: CompetitionDoc, now: number): Promise<void> {
  await releasePlace(c._id, placedStatus(c))
  await promoteWaitlist(c._id, now)
}

export async function reloadCompetition(id: string): Promise<CompetitionDoc | null> {
  return (await competitions().doc(id).get()).data
}

/**
 * After a missed place: look again (the capacity may have changed, a place may have been freed) a few
 * times. Answers the place's outcome, or where the competition went when it no longer takes sign-ups.
 */
export async function placeAfterMiss(c0: CompetitionDoc): Promise<{ placed: boolean; c: CompetitionDoc } | { gone: 'cancelled' | 'closed' }> {
  let c = c0
  for (let attempt = 0; attempt < 5; attempt++) {
    const fresh = await reloadCompetition(c._id)
    if (!fresh || fresh.status !== 'published') return { gone: fresh?.status === 'cancelled' ? 'cancelled' : 'closed' }
    c = fresh
    if (c.counts.taken >= c.capacity) return { placed: false, c }
    if (await takePlace(c, ['published'])) return { placed: true, c }
  }
  return { placed: false, c }
}

/**
 * Count an accepted sign-up's people as taking part (once per person per campaign; each person's
 * participant document is unique by _id, so counting twice changes nothing). Everyone at once.
 */
export async function countParticipants(c: CompetitionDoc, s: SignupDoc, now: number): Promise<void> {
  await Promise.all(s.memberIds.map((userId) => recordParticipants(c.campaignId, [{ userId, unitId: s.unitId, unitPath: s.unitPath }], 'competition', now)))
}

/** Waiting sign-ups moved up per round (a capacity raised by 1,000 fills in 10 rounds). */
const PROMOTE_BATCH = 100

/**
 * Move these waiting sign-ups (first come first served) into places, together: one conditional update
 * takes all their places at once (or none, if fewer are free now), one update moves them, and those
 * that left the list in between give their places back. Answers how many moved.
 */
async function promoteBatch(c: CompetitionDoc, batch: SignupDoc[], now: number): Promise<number> {
  const k = batch.length
  const to = placedStatus(c)
  if (!(await takeWaitlistPlaces(c, k))) return 0
  const token = crypto.randomBytes(8).toString('hex')
  const ids = batch.map((s) => s._id)
  const moved = await moveUpWaiting(ids, to, token, now)
  let promoted = batch
  const gone = k - moved
  if (gone > 0) {
    // withdrawn (or moved up by another invocation) meanwhile: each already left the waiting count itself
    const [back] = await Promise.all([promotedWith(ids, token), returnWaitlistPlaces(c, gone)])
    promoted = back
  }
  if (to === 'accepted') await Promise.all(promoted.map((s) => countParticipants(c, s, now)))
  return promoted.length
}

/**
 * Fill free places from the waiting list, first come first served, as many as are free at once. Safe to
 * call at any time and from many invocations at once: each step is a conditional update that either
 * lands or changes nothing.
 */
export async function promoteWaitlist(competitionId: string, now: number): Promise<number> {
  let promoted = 0
  for (let round = 0; round < 20; round++) {
    // Most calls find no free place (a sign-up joining a full list): one read answers them.
    const c = await reloadCompetition(competitionId)
    if (!c || (c.status !== 'published' && c.status !== 'closed')) return promoted
    const free = c.capacity - c.counts.taken
    if (free <= 0) return promoted
    const waiting = await firstWaiting(competitionId, Math.min(free, PROMOTE_BATCH))
    if (waiting.length === 0) return promoted
    promoted += await promoteBatch(c, waiting, now)
  }
  return promoted
}
