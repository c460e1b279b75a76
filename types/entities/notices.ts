import { chars, count } from '../limits'
import type { UnitRef } from './people'

// Notices (R8): the city union, or an industry/township union for its subtree, tells every unit below
// the audience unit something; members read them, and the publisher sees who has read per unit.
export const NOTICE_LIMITS = {
  title: chars(2, 40),
  body: chars(1, 2000),
  attachments: count(0, 5, (_a, b) => `最多 ${b} 个附件`),
  /** Notices per page of the list. */
  pageSize: 20,
  /** How far back the unread badge looks (newest notices first). */
  unreadWindow: 100,
} as const

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

export interface NoticeList {
  items: NoticeSummary[]
  hasMore: boolean
  /** Unread among the newest notices addressed to the caller's unit. */
  unread: number
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
