// The city union's side of objections: read them (never shown to the nominee or their unit, and the
// objector's identity is not shown at all), and resolve each: upheld removes the nominee from the notice
// with the reason; dismissed leaves them on it.
import type { ObjectionView } from '../../../../types/entities/honours'
import type { Page } from '../../../../types/contract'
import type { ParsedInputOf } from '../../../../types/actions/index'
import type { MemberContext } from '../../lib/handler'
import { audit } from '../../lib/audit'
import { AppError } from '../../lib/errors'
import { findNomination, nomineesOf, removeFromNotice } from './nominations-repo'
import { findObjection, objectionsPage, resolveIfOpen, upholdOpenObjections } from './objections-repo'
import { step, type NominationDoc, type ObjectionDoc } from './repo'

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
  const byId = new Map((ids.length ? await nomineesOf(ids) : []).map((n) => [n._id, n]))
  return list.map((o) => toView(o, byId.get(o.nominationId)))
}

export async function objectionsAction(input: ParsedInputOf<'honours.objections'>): Promise<Page<ObjectionView>> {
  const rows = await objectionsPage(input.status, input.page, PAGE)
  return { items: await withNominees(rows.slice(0, PAGE)), hasMore: rows.length > PAGE }
}

export async function resolveObjection(input: ParsedInputOf<'honours.resolveObjection'>, ctx: MemberContext): Promise<ObjectionView> {
  const o = await findObjection(input.objectionId)
  if (!o) throw new AppError('COMMON.NOT_FOUND')
  if (o.status !== 'open') throw new AppError('HONOUR.OBJECTION_DECIDED')
  const status = input.upheld ? 'upheld' : 'dismissed'
  const at = new Date(ctx.now)
  const by = ctx.caller.user._id
  const resolution = { resolution: input.resolution, resolvedBy: by, resolvedAt: at }
  if (!(await resolveIfOpen(o._id, status, resolution))) throw new AppError('HONOUR.OBJECTION_DECIDED')
  const n = await findNomination(o.nominationId)
  if (input.upheld && n) {
    await removeFromNotice(n._id, input.resolution, step('removed', null, ctx.now, input.resolution, by))
    // The nominee is off the notice: the other objections to them are settled by the same finding.
    await upholdOpenObjections(n._id, resolution)
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
