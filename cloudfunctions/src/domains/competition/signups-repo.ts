// The counters and conditional writes of sign-ups: places taken and given back, the waiting list's
// count, the keys a sign-up claims, the organiser's decisions and check-in. Each is one atomic or
// conditional update; those that may not land say whether they did.
import { db } from '../../lib/cloud'
import type { Transaction } from '../../lib/db-types'
import { competitions, signupKeys, signups, type CompetitionDoc, type SignupDoc, type SignupKeyDoc } from './repo'

const placeField = (needsApproval: boolean) => (needsApproval ? 'counts.pending' : 'counts.accepted')

/** Takes one place if any is left, in a competition still in one of `statuses` and with the capacity the caller saw. */
export async function takePlaceIfLeft(c: CompetitionDoc, statuses: CompetitionDoc['status'][]): Promise<boolean> {
  const _ = db().command
  const res = await competitions()
    .where({ _id: c._id, status: _.in(statuses), capacity: c.capacity, 'counts.taken': _.lt(c.capacity) })
    .update({ data: { 'counts.taken': _.inc(1), [placeField(c.needsApproval)]: _.inc(1) } })
  return res.stats.updated === 1
}

/** Gives a place held as `heldAs` back (atomic). */
export async function givePlaceCountBack(competitionId: string, heldAs: 'accepted' | 'pending'): Promise<void> {
  const _ = db().command
  await competitions()
    .doc(competitionId)
    .update({ data: { 'counts.taken': _.inc(-1), [`counts.${heldAs}`]: _.inc(-1) } })
}

/** Takes `k` places at once for waiting sign-ups (or none, if fewer are free now or the capacity moved). */
export async function takeWaitlistPlaces(c: CompetitionDoc, k: number): Promise<boolean> {
  const _ = db().command
  const field = placeField(c.needsApproval)
  const res = await competitions()
    .where({ _id: c._id, status: _.in(['published', 'closed']), capacity: c.capacity, 'counts.taken': _.lte(c.capacity - k) })
    .update({ data: { 'counts.taken': _.inc(k), [field]: _.inc(k), 'counts.waitlisted': _.inc(-k) } })
  return res.stats.updated === 1
}

/** Gives `n` places taken for waiting sign-ups back to the waiting list's count (those that left meanwhile). */
export async function returnWaitlistPlaces(c: CompetitionDoc, n: number): Promise<void> {
  const _ = db().command
  const field = placeField(c.needsApproval)
  await competitions()
    .doc(c._id)
    .update({ data: { 'counts.taken': _.inc(-n), [field]: _.inc(-n), 'counts.waitlisted': _.inc(n) } })
}

/** Moves those of these sign-ups still waiting to `to`, marked with `token`; answers how many moved. */
export async function moveUpWaiting(ids: string[], to: 'pending' | 'accepted', token: string, now: number): Promise<number> {
  const res = await signups()
    .where({ _id: db().command.in(ids), status: 'waitlisted' })
    .update({ data: { status: to, promotion: token, updatedAt: new Date(now) } })
  return res.stats.updated
}

/** The sign-ups among `ids` that a promotion marked with `token` moved. */
export async function promotedWith(ids: string[], token: string): Promise<SignupDoc[]> {
  return (
    await signups()
      .where({ _id: db().command.in(ids), promotion: token })
      .limit(ids.length)
      .get()
  ).data
}

/** A competition's first `n` waiting sign-ups, first come first served. */
export async function firstWaiting(competitionId: string, n: number): Promise<SignupDoc[]> {
  return (await signups().where({ competitionId, status: 'waitlisted' }).orderBy('seq', 'asc').limit(n).get()).data
}

/** Moves a competition's waiting-list count by `by` (atomic). */
export async function bumpWaitlisted(competitionId: string, by: 1 | -1): Promise<void> {
  await competitions()
    .doc(competitionId)
    .update({ data: { 'counts.waitlisted': db().command.inc(by) } })
}

/** The sign-up keys with these ids that exist. */
export async function signupKeysByIds(ids: string[]): Promise<SignupKeyDoc[]> {
  return ids.length
    ? (
        await signupKeys()
          .where({ _id: db().command.in(ids) })
          .limit(ids.length)
          .get()
      ).data
    : []
}

/** Runs `fn` in one database transaction (all its writes or none). */
export const runTransaction = (fn: (tx: Transaction) => Promise<void>) => db().runTransaction(fn)

/** A page of a competition's sign-ups in `status` (any decided or waiting one when absent), in arrival order. */
export async function signupsIn(competitionId: string, status: SignupDoc['status'] | undefined, page: number, size: number): Promise<SignupDoc[]> {
  const where = { competitionId, status: status ?? db().command.in(['pending', 'accepted', 'waitlisted', 'rejected']) }
  return (
    await signups()
      .where(where)
      .orderBy('seq', 'asc')
      .skip((page - 1) * size)
      .limit(size + 1)
      .get()
  ).data
}

/** The competition's sign-ups among `ids`. */
export async function signupsAmong(competitionId: string, ids: string[]): Promise<SignupDoc[]> {
  return ids.length
    ? (
        await signups()
          .where({ _id: db().command.in(ids), competitionId })
          .limit(ids.length)
          .get()
      ).data
    : []
}

/** Checks a sign-up in unless it already is; true for the one call that does. */
export async function checkInOnce(signupId: string, now: number): Promise<boolean> {
  const res = await signups()
    .where({ _id: signupId, checkedInAt: db().command.exists(false) })
    .update({ data: { checkedInAt: new Date(now) } })
  return res.stats.updated === 1
}

/** A pending sign-up accepted: its place moves from pending to accepted (atomic). */
export async function placeAccepted(competitionId: string): Promise<void> {
  const _ = db().command
  await competitions()
    .doc(competitionId)
    .update({ data: { 'counts.pending': _.inc(-1), 'counts.accepted': _.inc(1) } })
}
