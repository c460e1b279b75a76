// Read receipts per unit as the page lists them: units nobody has read it in first (those are whom to
// chase), then by share read, each with its figure in words.
import type { NoticeReceiptRow, NoticeReceipts } from '@contract/entities/notices'

export interface ReceiptLine extends NoticeReceiptRow {
  text: string
}

export function receiptRows(r: Pick<NoticeReceipts, 'units'>): ReceiptLine[] {
  const share = (x: NoticeReceiptRow) => (x.members > 0 ? x.read / x.members : 0)
  return [...r.units]
    .sort((a, b) => share(a) - share(b) || a.unit.name.localeCompare(b.unit.name, 'zh-CN'))
    .map((x) => ({ ...x, text: x.read > 0 ? `已读 ${x.read} / ${x.members} 人` : `未读（${x.members} 人）` }))
}
