import type { UnitRef } from './people'

export const COMPETITION_CATEGORIES = ['劳动竞赛', '技能比武', '文体活动', '技能培训', '其他'] as const
export type CompetitionCategory = (typeof COMPETITION_CATEGORIES)[number]

/** draft → published → closed (sign-up over) → finished (held; results may follow); cancelled from any but finished. */
export type CompetitionStatus = 'draft' | 'published' | 'closed' | 'finished' | 'cancelled'

/** What a person sees of the sign-up window right now. */
export type SignupWindow = 'not_open' | 'open' | 'closed'

export type SignupStatus = 'pending' | 'accepted' | 'waitlisted' | 'rejected' | 'withdrawn'

export interface TeamMember {
  userId: string
  realName: string
}

export interface ResultEntry {
  rank: number
  award: string
  /** The person or team as shown publicly: name and unit only. */
  name: string
  unitName: string
}

export interface CompetitionSummary {
  id: string
  title: string
  category: CompetitionCategory
  organizer: UnitRef
  coverUrl: string | null
  place: string
  status: CompetitionStatus
  window: SignupWindow
  signupStartAt: number
  signupEndAt: number
  eventStartAt: number
  capacity: number
  accepted: number
  /** Sign-ups awaiting approval: they hold their places. */
  pending: number
  /** Places not yet held by anyone (capacity − accepted − pending). */
  placesLeft: number
  waitlisted: number
  needsApproval: boolean
  mode: 'individual' | 'team'
  /** city: anyone in the city may join; subtree: members of the organiser's unit and below. */
  eligibility: 'city' | 'subtree'
  /** Results are out (the people who won see their award in 我的报名). */
  resultsPublished: boolean
}

/**
 * WeChat's check of a competition's cover (shown publicly, so checked like every picture people
 * upload): checking, pass, or manual (no verdict after every try). Until it passes the public sees the
 * placeholder; a cover that fails is removed and the organiser told why (COVER_NOTES.removed).
 */
export type CoverCheck = 'checking' | 'pass' | 'manual'

/** What the organisers read beside the cover (nothing once it passed). */
export const COVER_NOTES = {
  checking: '封面图片正在进行内容安全检测，通过后才会公开显示',
  manual: '封面图片多次未能完成自动检测，暂不公开显示；可以更换一张封面',
  removed: '封面图片未通过内容安全检测，已被移除，请更换一张封面',
} as const

export interface CompetitionDetail extends CompetitionSummary {
  description: string
  eventEndAt: number
  teamMin: number
  teamMax: number
  /** For the organisers' edit form (null for everyone else). */
  coverFileId: string | null
  /** For the organisers: where the cover's content check stands, or why it was removed (absent: nothing to say, and for everyone else). */
  coverNote?: string
  cancelReason: string
  results: ResultEntry[]
  resultsPublishedAt: number | null
  /** Only for a signed-in caller: their sign-up (as a participant or captain) and whether they may sign up. */
  mine: MySignup | null
  canSignUp: boolean
  /** Only for the organiser's chairs: whether they may manage it. */
  canManage: boolean
}

export interface MySignup {
  id: string
  competitionId: string
  status: SignupStatus
  /** 1-based place on the waiting list. */
  waitlistPosition: number | null
  teamName: string
  members: TeamMember[]
  isCaptain: boolean
  rejectReason: string
  checkedInAt: number | null
  /** The code shown under the ticket's QR (and typed in H5 to check in). */
  ticketCode: string
  createdAt: number
  /** The place this sign-up won, once results are published (null before, or without a prize). */
  result: { rank: number; award: string } | null
}

/** The ticket: the QR and its code, with who it is for and what, when and where. */
export interface Ticket {
  code: string
  qrDataUrl: string
  person: { realName: string; unitName: string; teamName: string }
  competition: { id: string; title: string; place: string; eventStartAt: number; eventEndAt: number }
}

/** A colleague a captain may add to a team: as little as needed to pick the right person. */
export interface Teammate {
  userId: string
  realName: string
  job: string
  /** Already on a sign-up of this competition (cannot be added). */
  signedUp: boolean
}

export interface CheckInResult extends SignupRow {
  /** This code had already been checked in before (a second scan). */
  alreadyCheckedIn: boolean
}

export interface SignupRow {
  id: string
  status: SignupStatus
  realName: string
  unitName: string
  teamName: string
  members: TeamMember[]
  waitlistPosition: number | null
  checkedInAt: number | null
  rejectReason: string
  createdAt: number
}

export interface AreaProgress {
  unit: UnitRef
  /** Competitions held (see HELD_MEANING in types/wording/held.ts) by the union or units under it. */
  held: number
  /** Published and not yet held: sign-up running or closed, results not out. */
  upcoming: number
}
