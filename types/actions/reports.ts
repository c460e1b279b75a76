import * as v from 'valibot'
import { action, returns } from '../contract'
import type { MyReport, ReportReminderResult, ReportStatusPage, ReportView } from '../entities/reports'
import { REPORT_STATES } from '../entities/reports'
import { REPORT_LIMITS as L } from '../limits/reports'
import { fileId, id, list, optionalText, page, text } from '../schemas'

/** Who reads, decides on, reminds and exports reports: the city union, an industry/township union for its subtree. */
const READERS = ['city_admin', 'area_chair'] as const

// Reports have their own function: they send text and photos to WeChat's checks and subscription
// messages (openapi permissions the public `campaign` function does not hold), and an export or a
// submission with nine photos needs more than the campaign home's few seconds.
export const reportActions = {
  'reports.mine': action({
    summary: 'The unit’s summary report of the current campaign, or a fresh draft prefilled with the unit’s figures.',
    input: v.strictObject({ unitId: id }),
    output: returns<MyReport>(),
    access: { who: 'member', roles: ['unit_chair'], scope: { kind: 'unit', field: 'unitId' } },
  }),
  'reports.save': action({
    summary: 'Save the unit’s summary as a draft, or submit it (text checked, photos sent to the media check); late after the deadline.',
    input: v.strictObject({
      unitId: id,
      title: text(L.title),
      body: text(L.body),
      /** Photos the chair uploaded into their own summaries folder, or ones the report already holds. */
      photos: v.optional(list(fileId, L.photos, L.photos.hint), []),
      submit: v.boolean(),
    }),
    output: returns<MyReport>(),
    access: { who: 'member', roles: ['unit_chair'], scope: { kind: 'unit', field: 'unitId' } },
  }),
  'reports.status': action({
    summary: 'Submitted / missing / late per grassroots union of the caller’s subtree: counts and one tab, paged.',
    input: v.strictObject({ unitId: id, state: v.picklist(REPORT_STATES), page }),
    output: returns<ReportStatusPage>(),
    access: { who: 'member', roles: READERS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'reports.read': action({
    summary: 'Read one grassroots union’s report of the current campaign with its photos.',
    input: v.strictObject({ unitId: id }),
    output: returns<ReportView>(),
    access: { who: 'member', roles: READERS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'reports.decide': action({
    summary: 'Accept a submitted report (it can no longer change) or return it with a reason.',
    input: v.strictObject({
      unitId: id,
      decision: v.picklist(['accept', 'return']),
      reason: optionalText(L.reason.max),
    }),
    output: returns<ReportView>(),
    access: { who: 'member', roles: READERS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'reports.remind': action({
    summary: 'Remind a grassroots union, or every one below a union, that has not submitted: in-app and by subscription message, once per unit per day.',
    input: v.strictObject({ unitId: id }),
    output: returns<ReportReminderResult>(),
    access: { who: 'member', roles: READERS, scope: { kind: 'unit', field: 'unitId' } },
  }),
  'reports.export': action({
    summary: 'Every grassroots union’s report in the caller’s subtree as an Excel file (a link that lives ten minutes).',
    input: v.strictObject({ unitId: id }),
    output: returns<{ fileUrl: string; fileName: string; rows: number }>(),
    access: { who: 'member', roles: READERS, scope: { kind: 'unit', field: 'unitId' } },
  }),
}
