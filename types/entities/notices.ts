import type { UnitRef } from './people'

// Notices (R8): the city union, or an industry/township union for its subtree, tells every unit below
// the audience unit something; members read them, and the publisher sees who has read per unit.
/** The rules live in limits/notices.ts; re-exported where the notice's types are. */
export { NOTICE_LIMITS } from '../limits/notices'

export interface NoticeSummary {
  id: string
  title: string
  /** The unit the notice goes to (every unit below it too). */
  audience: UnitRef
  publisher: UnitRef
  publishedAt: number
  /** Shown pinned on the home page until then (epoch ms); null: not pinned. */
  pinnedUntil: number | null
  attachmentCount: number
  /** Whether the caller has opened it. */
  read: boolean
}

export interface NoticeDetail extends NoticeSummary {
  body: string
  attachments: Array<{ fileId: string; name: string; url: string | null }>
}

/** How many pinned notices the home page shows at most. */
export const NOTICE_PINNED_SHOWN = 3

export interface NoticeList {
  items: NoticeSummary[]
  hasMore: boolean
  /** Unread among the newest notices addressed to the caller's unit. */
  unread: number
  /** Notices pinned until a time still to come, newest first (the home page shows them). */
  pinned: NoticeSummary[]
}

export interface NoticeReceiptRow {
  unit: UnitRef
  members: number
  read: number
}

export interface NoticeReceipts {
  notice: NoticeSummary
  /** Members of the units in the caller's subtree that the notice reaches, and how many have read it. */
  totals: { members: number; read: number }
  units: NoticeReceiptRow[]
}
