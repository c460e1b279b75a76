// The city union's side of objections: read them (never shown to the nominee or their unit, and the
// objector's identity is not shown at all), and resolve each: upheld removes the nominee from the notice
// with the reason; dismissed leaves them on it.
import type { ObjectionView } from '../../../../types/entities/honours'
import type { Page } from '../../../../types/contract'
import type { ParsedInputOf } from '../../../../types/actions/index'
import type { MemberContext } from '../../lib/handler'
import { audit } from '../../lib/audit'
import { AppError } from '../../lib/errors'
import { nominations, nominationsIn, objections, pushSteps, step, type NominationDoc, type ObjectionDoc } from './repo'

const PAGE = 20

function toView(o: ObjectionDoc, n: Pick<NominationDoc, 'nomineeName' | 'unitName'> | undefined): ObjectionView {
  return {
    id: o._id,
    nominationId: o.nominationId,
    nomineeName: n?.nomineeName ?? '',
    unitName: n?.unitName ?? '',
    reason: o.reason,
    status: o.status,
    resolution: o.resolution,
    createdAt: o.createdAt.getTime(),
  }
}

async function withNominees(list: ObjectionDoc[]): Promise<ObjectionView[]> {
  const ids = [...new Set(list.map((o) => o.nominationId))]
  const res = ids.length ? await nominationsIn(ids).field({ _id: true, nomineeName: true, unitName: true }).limit(100).get() : { data: [] }
  const byId = new Map(res.data.map((n) => [n._id, n]))
  return list.map((o) => toView(o, byId.get(o.nominationId)))
}

export async function objectionsAction(input: ParsedInputOf<'honours.objections'>): Promise<Page<ObjectionView>> {
  const res = await objections()
    .where({ status: input.status })
    .orderBy('createdAt', 'asc')
    .skip((input.page - 1) * PAGE)
    .limit(PAGE + 1)
    .get()
  return { items: await withNominees(res.data.slice(0, PAGE)), hasMore: res.data.length > PAGE }
}

export async function resolveObjection(input: ParsedInputOf<'honours.resolveObjection'>, ctx: MemberContext): Promise<ObjectionView> {
  const o = (await objections().doc(input.objectionId).get()).data
  if (!o) throw new AppError('COMMON.NOT_FOUND')
  if (o.status !== 'open') throw new AppError('HONOUR.OBJECTION_DECIDED')
  const status = input.upheld ? 'upheld' : 'dismissed'
  const at = new Date(ctx.now)
  const by = ctx.caller.user._id
  const res = await objections()
    .where({ _id: o._id, status: 'open' })
    .update({ data: { status, resolution: input.resolution, resolvedBy: by, resolvedAt: at } })
  if (res.stats.updated !== 1) throw new AppError('HONOUR.OBJECTION_DECIDED')
  const n = (await nominations().doc(o.nominationId).get()).data
  if (input.upheld && n) {
    await nominations()
      .where({ _id: n._id, status: 'noticed' })
      .update({
        data: { status: 'removed', reason: input.resolution, updatedAt: at, steps: pushSteps(step('removed', null, ctx.now, input.resolution, by)) },
      })
    // The nominee is off the notice: the other objections to them are settled by the same finding.
    await objections()
      .where({ nominationId: n._id, status: 'open' })
      .update({ data: { status: 'upheld', resolution: input.resolution, resolvedBy: by, resolvedAt: at } })
  }
  if (n) {
    await audit({
      kind: 'honour',
      action: `honours.objection.${status}`,
      actorId: by,
      actorName: ctx.caller.user.realName,
      targetId: n._id,
      targetName: n.nomineeName,
      unitId: n.unitId,
      unitPath: n.unitPath,
      detail: { objectionId: o._id, before: { status: n.status }, after: { status: input.upheld ? 'removed' : n.status }, resolution: input.resolution },
      at,
    })
  }
  return toView({ ...o, status, resolution: input.resolution }, n ?? undefined)
}
