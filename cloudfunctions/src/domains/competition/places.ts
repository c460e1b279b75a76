// Places in a competition. `counts.taken` moves only by atomic updates whose filter carries the
// capacity the caller saw ("take one if fewer than N are taken"), so two sign-ups can never get the
// same last place and a capacity change in between makes the attempt fail and look again. No
// transaction touches the competition document: a hot document in optimistic transactions would make
// a burst of sign-ups conflict and exhaust runTransaction's retries.
import { db } from '../../lib/cloud'
import { recordParticipants } from '../../lib/participation'
import { competitions, signups, type CompetitionDoc, type SignupDoc } from './repo'

const placeField = (needsApproval: boolean) => (needsApproval ? 'counts.pending' : 'counts.accepted')

/** Take one place if any is left. `statuses`: where places may still be given (sign-up open; or closed, for the waiting list). */
export async function takePlace(c: CompetitionDoc, statuses: CompetitionDoc['status'][]): Promise<boolean> {
  const _ = db().command
  const res = await competitions()
    .where({ _id: c._id, status: _.in(statuses), capacity: c.capacity, 'counts.taken': _.lt(c.capacity) })
    .update({ data: { 'counts.taken': _.inc(1), [placeField(c.needsApproval)]: _.inc(1) } })
  return res.stats.updated === 1
}

export async function releasePlace(competitionId: string, heldAs: 'accepted' | 'pending'): Promise<void> {
  const _ = db().command
  await competitions()
    .doc(competitionId)
    .update({ data: { 'counts.taken': _.inc(-1), [`counts.${heldAs}`]: _.inc(-1) } })
}

export async function reloadCompetition(id: string): Promise<CompetitionDoc | null> {
  return (await competitions().doc(id).get()).data
}

/**
 * Count an accepted sign-up's people as taking part (once per person per campaign). Callers call it
 * right after their own conditional update moved the sign-up into 'accepted', which only one
 * invocation can do.
 */
export async function countParticipants(c: CompetitionDoc, s: SignupDoc, now: number): Promise<void> {
  await recordParticipants(
    c.campaignId,
    s.memberIds.map((userId) => ({ userId, unitId: s.unitId, unitPath: s.unitPath })),
    'competition',
    now,
  )
}

/**
 * Fill free places from the waiting list, first come first served. Safe to call at any time and from
 * many invocations at once: each step is a conditional update that either lands or changes nothing.
 */
export async function promoteWaitlist(competitionId: string, now: number): Promise<number> {
  const _ = db().command
  let promoted = 0
  for (let round = 0; round < 50; round++) {
    const c = await reloadCompetition(competitionId)
    if (!c || (c.status !== 'published' && c.status !== 'closed') || c.counts.taken >= c.capacity) return promoted
    const next = (await signups().where({ competitionId, status: 'waitlisted' }).orderBy('seq', 'asc').limit(1).get()).data[0]
    if (!next) return promoted
    if (!(await takePlace(c, ['published', 'closed']))) continue
    const to = c.needsApproval ? 'pending' : 'accepted'
    const moved = await signups().where({ _id: next._id, status: 'waitlisted' }).update({ data: { status: to, updatedAt: new Date(now) } })
    if (moved.stats.updated !== 1) {
      // it left the list meanwhile: give the place back and look again
      await releasePlace(competitionId, to)
      continue
    }
    await competitions().doc(competitionId).update({ data: { 'counts.waitlisted': _.inc(-1) } })
    if (to === 'accepted') await countParticipants(c, next, now)
    promoted++
  }
  return promoted
}
