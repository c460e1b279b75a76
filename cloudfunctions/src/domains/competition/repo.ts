// Competitions and sign-ups: documents, and the views pages get of them.
import type {
  CompetitionCategory,
  CoverCheck,
  CompetitionStatus,
  CompetitionSummary,
  MySignup,
  ResultEntry,
  SignupRow,
  SignupStatus,
  SignupWindow,
  TeamMember,
} from '../../../../types/entities/competition'
import type { UnitRef } from '../../../../types/entities/people'
import { db } from '../../lib/cloud'

export interface CompetitionDoc {
  _id: string
  campaignId: string | null
  title: string
  category: CompetitionCategory
  organizerUnitId: string
  /** The organiser's unit path: scope checks and subtree lists. */
  unitPath: string[]
  description: string
  /** The server's copy of the organiser's cover (competition-covers/<id>/…). */
  coverFileId?: string
  /** WeChat's check of that cover; shown publicly only once 'pass'. */
  coverCheck?: CoverCheck
  /** When a cover that failed the check was removed (the organisers are told). */
  coverRemovedAt?: Date
  place: string
  signupStartAt: Date
  signupEndAt: Date
  eventStartAt: Date
  eventEndAt: Date
  capacity: number
  mode: 'individual' | 'team'
  teamMin: number
  teamMax: number
  eligibility: 'city' | 'subtree'
  needsApproval: boolean
  status: CompetitionStatus
  /**
   * Places: `taken` = accepted + pending (a sign-up awaiting approval holds its place). Changed only by
   * atomic updates whose filter carries the capacity, so a place is never given twice.
   */
  counts: { taken: number; accepted: number; pending: number; waitlisted: number }
  results: Array<{ signupId: string; rank: number; award: string; name: string; unitName: string }>
  resultsPublishedAt?: Date
  cancelReason?: string
  createdBy: string
  createdAt: Date
  updatedAt: Date
  publishedAt?: Date
}

export interface SignupDoc {
  _id: string
  competitionId: string
  /** The person, or the team's captain. */
  userId: string
  realName: string
  unitId: string
  unitPath: string[]
  teamName: string
  members: TeamMember[]
  /** Everyone on it (captain included), for "my sign-ups" of team members. */
  memberIds: string[]
  /** 'queued' only between its insert and its place being settled, a moment later. */
  status: SignupStatus | 'queued'
  /** Arrival order: the waiting list moves up in this order. */
  seq: number
  ticketCode: string
  checkedInAt?: Date
  rejectReason?: string
  decidedBy?: string
  /** A random token of the write that created it: tells two invocations finishing the same sign-up apart. */
  writeToken?: string
  /** The token of the batch that moved it up from the waiting list (places.ts). */
  promotion?: string
  createdAt: Date
  updatedAt: Date
}

export interface SignupKeyDoc {
  _id: string
  competitionId: string
  userId: string
  signupId: string
  /**
   * On the captain's key only, until the sign-up itself is written (a moment later): the sign-up as it
   * will be. A tap after an interrupted invocation finishes it from here.
   */
  intent?: SignupDoc
}

export const competitions = () => db().collection<CompetitionDoc>('competitions')
export const signups = () => db().collection<SignupDoc>('signups')
export const signupKeys = () => db().collection<SignupKeyDoc>('signup_keys')
export const keyId = (competitionId: string, userId: string) => `${competitionId}:${userId}`

export function windowOf(c: Pick<CompetitionDoc, 'status' | 'signupStartAt' | 'signupEndAt'>, now: number): SignupWindow {
  if (c.status !== 'published') return 'closed'
  if (now < c.signupStartAt.getTime()) return 'not_open'
  if (now > c.signupEndAt.getTime()) return 'closed'
  return 'open'
}

export function toSummary(c: CompetitionDoc, organizer: UnitRef, coverUrl: string | null, now: number): CompetitionSummary {
  return {
    id: c._id,
    title: c.title,
    category: c.category,
    organizer,
    // Shown publicly: only a cover that passed the content check (competition/cover.ts).
    coverUrl: c.coverCheck === 'pass' ? coverUrl : null,
    place: c.place,
    status: c.status,
    window: windowOf(c, now),
    signupStartAt: c.signupStartAt.getTime(),
    signupEndAt: c.signupEndAt.getTime(),
    eventStartAt: c.eventStartAt.getTime(),
    capacity: c.capacity,
    accepted: c.counts.accepted,
    pending: c.counts.pending,
    placesLeft: Math.max(0, c.capacity - c.counts.taken),
    waitlisted: c.counts.waitlisted,
    needsApproval: c.needsApproval,
    mode: c.mode,
    eligibility: c.eligibility,
    resultsPublished: Boolean(c.resultsPublishedAt),
  }
}

export const publicResults = (c: CompetitionDoc): ResultEntry[] =>
  [...c.results].sort((a, b) => a.rank - b.rank).map(({ rank, award, name, unitName }) => ({ rank, award, name, unitName }))

/** The waiting-list position (1-based) of a waitlisted sign-up: one count over the index. */
export async function waitlistPosition(s: SignupDoc): Promise<number | null> {
  if (s.status !== 'waitlisted') return null
  const _ = db().command
  const ahead = await signups()
    .where({ competitionId: s.competitionId, status: 'waitlisted', seq: _.lt(s.seq) })
    .count()
  return ahead.total + 1
}

/** The place a sign-up won, once the competition's results are out (the competition is optional for callers that do not have it at hand). */
export function resultOf(s: Pick<SignupDoc, '_id'>, c?: Pick<CompetitionDoc, 'results'>): MySignup['result'] {
  const r = c?.results.find((x) => x.signupId === s._id)
  return r ? { rank: r.rank, award: r.award } : null
}

export async function toMySignup(s: SignupDoc, viewerId: string, c?: Pick<CompetitionDoc, 'results'>): Promise<MySignup> {
  return {
    result: resultOf(s, c),
    id: s._id,
    competitionId: s.competitionId,
    status: s.status === 'queued' ? 'pending' : s.status,
    waitlistPosition: await waitlistPosition(s),
    teamName: s.teamName,
    members: s.members,
    isCaptain: s.userId === viewerId,
    rejectReason: s.rejectReason ?? '',
    checkedInAt: s.checkedInAt ? s.checkedInAt.getTime() : null,
    ticketCode: s.ticketCode,
    createdAt: s.createdAt.getTime(),
  }
}

/** A sign-up as the organiser's list shows it; unit names are looked up at read time (units get renamed). */
export const toRow = (s: SignupDoc, position: number | null, unitName: string): SignupRow => ({
  id: s._id,
  status: s.status === 'queued' ? 'pending' : s.status,
  realName: s.realName,
  unitName,
  teamName: s.teamName,
  members: s.members,
  waitlistPosition: position,
  checkedInAt: s.checkedInAt ? s.checkedInAt.getTime() : null,
  rejectReason: s.rejectReason ?? '',
  createdAt: s.createdAt.getTime(),
})

export async function keyOf(competitionId: string, userId: string): Promise<SignupKeyDoc | null> {
  return (await signupKeys().doc(keyId(competitionId, userId)).get()).data
}

/** The caller's active sign-up to a competition (as participant or captain), if any. */
export async function signupOf(competitionId: string, userId: string): Promise<SignupDoc | null> {
  const key = await keyOf(competitionId, userId)
  if (!key) return null
  return (await signups().doc(key.signupId).get()).data
}

/** Competitions whose sign-ups an organiser still decides on. */
const DECIDING = ['published', 'closed']

/** To-do of organisers within `units`: pending sign-ups over their competitions (kept on each competition as counts.pending), the three with most first. */
export async function pendingSignupsWithin(units: string[]): Promise<{ total: number; competitions: Array<{ id: string; title: string; pending: number }> }> {
  const _ = db().command
  const res = await competitions()
    .where({ unitPath: _.in(units), status: _.in(DECIDING), 'counts.pending': _.gt(0) })
    .field({ 'counts.pending': true, title: true })
    .limit(1000)
    .get()
  const list = res.data.map((c) => ({ id: c._id, title: c.title, pending: c.counts?.pending ?? 0 })).sort((a, b) => b.pending - a.pending)
  return { total: list.reduce((n, c) => n + c.pending, 0), competitions: list.slice(0, 3) }
}
