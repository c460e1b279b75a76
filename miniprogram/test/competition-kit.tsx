// The competition feature's tests' kit (features/competition/competition*.test.tsx): sample records
// as the server answers them, mounting, and waiting for the page to settle.
import type { CompetitionSummary, MySignup, SignupRow } from '@contract/entities/competition'
import { mounter } from './mount'

// 2027-04-20 10:00 Beijing
export const at = (h: number, day = 20) => Date.UTC(2027, 3, day, h - 8, 0)
export const jkq = { id: 'u-jkq', name: '经开区工会', type: 'industry' as const }
export const jixie = { id: 'u-jkq-jixie', name: '华中机械制造有限公司工会', type: 'grassroots' as const }

export const summary = (overrides: Partial<CompetitionSummary> = {}): CompetitionSummary => ({
  id: 'c1',
  title: '数控车工技能比武',
  category: '技能比武',
  organizer: jkq,
  coverUrl: null,
  place: '经开区职工技能实训中心',
  status: 'published',
  window: 'open',
  signupStartAt: at(8),
  signupEndAt: at(18, 27),
  eventStartAt: at(9, 28),
  capacity: 10,
  accepted: 4,
  pending: 0,
  placesLeft: 6,
  waitlisted: 0,
  needsApproval: false,
  mode: 'individual',
  eligibility: 'subtree',
  resultsPublished: false,
  ...overrides,
})

export const signup = (overrides: Partial<MySignup> = {}): MySignup => ({
  id: 's1',
  competitionId: 'c1',
  status: 'accepted',
  waitlistPosition: null,
  teamName: '',
  members: [{ userId: 'u1', realName: '张三' }],
  isCaptain: true,
  rejectReason: '',
  checkedInAt: null,
  ticketCode: 'AB3K7Q',
  createdAt: at(9),
  result: null,
  ...overrides,
})

export const row = (overrides: Partial<SignupRow> = {}): SignupRow => ({
  id: 'r1',
  status: 'pending',
  realName: '张三',
  unitName: jixie.name,
  teamName: '',
  members: [{ userId: 'u1', realName: '张三' }],
  waitlistPosition: null,
  checkedInAt: null,
  rejectReason: '',
  createdAt: at(9),
  ...overrides,
})

export const mount = mounter()
afterEach(() => jest.restoreAllMocks())
export const text = () => document.body.textContent ?? ''
export const settle = () => new Promise((r) => setTimeout(r, 30))
/** Waits (up to 5 s) until `ok()` holds: a fixed pause is too short on a loaded machine. */
export const until = async (ok: () => boolean, ms = 5000) => {
  const end = Date.now() + ms
  while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 10))
}
/** The element whose own text is exactly `t` (Taro wraps labels in its own elements). */
export const byText = (t: string) => Array.from(document.querySelectorAll('*')).find((el) => el.textContent === t && el.children.length === 0) as Element
/** Types into a Taro H5 input the way the browser reports typing. */
export const type = (selector: string, value: string) => {
  const input = document.querySelector(`${selector} input`) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
}
