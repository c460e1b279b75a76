// Read receipts per unit as the page lists them: units nobody has read it in first (those are whom to
// chase), then by share read, each with its figure in words; units without members yet come last.
import type { NoticeReceiptRow, NoticeReceipts } from '@contract/entities/notices'

export interface ReceiptLine extends NoticeReceiptRow {
  text: string
}

export function receiptRows(r: Pick<NoticeReceipts, 'units'>): ReceiptLine[] {
  const share = (x: NoticeReceiptRow) => (x.members > 0 ? x.read / x.members : 2)
  return [...r.units]
    .sort((a, b) => share(a) - share(b) || a.unit.name.localeCompare(b.unit.name, 'zh-CN'))
    .map((x) => ({ ...x, text: x.members === 0 ? '暂无会员' : x.read > 0 ? `已读 ${x.read} / ${x.members} 人` : `无人阅读（会员 ${x.members} 人）` }))
}

/** How many units have someone who read it, and how many with members have no one yet. */
export function receiptCounts(rows: NoticeReceiptRow[]): { reached: number; unread: number } {
  return { reached: rows.filter((x) => x.read > 0).length, unread: rows.filter((x) => x.members > 0 && x.read === 0).length }
}
