// Signing up and withdrawing, in as few sequential round trips as the guarantees allow (each costs
// 10–20 ms from a function):
//   1. (the wrapper reads the caller)
//   2. the competition, and the caller's key for it (a repeated tap, or a sign-up to finish), together
//   3. the keys (once per person, teams included: claim.ts) and a place (an atomic conditional update
//      that never oversells: places.ts), together; a place taken for keys that turn out to be someone
//      else's goes back
//   4. the sign-up itself, written once in its final status under the _id its keys name, and the
//      people counted as taking part, together
//   5. (a first-time participant) the campaign's counter
// An invocation stopped after step 3 leaves the sign-up on the captain's key; the next tap finishes it.
import crypto from 'node:crypto'
import type { UserDoc } from '../../lib/caller'
import { AppError } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { usersByIds } from '../people/directory-repo'
import { claimKeys, releaseKeys } from './claim'
import { countParticipants, givePlaceBack, placeAfterMiss, placedStatus, promoteWaitlist, releasePlace, reloadCompetition, takePlace } from './places'
import { bumpWaitlisted } from './signups-repo'
import { keyOf, signupOf, signups, toMySignup, type CompetitionDoc, type SignupDoc, type SignupKeyDoc } from './repo'

/** 6 characters without look-alikes, for the ticket's check-in code. */
const TICKET_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
export function ticketCode(): string {
  const bytes = crypto.randomBytes(6)
  return Array.from(bytes, (b) => TICKET_ALPHABET[b % 32]).join('')
}

const ACTIVE: SignupDoc['status'][] = ['queued', 'pending', 'accepted', 'waitlisted']
/** Longer than any invocation takes between inserting a sign-up and settling its place. */
const STALE_QUEUED_MS = 30_000

export async function loadPublic(id: string): Promise<CompetitionDoc> {
  const c = await reloadCompetition(id)
  if (!c || c.status === 'draft') throw new AppError('COMPETITION.NOT_FOUND')
  return c
}

export function assertSignupOpen(c: CompetitionDoc, now: number): void {
  if (c.status === 'cancelled') throw new AppError('COMPETITION.CANCELLED')
  if (c.status !== 'published') throw new AppError('COMPETITION.SIGNUP_CLOSED')
  if (now < c.signupStartAt.getTime()) throw new AppError('COMPETITION.SIGNUP_NOT_OPEN')
  if (now > c.signupEndAt.getTime()) throw new AppError('COMPETITION.SIGNUP_CLOSED')
}

export const eligible = (c: CompetitionDoc, user: Pick<UserDoc, 'unitPath'>) => c.eligibility === 'city' || (user.unitPath ?? []).includes(c.organizerUnitId)

async function teamOf(c: CompetitionDoc, captain: UserDoc, teamName: string | undefined, memberIds: string[]) {
  if (c.mode === 'individual') {
    if (teamName || memberIds.length > 0) throw new AppError('COMPETITION.INDIVIDUAL_ONLY')
    return { teamName: '', people: [captain] }
  }
  const ids = [...new Set(memberIds.filter((id) => id !== captain._id))]
  if (!teamName || ids.length === 0) throw new AppError('COMPETITION.TEAM_REQUIRED')
  const size = ids.length + 1
  if (size < c.teamMin || size > c.teamMax) throw new AppError('COMPETITION.TEAM_SIZE', `队伍需要 ${c.teamMin}–${c.teamMax} 人（含队长），现在是 ${size} 人`)
  const found = [...(await usersByIds(ids)).values()]
  if (found.length !== ids.length || found.some((u) => !u.profileCompletedAt)) throw new AppError('COMPETITION.TEAM_MEMBER_UNKNOWN')
  if (found.some((u) => u.unitId !== captain.unitId)) throw new AppError('COMPETITION.TEAM_MEMBER_OTHER_UNIT')
  const order = new Map(ids.map((id, i) => [id, i]))
  return { teamName, people: [captain, ...found.sort((a, b) => order.get(a._id)! - order.get(b._id)!)] }
}

/**
 * Written by earlier versions: a sign-up inserted as 'queued' before its place was settled. Give it its
 * place, or put it on the waiting list.
 */
async function settleQueued(c0: CompetitionDoc, s: SignupDoc, now: number): Promise<SignupDoc['status']> {
  const first = await takePlace(c0, ['published'])
  const after = first ? { placed: true, c: c0 } : await placeAfterMiss(c0)
  if ('gone' in after) {
    await signups()
      .doc(s._id)
      .update({ data: { status: 'withdrawn', updatedAt: new Date(now) } })
    await releaseKeys(s._id)
    throw new AppError(after.gone === 'cancelled' ? 'COMPETITION.CANCELLED' : 'COMPETITION.SIGNUP_CLOSED')
  }
  const { c } = after
  const status = after.placed ? placedStatus(c) : 'waitlisted'
  // Only this invocation moves it out of 'queued': counting it as taking part here happens once.
  const settled = await signups()
    .where({ _id: s._id, status: 'queued' })
    .update({ data: { status, updatedAt: new Date(now) } })
  if (settled.stats.updated !== 1) {
    if (after.placed) await givePlaceBack(c, now)
    return 'withdrawn'
  }
  if (status === 'waitlisted') await Promise.all([bumpWaitlisted(c._id, 1), promoteWaitlist(c._id, now)])
  else if (status === 'accepted') await countParticipants(c, s, now)
  return status
}

/**
 * Write the sign-up in its final status under the _id its keys name. Only one invocation can create
 * it (a slow first attempt and a later tap finishing it may race): the one whose write did not create
 * it answers the one that did, and gives back a place it took. Whether this write created it is read
 * back, not inferred from an error's shape.
 */
async function writeSignup(s: SignupDoc): Promise<{ doc: SignupDoc; mine: boolean }> {
  let doc: SignupDoc = { ...s, writeToken: crypto.randomBytes(8).toString('hex') }
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await signups().add({ data: doc })
      return { doc, mine: true }
    } catch (e) {
      const found = (await signups().doc(doc._id).get()).data
      if (found) return { doc: found, mine: found.writeToken === doc.writeToken }
      // not there: the only other unique rule is the ticket code within the competition (1 in 10⁹)
      if (attempt === 2) throw e
      doc = { ...doc, ticketCode: ticketCode() }
    }
  }
  throw new Error('unreachable')
}

/** Steps 4 and 5: the sign-up in its final status, the people counted, the waiting list kept moving. */
async function finish(c0: CompetitionDoc, intent: SignupDoc, placedFirst: boolean, now: number, viewerId: string) {
  const after = placedFirst ? { placed: true, c: c0 } : await placeAfterMiss(c0)
  if ('gone' in after) {
    // closed or cancelled while this sign-up was being made: it does not stand
    await releaseKeys(intent._id)
    throw new AppError(after.gone === 'cancelled' ? 'COMPETITION.CANCELLED' : 'COMPETITION.SIGNUP_CLOSED')
  }
  const { c } = after
  const s: SignupDoc = { ...intent, status: after.placed ? placedStatus(c) : 'waitlisted', updatedAt: new Date(now) }
  const [written] = await Promise.all([writeSignup(s), s.status === 'accepted' ? countParticipants(c, s, now) : null])
  if (!written.mine) {
    if (after.placed) await givePlaceBack(c, now)
    return toMySignup(written.doc, viewerId)
  }
  if (s.status === 'waitlisted') {
    // a place may have been freed while this one was being made
    await Promise.all([bumpWaitlisted(c._id, 1), promoteWaitlist(c._id, now)])
  }
  return toMySignup(written.doc, viewerId)
}

/** A tap by someone who holds a key already: the sign-up it names, finished if an invocation stopped half-way. */
async function again(c: CompetitionDoc, key: SignupKeyDoc, viewerId: string, now: number) {
  const s = (await signups().doc(key.signupId).get()).data
  if (s) {
    if (s.status === 'queued' && now - s.createdAt.getTime() > STALE_QUEUED_MS) return toMySignup({ ...s, status: await settleQueued(c, s, now) }, viewerId)
    return toMySignup(s, viewerId)
  }
  // not written yet: a team member's key says nothing more; the captain's carries the sign-up
  if (!key.intent) throw new AppError('COMPETITION.TEAM_MEMBER_SIGNED_UP')
  if (now - key.intent.createdAt.getTime() <= STALE_QUEUED_MS) return toMySignup({ ...key.intent, status: 'queued' }, viewerId)
  // an invocation stopped after its keys: finish its work now
  return finish(c, key.intent, await takePlace(c, ['published']), now, viewerId)
}

function newSignup(c: CompetitionDoc, me: UserDoc, teamName: string, people: UserDoc[], now: number): SignupDoc {
  return {
    _id: crypto.randomBytes(16).toString('hex'),
    competitionId: c._id,
    userId: me._id,
    realName: me.realName,
    unitId: me.unitId!,
    unitPath: me.unitPath ?? [],
    teamName,
    members: people.map((p) => ({ userId: p._id, realName: p.realName })),
    memberIds: people.map((p) => p._id),
    status: 'queued',
    seq: now * 1000 + crypto.randomInt(1000),
    ticketCode: ticketCode(),
    createdAt: new Date(now),
    updatedAt: new Date(now),
  }
}

/** competition.signup */
export const signup: Handler<'competition.signup'> = async (input, ctx) => {
  const me = ctx.caller.user
  const [c, key] = await Promise.all([loadPublic(input.competitionId), keyOf(input.competitionId, me._id)])
  assertSignupOpen(c, ctx.now)
  if (!eligible(c, me)) throw new AppError('COMPETITION.NOT_ELIGIBLE')
  if (key) return again(c, key, me._id, ctx.now)

  const { teamName, people } = await teamOf(c, me, input.teamName, input.memberIds)
  const intent = newSignup(c, me, teamName, people, ctx.now)
  const [claimed, placed] = await Promise.all([
    claimKeys(intent).then(
      (claim) => ({ claim }),
      (error: unknown) => ({ error }),
    ),
    takePlace(c, ['published']),
  ])
  if ('error' in claimed) {
    // nothing claimed: a place taken beside it goes back before the error is answered
    if (placed) await givePlaceBack(c, ctx.now)
    throw claimed.error
  }
  const { claim } = claimed
  if (claim.kind === 'taken') {
    // a simultaneous second tap, or a team member already signed up: the place goes back
    const [held] = await Promise.all([signups().doc(claim.key.signupId).get(), placed ? givePlaceBack(c, ctx.now) : null])
    if (claim.key.userId !== me._id) throw new AppError('COMPETITION.TEAM_MEMBER_SIGNED_UP')
    if (held.data) return toMySignup(held.data, me._id)
    if (claim.key.intent) return toMySignup({ ...claim.key.intent, status: 'queued' }, me._id)
    throw new AppError('COMPETITION.TEAM_MEMBER_SIGNED_UP')
  }
  return finish(c, intent, placed, ctx.now, me._id)
}

/** competition.withdraw: only before sign-up ends, only by the person or the team's captain. */
export const withdraw: Handler<'competition.withdraw'> = async (input, ctx) => {
  const me = ctx.caller.user
  const [c, s] = await Promise.all([loadPublic(input.competitionId), signupOf(input.competitionId, me._id)])
  if (!s || !ACTIVE.includes(s.status)) throw new AppError('COMPETITION.NOT_SIGNED_UP')
  if (s.userId !== me._id) throw new AppError('COMPETITION.NOT_CAPTAIN')
  if (c.status === 'published' && ctx.now > c.signupEndAt.getTime()) throw new AppError('COMPETITION.SIGNUP_CLOSED')
  if (c.status === 'closed' || c.status === 'finished') throw new AppError('COMPETITION.SIGNUP_CLOSED')
  const now = new Date(ctx.now)
  const res = await signups()
    .where({ _id: s._id, status: s.status })
    .update({ data: { status: 'withdrawn', updatedAt: now } })
  if (res.stats.updated !== 1) throw new AppError('COMMON.CONFLICT')
  const held = s.status === 'accepted' || s.status === 'pending'
  await Promise.all([
    releaseKeys(s._id),
    held ? releasePlace(c._id, s.status as 'accepted' | 'pending') : null,
    s.status === 'waitlisted' ? bumpWaitlisted(c._id, -1) : null,
  ])
  if (held) await promoteWaitlist(c._id, ctx.now)
  return toMySignup({ ...s, status: 'withdrawn' }, me._id)
}
