import type { UnitRef } from './people'

// Unit summary reports (R9): every grassroots union writes its campaign summary with photos, from a draft
// prefilled with its own figures; the city union (and an industry/township union for its subtree) sees who
// has submitted, reminds the rest, reads, accepts or returns each report and exports them all.

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

export const REPORT_STATUS_LABELS: Record<ReportStatus, string> = {
  draft: '草稿',
  submitted: '待审阅',
  returned: '已退回',
  accepted: '已采纳',
}

/**
 * Where a unit stands for the city: submitted (on time), late (first submitted after the deadline), missing
 * (nothing submitted, or returned and not yet sent again).
 */
export const REPORT_STATES = ['submitted', 'missing', 'late'] as const
export type ReportState = (typeof REPORT_STATES)[number]

export const REPORT_STATE_LABELS: Record<ReportState, string> = {
  submitted: '已提交',
  missing: '未提交',
  late: '逾期提交',
}

/** The unit's own figures, read when the draft is made (and again at each save). */
export interface ReportFigures {
  members: number
  /** Distinct workers who took part in anything (unit_stats). */
  participants: number
  /** Works and ideas submitted (unit_stats). */
  entries: number
  /** Sign-ups to competitions that were accepted. */
  signups: number
  works: number
  ideas: number
  /** Competitions the unit organised that have finished (held). */
  competitionsHeld: number
}

export const REPORT_FIGURE_LABELS: Record<keyof ReportFigures, string> = {
  members: '会员人数',
  participants: '参与职工',
  entries: '提交作品和建议',
  signups: '竞赛报名',
  works: '作品',
  ideas: '金点子',
  competitionsHeld: '举办竞赛',
}

export type ReportPhotoCheck = 'waiting' | 'pass' | 'risky' | 'manual'

export interface ReportPhoto {
  file: string
  /** null when the photo is not shown (the media check found it unfit). */
  url: string | null
  check: ReportPhotoCheck
}

export interface ReportView {
  /** campaignId:unitId */
  id: string
  campaignId: string
  unit: UnitRef
  title: string
  body: string
  photos: ReportPhoto[]
  figures: ReportFigures
  status: ReportStatus
  /** First submitted after the deadline. */
  late: boolean
  dueAt: number
  submittedAt: number | null
  decidedAt: number | null
  /** The city's reason when it returned the report. */
  reason: string
  updatedAt: number | null
  /** Not saved yet: made from the unit's figures for this call. */
  fresh: boolean
}

/** The chair's page: the report (or a fresh draft) and the latest reminder the unit received. */
export interface MyReport extends ReportView {
  remindedAt: number | null
}

export interface ReportStatusRow {
  unit: UnitRef
  /** The industry/township union above it. */
  parent: UnitRef | null
  state: ReportState
  /** null: nothing saved yet. */
  status: ReportStatus | null
  submittedAt: number | null
  remindedToday: boolean
}

export interface ReportStatusPage {
  dueAt: number
  counts: Record<ReportState, number>
  items: ReportStatusRow[]
  hasMore: boolean
}

export interface ReportReminderResult {
  /** Units reminded now. */
  reminded: number
  /** Units already reminded today (left alone). */
  skipped: number
  /** Subscription messages delivered (a chair who has not subscribed gets the in-app reminder only). */
  messages: number
}
