import * as v from 'valibot'
import { action, returns, type Page } from '../contract'
import { searchKeyword } from '../wording/search'
import {
  COMPETITION_CATEGORIES,
  type AreaProgress,
  type CheckInResult,
  type CompetitionDetail,
  type CompetitionSummary,
  type MySignup,
  type SignupRow,
  type Teammate,
  type Ticket,
} from '../entities/competition'
import { COMPETITION_LIMITS as L } from '../limits/competition'
import { epochMs, fileId, id, int, list, optionalText, page, text } from '../schemas'

const ORGANISERS = ['unit_chair', 'area_chair', 'city_admin'] as const
const onCompetition = { kind: 'record', collection: 'competitions', field: 'competitionId' } as const

const fields = {
  title: text(L.title),
  category: v.picklist(COMPETITION_CATEGORIES),
  description: text(L.description),
  coverFileId: v.optional(fileId),
  place: text(L.place),
  signupStartAt: epochMs,
  signupEndAt: epochMs,
  eventStartAt: epochMs,
  eventEndAt: epochMs,
  capacity: v.pipe(
    v.number(),
    v.integer(),
    v.minValue(L.capacity.min, `名额至少 ${L.capacity.min} 个`),
    v.maxValue(L.capacity.max, `名额不能超过 ${L.capacity.max}`),
  ),
  mode: v.picklist(['individual', 'team']),
  teamMin: v.optional(int(L.teamSize), 2),
  teamMax: v.optional(int(L.teamSize), 5),
  eligibility: v.picklist(['city', 'subtree']),
  needsApproval: v.boolean(),
}

export const competitionActions = {
  'competition.list': action({
    summary: 'Published competitions, newest first; filter by category, window, held, my unit’s or my own; search by words in the title.',
    input: v.strictObject({
      category: v.optional(v.picklist(COMPETITION_CATEGORIES)),
      filter: v.optional(v.picklist(['all', 'open', 'held', 'my_unit', 'mine']), 'all'),
      /** Words in the title (a literal match; at most 20 characters). */
      keyword: v.optional(searchKeyword),
      page,
    }),
    /** `held`: how many competitions count as held in all (filter 'held' only), the number beside its meaning. */
    output: returns<Page<CompetitionSummary> & { held?: number }>(),
    access: { who: 'anyone' },
  }),
  'competition.detail': action({
    summary: 'One competition as its public page shows it (results included); the caller’s sign-up when signed in.',
    input: v.strictObject({ competitionId: id }),
    output: returns<CompetitionDetail>(),
    access: { who: 'anyone' },
  }),
  'competition.manageList': action({
    summary: 'Competitions organised by a unit and the units under it, drafts included, for its chairs.',
    input: v.strictObject({ unitId: id, page }),
    output: returns<Page<CompetitionSummary>>(),
    access: { who: 'member', roles: ORGANISERS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'competition.create': action({
    summary: 'A new competition (draft) organised by a unit in the caller’s scope.',
    input: v.strictObject({ organizerUnitId: id, ...fields }),
    output: returns<CompetitionDetail>(),
    access: { who: 'member', roles: ORGANISERS, scope: { kind: 'unit', field: 'organizerUnitId' } },
  }),
  'competition.update': action({
    summary: 'Edit a competition; capacity never below those already holding a place.',
    input: v.strictObject({ competitionId: id, ...fields }),
    output: returns<CompetitionDetail>(),
    access: { who: 'member', roles: ORGANISERS, scope: onCompetition },
  }),
  'competition.publish': action({
    summary: 'Publish a draft: it appears in lists and can be shared.',
    input: v.strictObject({ competitionId: id }),
    output: returns<CompetitionDetail>(),
    access: { who: 'member', roles: ORGANISERS, scope: onCompetition },
  }),
  'competition.closeSignup': action({
    summary: 'Stop sign-ups now (before the window ends).',
    input: v.strictObject({ competitionId: id }),
    output: returns<CompetitionDetail>(),
    access: { who: 'member', roles: ORGANISERS, scope: onCompetition },
  }),
  'competition.cancel': action({
    summary: 'Cancel a competition, with a reason everyone signed up will see.',
    input: v.strictObject({ competitionId: id, reason: text(L.reason) }),
    output: returns<CompetitionDetail>(),
    access: { who: 'member', roles: ORGANISERS, scope: onCompetition },
  }),
  'competition.publishResults': action({
    summary: 'Mark it held and publish ranks and awards (shown on the public page).',
    input: v.strictObject({
      competitionId: id,
      results: v.pipe(v.array(v.strictObject({ signupId: id, rank: int(L.rank), award: text(L.award) })), v.maxLength(L.results.max)),
    }),
    output: returns<CompetitionDetail>(),
    access: { who: 'member', roles: ORGANISERS, scope: onCompetition },
  }),
  'competition.signup': action({
    summary: 'Sign up, alone or as the captain of a team of members of the captain’s unit. A repeated tap answers the same sign-up.',
    input: v.strictObject({
      competitionId: id,
      teamName: v.optional(text(L.teamName)),
      // The captain is one of the team.
      memberIds: v.optional(v.pipe(v.array(id), v.maxLength(L.teamSize.max - 1)), []),
    }),
    output: returns<MySignup>(),
    access: { who: 'member', roles: ['worker'], scope: { kind: 'self' } },
  }),
  'competition.teammates': action({
    summary: 'People of the caller’s own unit a captain can put on a team (name and job only), and whether each is signed up already.',
    input: v.strictObject({ competitionId: id, keyword: v.optional(text(L.keyword)) }),
    output: returns<{ items: Teammate[] }>(),
    access: { who: 'member', roles: ['worker'], scope: { kind: 'self' } },
  }),
  'competition.withdraw': action({
    summary: 'Withdraw the caller’s sign-up before sign-up ends; the first on the waiting list moves up.',
    input: v.strictObject({ competitionId: id }),
    output: returns<MySignup>(),
    access: { who: 'member', roles: ['worker'], scope: { kind: 'self' } },
  }),
  'competition.mySignups': action({
    summary: 'The caller’s sign-ups with their competitions, newest first.',
    input: v.strictObject({ page }),
    output: returns<Page<{ signup: MySignup; competition: CompetitionSummary }>>(),
    access: { who: 'member', roles: ['worker'], scope: { kind: 'self' } },
  }),
  'competition.ticket': action({
    summary: 'The caller’s check-in ticket: a QR image and the short code under it.',
    input: v.strictObject({ competitionId: id }),
    output: returns<Ticket>(),
    access: { who: 'member', roles: ['worker'], scope: { kind: 'self' } },
  }),
  'competition.signups': action({
    summary: 'Sign-ups of a competition for its organiser, filtered by status.',
    input: v.strictObject({ competitionId: id, status: v.optional(v.picklist(['pending', 'accepted', 'waitlisted', 'rejected', 'withdrawn'])), page }),
    output: returns<Page<SignupRow>>(),
    access: { who: 'member', roles: ORGANISERS, scope: onCompetition },
  }),
  'competition.decide': action({
    summary: 'Approve or reject sign-ups (one or many); rejecting needs a reason.',
    input: v.strictObject({
      competitionId: id,
      signupIds: list(id, L.batch),
      approve: v.boolean(),
      reason: optionalText(L.reason.max),
    }),
    output: returns<{ decided: number; skipped: number }>(),
    access: { who: 'member', roles: ORGANISERS, scope: onCompetition },
  }),
  'competition.checkIn': action({
    summary: 'Check a person in at the event by the code on their ticket (scanned or typed).',
    input: v.strictObject({
      competitionId: id,
      code: v.pipe(
        v.string(),
        v.trim(),
        v.toUpperCase(),
        v.regex(new RegExp(`^[23456789A-HJ-NP-Z]{${L.checkinCode.max}}$`), `签到码是 ${L.checkinCode.max} 位字母和数字`),
      ),
    }),
    output: returns<CheckInResult>(),
    access: { who: 'member', roles: ORGANISERS, scope: onCompetition },
  }),
  'competition.export': action({
    summary: 'The sign-ups (and results) as an Excel file for the organiser.',
    input: v.strictObject({ competitionId: id }),
    output: returns<{ fileUrl: string; fileName: string; rows: number }>(),
    access: { who: 'member', roles: ORGANISERS, scope: onCompetition },
  }),
  'competition.areaProgress': action({
    summary: 'City view: industry and township unions with how many competitions each has run (fewest first).',
    input: v.strictObject({}),
    /** `held`: competitions held in the whole city (the city union's own included), as on the home page. */
    output: returns<{ items: AreaProgress[]; minimum: number; held: number }>(),
    access: { who: 'member', roles: ['city_admin'], scope: { kind: 'anywhere' } },
  }),
}
