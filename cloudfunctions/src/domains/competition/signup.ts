// Signing up and withdrawing. Once per person (teams included) is a transaction that inserts one key
// document per person (_id competition:user, unique by construction) with the sign-up itself; the
// place is then taken with an atomic conditional update (places.ts), or the sign-up joins the waiting
// list in arrival order.
import crypto from 'node:crypto'
import type { UserDoc } from '../../lib/caller'
import { db } from '../../lib/cloud'
import { AppError, isDuplicateKey } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { countParticipants, promoteWaitlist, releasePlace, reloadCompetition, takePlace } from './places'
import { competitions, keyId, signupKeys, signupOf, signups, toMySignup, type CompetitionDoc, type SignupDoc, type SignupKeyDoc } from './repo'

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
  const _ = db().command
  const found = (await db().collection<UserDoc>('users').where({ _id: _.in(ids) }).limit(ids.length).get()).data
  if (found.length !== ids.length || found.some((u) => !u.profileCompletedAt)) throw new AppError('COMPETITION.TEAM_MEMBER_UNKNOWN')
  if (found.some((u) => u.unitId !== captain.unitId)) throw new AppError('COMPETITION.TEAM_MEMBER_OTHER_UNIT')
  const order = new Map(ids.map((id, i) => [id, i]))
  return { teamName, people: [captain, ...found.sort((a, b) => order.get(a._id)! - order.get(b._id)!)] }
}

/** Give a queued sign-up its place, or put it on the waiting list. */
async function settle(c0: CompetitionDoc, s: SignupDoc, now: number): Promise<SignupDoc['status']> {
  let c = c0
  let status: SignupDoc['status'] | null = null
  for (let attempt = 0; attempt < 5 && !status; attempt++) {
    if (await takePlace(c, ['published'])) {
      status = c.needsApproval ? 'pending' : 'accepted'
      break
    }
    const fresh = await reloadCompetition(c._id)
    if (!fresh || fresh.status !== 'published') {
      // closed or cancelled while this sign-up was being made: it does not stand
      await signups().doc(s._id).update({ data: { status: 'withdrawn', updatedAt: new Date(now) } })
      await signupKeys().where({ signupId: s._id }).remove()
      throw new AppError(fresh?.status === 'cancelled' ? 'COMPETITION.CANCELLED' : 'COMPETITION.SIGNUP_CLOSED')
    }
    if (fresh.capacity === c.capacity && fresh.counts.taken >= fresh.capacity) status = 'waitlisted'
    c = fresh
  }
  if (!status) status = 'waitlisted'
  // Only this invocation moves it out of 'queued': counting it as taking part here happens once.
  const settled = await signups()
    .where({ _id: s._id, status: 'queued' })
    .update({ data: { status, updatedAt: new Date(now) } })
  if (settled.stats.updated !== 1) {
    // withdrawn in the meantime: a place taken for it goes back
    if (status === 'accepted' || status === 'pending') await releasePlace(c._id, status)
    return 'withdrawn'
  }
  if (status === 'waitlisted') {
    await competitions().doc(c._id).update({ data: { 'counts.waitlisted': db().command.inc(1) } })
    // a place may have been freed while this one was being settled
    await promoteWaitlist(c._id, now)
  } else if (status === 'accepted') {
    await countParticipants(c, s, now)
  }
  return status
}

/** competition.signup */
export const signup: Handler<'competition.signup'> = async (input, ctx) => {
  const me = ctx.caller.user!
  const c = await loadPublic(input.competitionId)
  assertSignupOpen(c, ctx.now)
  if (!eligible(c, me)) throw new AppError('COMPETITION.NOT_ELIGIBLE')

  const { teamName, people } = await teamOf(c, me, input.teamName, input.memberIds)
  const now = new Date(ctx.now)
  const id = crypto.randomBytes(16).toString('hex')
  const doc: SignupDoc = {
    _id: id,
    competitionId: c._id,
    userId: me._id,
    realName: me.realName,
    unitId: me.unitId!,
    unitPath: me.unitPath ?? [],
    teamName,
    members: people.map((p) => ({ userId: p._id, realName: p.realName })),
    memberIds: people.map((p) => p._id),
    status: 'queued',
    seq: ctx.now * 1000 + crypto.randomInt(1000),
    ticketCode: ticketCode(),
    createdAt: now,
    updatedAt: now,
  }
  try {
    await db().runTransaction(async (tx) => {
      for (const p of people) {
        await tx.collection<SignupKeyDoc>('signup_keys').add({ data: { _id: keyId(c._id, p._id), competitionId: c._id, userId: p._id, signupId: id } })
      }
      await tx.collection<SignupDoc>('signups').add({ data: doc })
    })
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
    // A repeated tap (or a second phone): answer the sign-up already made.
    const mine = await signupOf(c._id, me._id)
    if (mine && mine.status === 'queued' && ctx.now - mine.createdAt.getTime() > STALE_QUEUED_MS) {
      // an earlier invocation stopped between its insert and its place: finish its work now
      return toMySignup({ ...mine, status: await settle(c, mine, ctx.now) }, me._id)
    }
    if (mine) return toMySignup(mine, me._id)
    throw new AppError('COMPETITION.TEAM_MEMBER_SIGNED_UP')
  }
  const status = await settle(c, doc, ctx.now)
  return toMySignup({ ...doc, status }, me._id)
}

/** competition.withdraw: only before sign-up ends, only by the person or the team's captain. */
export const withdraw: Handler<'competition.withdraw'> = async (input, ctx) => {
  const me = ctx.caller.user!
  const c = await loadPublic(input.competitionId)
  const s = await signupOf(c._id, me._id)
  if (!s || !ACTIVE.includes(s.status)) throw new AppError('COMPETITION.NOT_SIGNED_UP')
  if (s.userId !== me._id) throw new AppError('COMPETITION.NOT_CAPTAIN')
  if (c.status === 'published' && ctx.now > c.signupEndAt.getTime()) throw new AppError('COMPETITION.SIGNUP_CLOSED')
  if (c.status === 'closed' || c.status === 'finished') throw new AppError('COMPETITION.SIGNUP_CLOSED')
  const now = new Date(ctx.now)
  const res = await signups().where({ _id: s._id, status: s.status }).update({ data: { status: 'withdrawn', updatedAt: now } })
  if (res.stats.updated !== 1) throw new AppError('COMMON.CONFLICT')
  await signupKeys().where({ signupId: s._id }).remove()
  if (s.status === 'accepted' || s.status === 'pending') {
    await releasePlace(c._id, s.status)
    await promoteWaitlist(c._id, ctx.now)
  } else if (s.status === 'waitlisted') {
    await competitions().doc(c._id).update({ data: { 'counts.waitlisted': db().command.inc(-1) } })
  }
  return toMySignup({ ...s, status: 'withdrawn' }, me._id)
}
