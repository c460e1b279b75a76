// works.reviewHistory: what a unit's chairs decided — the works they recommended (选送 / 报送) or turned
// down, newest first, each with where it stands now. One indexed query (steps.unitId, updatedAt) and
// one for unit names; the decisions are read from each work's own steps.
import type { ReviewDecision } from '../../../../types/entities/works'
import type { Handler } from '../../lib/handler'
import type { UnitDoc } from '../../lib/scope'
import { refOf, unitsOf, works } from './repo'

const PAGE = 20
const DECISIONS = new Set(['recommended', 'rejected'])

export const reviewHistory: Handler<'works.reviewHistory'> = async (input, ctx) => {
  const unit = ctx.scope.unit as UnitDoc
  const res = await works()
    .where({ 'steps.unitId': unit._id })
    .orderBy('updatedAt', 'desc')
    .skip((input.page - 1) * PAGE)
    .limit(PAGE + 1)
    .get()
  const list = res.data.slice(0, PAGE)
  const units = await unitsOf(list)
  const items: ReviewDecision[] = []
  for (const w of list) {
    // The unit's latest decision on this work (a work returned and sent again is decided again).
    const last = [...w.steps].reverse().find((s) => s.unitId === unit._id && DECISIONS.has(s.kind))
    if (!last) continue
    items.push({
      workId: w._id,
      title: w.title,
      authorName: w.authorName,
      unitName: refOf(units, w.unitId).name,
      decision: last.kind as ReviewDecision['decision'],
      reason: last.reason,
      at: last.at.getTime(),
      status: w.status,
    })
  }
  return { items, hasMore: res.data.length > PAGE }
}
