// How competitions and sign-ups read on screen: one place for the words, so the list, the public
// page, "my sign-ups" and the organiser's pages say the same thing about the same state.
import type { CompetitionCategory, CompetitionDetail, CompetitionSummary, SignupStatus } from '@contract/entities/competition'
import { COMPETITION_SIGNUP_LIMITS as COMPETITION_LIMITS } from '@contract/limits/competition-signup'
import type { StatusTone } from '../../components/status-tag'
import { beijing, formatDateTime } from '../../utils/date'

/** The list's category tabs (其他 is reached through 全部). */
export const CATEGORY_TABS: Array<{ key: CompetitionCategory | 'all'; label: string }> = [
  { key: 'all', label: '全部' },
  { key: '劳动竞赛', label: '劳动竞赛' },
  { key: '技能比武', label: '技能比武' },
  { key: '文体活动', label: '文体活动' },
  { key: '技能培训', label: '技能培训' },
]

export type ListFilter = 'all' | 'open' | 'held' | 'my_unit' | 'mine'
export const LIST_FILTERS: Array<{ key: Exclude<ListFilter, 'all'>; label: string }> = [
  { key: 'open', label: '报名中' },
  { key: 'held', label: '已举办' },
  { key: 'my_unit', label: '本单位' },
  { key: 'mine', label: '我报名的' },
]

/** One character on a competition without a cover picture. */
export const CATEGORY_MARK: Record<CompetitionCategory, string> = { 劳动竞赛: '赛', 技能比武: '技', 文体活动: '体', 技能培训: '培', 其他: '赛' }

type Stage = Pick<CompetitionSummary, 'status' | 'window' | 'signupStartAt' | 'signupEndAt'>

/** Where a competition stands for someone who might sign up: 报名中 / X月X日开始报名 / 报名已截止 … */
export function stageOf(c: Stage): { text: string; tone: StatusTone } {
  if (c.status === 'draft') return { text: '草稿', tone: 'muted' }
  if (c.status === 'cancelled') return { text: '已取消', tone: 'muted' }
  if (c.status === 'finished') return { text: '已结束', tone: 'muted' }
  if (c.window === 'open') return { text: '报名中', tone: 'approved' }
  if (c.window === 'not_open') return { text: `${formatDateTime(c.signupStartAt)} 开始报名`, tone: 'pending' }
  return { text: '报名已截止', tone: 'muted' }
}

/**
 * Places as the server counts them: a sign-up awaiting approval holds its place, so what is left is
 * `placesLeft`, not capacity minus accepted.
 */
export function placesText(c: Pick<CompetitionSummary, 'capacity' | 'placesLeft' | 'waitlisted'>): string {
  if (c.waitlisted > 0) return `名额已满 · 候补${c.waitlisted}人`
  if (isFull(c)) return '名额已满'
  return `共${c.capacity}个名额 · 剩余${c.placesLeft}个`
}

/** No place left: the next sign-up joins the waiting list. */
export const isFull = (c: Pick<CompetitionSummary, 'placesLeft' | 'waitlisted'>) => c.waitlisted > 0 || c.placesLeft <= 0

export const modeText = (c: Pick<CompetitionDetail, 'mode' | 'teamMin' | 'teamMax'>) =>
  c.mode === 'team' ? `团体报名，每队 ${c.teamMin}–${c.teamMax} 人（含队长）` : '个人报名'
export const eligibilityText = (c: Pick<CompetitionSummary, 'eligibility' | 'organizer'>) =>
  c.eligibility === 'city' ? '全市职工都可以报名' : `${c.organizer.name}及下属单位的职工`

/** "4月20日 09:00 至 17:00" on one day, else both dates. */
export function timeRange(start: number, end: number): string {
  const a = beijing(start)
  const b = beijing(end)
  return a.isSame(b, 'day') ? `${formatDateTime(start)} 至 ${b.format('HH:mm')}` : `${formatDateTime(start)} 至 ${formatDateTime(end)}`
}

// A person's own sign-up (words and actions for every state): signupStateOf in @contract/wording/signup.

/** The organiser's words for a sign-up's status (their list and tabs). */
export const SIGNUP_STATUS_LABELS: Record<SignupStatus, string> = {
  pending: '待审核',
  accepted: '已通过',
  waitlisted: '候补',
  rejected: '未通过',
  withdrawn: '已取消',
}
export const SIGNUP_STATUS_TONES: Record<SignupStatus, StatusTone> = {
  pending: 'pending',
  accepted: 'approved',
  waitlisted: 'pending',
  rejected: 'rejected',
  withdrawn: 'muted',
}

// --- Check-in codes ---------------------------------------------------------------------------------

/** The ticket code's alphabet: no 0/O, 1/I. */
const CODE_CHARS = /[23456789A-HJ-NP-Z]/g

const CODE_LENGTH = COMPETITION_LIMITS.checkinCode.max

/** What someone typed, as a code: upper case, look-alikes and spaces dropped, at most a code's length. */
export function normalizeCode(typed: string): string {
  return (typed.toUpperCase().match(CODE_CHARS) ?? []).join('').slice(0, CODE_LENGTH)
}

/** "AB3 K7Q": easier to read out and compare by eye. */
export const spacedCode = (code: string) => (code.length === CODE_LENGTH ? `${code.slice(0, CODE_LENGTH / 2)} ${code.slice(CODE_LENGTH / 2)}` : code)

/** The ticket QR's content is `zgfc-checkin:<competitionId>:<code>`; anything else is not a ticket. */
export function parseTicketQr(raw: string): { competitionId: string; code: string } | undefined {
  const m = /^zgfc-checkin:([A-Za-z0-9_-]+):([23456789A-HJ-NP-Z]{6})$/.exec(raw.trim())
  return m ? { competitionId: m[1], code: m[2] } : undefined
}

/** Prize names offered as one tap; anything else can be typed. */
export const AWARDS = ['一等奖', '二等奖', '三等奖', '优秀奖'] as const
