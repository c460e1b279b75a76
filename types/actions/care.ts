// 展工会爱心 (R7): care visits. Its own function and collections; every call, allowed or refused, is written
// to the care access log. Workers and judges have no action here; unit and area chairs act on their unit's
// subtree; the city's care officers (市总工会关爱专员) everywhere.
import * as v from 'valibot'
import { action, returns } from '../contract'
import {
  CARE_CATEGORIES,
  CARE_DIFFICULTIES,
  CARE_FILTERS,
  CARE_HELP_KINDS,
  CARE_LAWFUL_BASES,
  CARE_LIMITS,
  CARE_PICK_SOURCES,
  type CareLogPage,
  type CarePersonOption,
  type CareLogVerification,
  type CareRetention,
  type CareVisitPage,
  type CareVisitView,
} from '../entities/care'
import type { Role } from '../roles'
import { epochMs, id, int, list, page, realName, text } from '../schemas'
import { searchKeyword } from '../wording/search'

/** Staff of a unit's chain and the city's care officers. */
const CARE_STAFF: readonly Role[] = ['unit_chair', 'area_chair', 'care_officer']
const OFFICERS: readonly Role[] = ['care_officer']
const onVisit = { kind: 'record', collection: 'care_visits', field: 'visitId' } as const

const phone = v.pipe(v.string('需要文本'), v.trim(), v.regex(/^1[3-9]\d{9}$/, '请填写 11 位手机号'))

export const carePerson = v.variant('kind', [
  v.strictObject({ kind: v.literal('member'), userId: id }),
  v.strictObject({ kind: v.literal('entered'), name: realName, phone }),
  /** A model worker the honours line commended (the nomination's id). */
  v.strictObject({ kind: v.literal('commended'), nominationId: id }),
])

const help = v.strictObject({
  kind: v.picklist(CARE_HELP_KINDS, '请选择帮扶方式'),
  amount: int(CARE_LIMITS.amount, `金额为 ${CARE_LIMITS.amount.hint}`),
  detail: v.optional(text(CARE_LIMITS.helpDetail), ''),
})

export const careActions = {
  'care.record': action({
    summary: 'Record a visit for a unit: the person, category, difficulty, help, date, visitors, follow-up, lawful basis.',
    input: v.strictObject({
      unitId: id,
      person: carePerson,
      category: v.picklist(CARE_CATEGORIES, '请选择走访对象类别'),
      difficulties: list(v.picklist(CARE_DIFFICULTIES), CARE_LIMITS.difficulties, CARE_LIMITS.difficulties.hint),
      note: v.optional(text(CARE_LIMITS.note), ''),
      help: list(help, CARE_LIMITS.help),
      visitedAt: epochMs,
      visitors: list(text(CARE_LIMITS.visitorName), CARE_LIMITS.visitors, CARE_LIMITS.visitors.hint),
      followUpAt: v.optional(epochMs),
      lawfulBasis: v.picklist(CARE_LAWFUL_BASES, '请选择处理依据'),
    }),
    output: returns<CareVisitView>(),
    access: { who: 'member', roles: CARE_STAFF, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'care.people': action({
    summary: 'The record form’s picker: members of a unit’s subtree, or its commended model workers, whose name starts with the keyword.',
    input: v.strictObject({ unitId: id, source: v.picklist(CARE_PICK_SOURCES, '请选择查找范围'), keyword: searchKeyword }),
    output: returns<CarePersonOption[]>(),
    access: { who: 'member', roles: CARE_STAFF, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'care.visits': action({
    summary: 'Visits of a unit and the units under it, newest first; or only follow-ups due soon or overdue.',
    input: v.strictObject({ unitId: id, filter: v.optional(v.picklist(CARE_FILTERS), 'all'), page }),
    output: returns<CareVisitPage>(),
    access: { who: 'member', roles: CARE_STAFF, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'care.visit': action({
    summary: 'One visit.',
    input: v.strictObject({ visitId: id }),
    output: returns<CareVisitView>(),
    access: { who: 'member', roles: CARE_STAFF, scope: onVisit },
  }),
  'care.followUp': action({
    summary: 'Move a visit’s follow-up date, or mark the follow-up done with a short note.',
    input: v.variant('done', [
      v.strictObject({ visitId: id, done: v.literal(false), followUpAt: epochMs }),
      v.strictObject({ visitId: id, done: v.literal(true), note: v.optional(text(CARE_LIMITS.followUpNote), '') }),
    ]),
    output: returns<CareVisitView>(),
    access: { who: 'member', roles: CARE_STAFF, scope: onVisit },
  }),
  'care.export': action({
    summary: 'Every visit of the campaign as an Excel file, for the city union’s care officers (identities masked as in lists).',
    input: v.strictObject({}),
    output: returns<{ fileUrl: string; fileName: string; rows: number }>(),
    access: { who: 'member', roles: OFFICERS, scope: { kind: 'anywhere' } },
  }),
  'care.accessLog': action({
    summary: 'The care access log, newest first: who read, wrote or exported which records, and refused attempts.',
    input: v.strictObject({ page }),
    output: returns<CareLogPage>(),
    access: { who: 'member', roles: OFFICERS, scope: { kind: 'anywhere' } },
  }),
  'care.verifyLog': action({
    summary: 'Recompute the access log’s hash chain from its first entry: shows whether any entry was changed or removed.',
    input: v.strictObject({}),
    output: returns<CareLogVerification>(),
    access: { who: 'member', roles: OFFICERS, scope: { kind: 'anywhere' } },
  }),
  'care.retention': action({
    summary: 'How long records are kept after the campaign, when they become due, and each anonymising run.',
    input: v.strictObject({}),
    output: returns<CareRetention>(),
    access: { who: 'member', roles: OFFICERS, scope: { kind: 'anywhere' } },
  }),
  'care.setRetention': action({
    summary: 'Set how many days after the campaign ends the records are kept before they are anonymised.',
    input: v.strictObject({ retentionDays: int(CARE_LIMITS.retentionDays, `保存期限为 ${CARE_LIMITS.retentionDays.hint}`) }),
    output: returns<CareRetention>(),
    access: { who: 'member', roles: OFFICERS, scope: { kind: 'anywhere' } },
  }),
}
