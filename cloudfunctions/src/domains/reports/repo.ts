// Summary reports (R9) as stored: one per campaign × grassroots union (_id campaignId:unitId, so a unit has
// one report by construction), and one reminder per campaign × unit × Beijing day (_id with the day: a
// second reminder the same day cannot be written, whoever sends it).
import crypto from 'node:crypto'
import type { UnitRef } from '../../../../types/entities/people'
import type { ReportFigures, ReportPhotoCheck, ReportState, ReportStatus, ReportView } from '../../../../types/entities/reports'
import { db } from '../../lib/cloud'

export interface ReportDoc {
  /** campaignId:unitId */
  _id: string
  _openid: string
  campaignId: string
  unitId: string
  unit: UnitRef
  /** The unit's path, city first: the city and the area union above it read it. */
  unitPath: string[]
  title: string
  body: string
  /** The server's copies (sealed: the chair cannot overwrite one after its check), in order. */
  photos: string[]
  /** Each photo's media check by fileKey (a verdict sets its own key, touching nothing else). */
  checks: Record<string, ReportPhotoCheck>
  figures: ReportFigures
  status: ReportStatus
  /** What the city's status page counts the unit as (kept with each write, so a tab is one query). */
  state: ReportState
  late: boolean
  firstSubmittedAt: Date | null
  submittedAt: Date | null
  decidedAt: Date | null
  decidedBy: string | null
  reason: string
  editedBy: string
  createdAt: Date
  updatedAt: Date
}

export interface ReminderDoc {
  /** campaignId:unitId:YYYY-MM-DD (Beijing) */
  _id: string
  campaignId: string
  unitId: string
  day: string
  by: UnitRef
  byUser: string
  /** Subscription messages delivered to the unit's chairs. */
  messages: number
  /** The unit has submitted since: the reminder no longer waits in the chair's to-do (people.todo). */
  settled: boolean
  at: Date
}

export const reports = () => db().collection<ReportDoc>('reports')
export const reminders = () => db().collection<ReminderDoc>('report_reminders')

/** A photo's key in `checks` (a fileID has dots and slashes, which a field name cannot hold). */
export const fileKey = (fileId: string) => crypto.createHash('sha256').update(fileId).digest('hex').slice(0, 16)

export const reportIdOf = (campaignId: string, unitId: string) => `${campaignId}:${unitId}`
export const reminderIdOf = (campaignId: string, unitId: string, day: string) => `${campaignId}:${unitId}:${day}`

/** Where a unit stands: nothing submitted (or returned) is missing; otherwise on time or late. */
export function stateOf(status: ReportStatus, late: boolean): ReportState {
  if (status === 'draft' || status === 'returned') return 'missing'
  return late ? 'late' : 'submitted'
}

/** A photo's folder inside the chair's: summaries/<user>/<report hash>/ (server copies only). */
export const sealedFolder = (userFolder: string, reportId: string) => `${userFolder}${crypto.createHash('sha256').update(reportId).digest('hex').slice(0, 16)}/`

export function toView(r: ReportDoc, dueAt: Date, urls: Map<string, string>, fresh = false): ReportView {
  return {
    id: r._id,
    campaignId: r.campaignId,
    unit: r.unit,
    title: r.title,
    body: r.body,
    // a photo the check found unfit is never shown, to anyone
    photos: r.photos.map((file) => {
      const check = r.checks[fileKey(file)] ?? 'waiting'
      return { file, check, url: check === 'risky' ? null : (urls.get(file) ?? null) }
    }),
    figures: r.figures,
    status: r.status,
    late: r.late,
    dueAt: dueAt.getTime(),
    submittedAt: r.submittedAt ? r.submittedAt.getTime() : null,
    decidedAt: r.decidedAt ? r.decidedAt.getTime() : null,
    reason: r.reason,
    updatedAt: fresh ? null : r.updatedAt.getTime(),
    fresh,
  }
}
