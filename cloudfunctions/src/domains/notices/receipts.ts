// campaign.noticeReceipts: per grassroots unit of the caller's subtree that the notice reaches, its
// members and how many have read the notice, from the read counters (never by counting the reads).
import type { NoticeReceipts } from '../../../../types/entities/notices'
import { AppError } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { activeUnitsUnder, toRef } from '../org/units-repo'
import { noticeReceipts, notices, toSummary, type NoticeDoc } from './repo'

/** The cloud clamps a function's query to 1,000 documents. */
const PAGE = 1000

export const noticeReceiptsOf: Handler<'campaign.noticeReceipts'> = async (input, ctx) => {
  const unit = ctx.scope.unit!
  const [noticeRes, unitsRes, receiptsRes] = await Promise.all([
    notices().doc(input.noticeId).get(),
    activeUnitsUnder(unit._id).limit(PAGE).get(),
    noticeReceipts().where({ noticeId: input.noticeId }).limit(PAGE).get(),
  ])
  const notice = noticeRes.data as NoticeDoc | null
  // Receipts of a notice that does not reach the caller's subtree are none of their business.
  const reaches = (path: string[]) => path.includes(notice!.audienceUnitId)
  if (!notice || !(reaches(unit.path) || notice.unitPath.includes(unit._id))) throw new AppError('COMMON.NOT_FOUND')
  const read = new Map(receiptsRes.data.map((r) => [r.unitId, r.read]))
  const units = unitsRes.data
    .filter((u) => u.type === 'grassroots' && reaches(u.path))
    .map((u) => ({ unit: toRef(u), members: u.memberCount ?? 0, read: read.get(u._id) ?? 0 }))
    .sort((a, b) => a.read / Math.max(1, a.members) - b.read / Math.max(1, b.members) || a.unit.name.localeCompare(b.unit.name, 'zh-CN'))
  const out: NoticeReceipts = {
    notice: toSummary(notice, false),
    totals: { members: units.reduce((n, r) => n + r.members, 0), read: units.reduce((n, r) => n + r.read, 0) },
    units,
  }
  return out
}
