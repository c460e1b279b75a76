// Reading and following up visits. Each answer is logged with the records it showed before it is sent.
import { CARE_FILTER_LABELS } from '../../../../types/entities/care'
import { AppError } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { inTransaction } from '../../lib/transaction'
import { append, appendIn } from './access-log-repo'
import { actorOf } from './actor'
import { getVisit, listVisits, updateFollowUp, type CareVisitDoc } from './repo'
import { toView } from './view'

/** care.visits */
export const visitsOf: Handler<'care.visits'> = async (input, ctx) => {
  const unit = ctx.scope.unit!
  const { items, hasMore } = await listVisits(unit._id, input.filter, input.page, ctx.now)
  await append(
    {
      actor: actorOf(ctx.caller),
      action: ctx.action,
      outcome: 'ok',
      visitIds: items.map((v) => v._id),
      unitId: unit._id,
      detail: `${CARE_FILTER_LABELS[input.filter]} 第 ${input.page} 页，${items.length} 条`,
    },
    new Date(ctx.now),
  )
  return { items: items.map((v) => toView(v, ctx.caller, ctx.now)), hasMore }
}

/** care.visit: the wrapper loaded the record and checked its unit is in the caller's scope. */
export const visitOne: Handler<'care.visit'> = async (_input, ctx) => {
  const visit = ctx.scope.record as unknown as CareVisitDoc
  await append({ actor: actorOf(ctx.caller), action: ctx.action, outcome: 'ok', visitIds: [visit._id], unitId: visit.unitId, detail: '' }, new Date(ctx.now))
  return toView(visit, ctx.caller, ctx.now)
}

/** care.followUp: a new date, or done with a note; the change and its log entry in one transaction. */
export const followUp: Handler<'care.followUp'> = async (input, ctx) => {
  const visit = ctx.scope.record as unknown as CareVisitDoc
  if (visit.anonymisedAt) throw new AppError('CARE.ANONYMISED')
  const now = new Date(ctx.now)
  if (!input.done && input.followUpAt < new Date(visit.visitedAt).getTime()) throw new AppError('CARE.BAD_DATES')
  const change = input.done
    ? { followUpOpen: false, followUpDoneAt: now, followUpNote: input.note, updatedAt: now }
    : { followUpAt: new Date(input.followUpAt), followUpOpen: true, followUpDoneAt: null, updatedAt: now }
  await inTransaction(async (tx) => {
    await updateFollowUp(tx, visit._id, change)
    await appendIn(
      tx,
      {
        actor: actorOf(ctx.caller),
        action: ctx.action,
        outcome: 'ok',
        visitIds: [visit._id],
        unitId: visit.unitId,
        detail: input.done ? '已回访' : '改期回访',
      },
      now,
    )
  })
  const updated = await getVisit(visit._id)
  return toView(updated!, ctx.caller, ctx.now)
}
