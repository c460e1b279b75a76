// Quotas (名额): the city union gives each industry/township union a number out of the campaign's goal,
// and each of them splits theirs among its grassroots unions. Every level is one document (campaign:unit)
// with quota, used (given to children, or held by nominations) and free = quota − used. Setting children's
// quotas is one transaction over the parent and the children; a nomination takes a place with one
// conditional update ("free > 0"), never a count followed by an insert.
import type { QuotaView } from '../../../../types/entities/honours'
import type { HandlerContext, MemberContext } from '../../lib/handler'
import { AppError } from '../../lib/errors'
import { inTransaction } from '../../lib/transaction'
import { audit } from '../../lib/audit'
import { getUnit } from '../../lib/scope'
import { activeChildren, cityUnit, toRef, unitsById, type UnitRecord } from '../org/units-repo'
import { putQuotaInTx, quotaInTx, quotaOf, quotasIn } from './quotas-repo'
import { currentCampaign, goalOf, quotaId, type QuotaDoc } from './repo'

const AREA_TYPES = ['industry', 'township']

/** A union's quota and its children's: the city (quota = the goal), an area union, or a grassroots union. */
export async function quotaView(unit: UnitRecord, now: number): Promise<QuotaView> {
  const campaign = await currentCampaign(now)
  const children = unit.type === 'grassroots' ? [] : await activeChildren(unit._id, 1000)
  const [own, childQuotas] = await Promise.all([
    quotaOf(campaign._id, unit._id),
    children.length ? quotasIn(children.map((c) => quotaId(campaign._id, c._id))) : Promise.resolve([] as QuotaDoc[]),
  ])
  const byUnit = new Map(childQuotas.map((q) => [q.unitId, q]))
  const rows = children.map((c) => ({ unit: toRef(c), quota: byUnit.get(c._id)?.quota ?? 0, used: byUnit.get(c._id)?.used ?? 0 }))
  return {
    unit: toRef(unit),
    quota: unit.type === 'city' ? goalOf(campaign) : own.quota,
    allocated: rows.reduce((s, r) => s + r.quota, 0),
    rows,
  }
}

export async function quotasAction(_input: { unitId: string }, ctx: HandlerContext): Promise<QuotaView> {
  return quotaView(ctx.scope.unit as UnitRecord, ctx.now)
}

/**
 * Give children of `parent` new quotas, in one transaction: each at least what the child has used, and
 * the parent's total within its own quota (the goal at the city).
 */
async function setChildQuotas(parent: UnitRecord, rows: Array<{ unitId: string; quota: number }>, ctx: MemberContext): Promise<void> {
  const campaign = await currentCampaign(ctx.now)
  const at = new Date(ctx.now)
  const parentKey = quotaId(campaign._id, parent._id)
  await inTransaction(async (tx) => {
    const p = await quotaInTx(tx, parentKey)
    const cap = parent.type === 'city' ? goalOf(campaign) : (p?.quota ?? 0)
    let used = p?.used ?? 0
    const writes: Array<{ id: string; doc: Omit<QuotaDoc, '_id'> }> = []
    for (const r of rows) {
      const id = quotaId(campaign._id, r.unitId)
      const c = await quotaInTx(tx, id)
      const childUsed = c?.used ?? 0
      if (r.quota < childUsed) throw new AppError('HONOUR.QUOTA_BELOW_USED')
      used += r.quota - (c?.quota ?? 0)
      writes.push({
        id,
        doc: { campaignId: campaign._id, unitId: r.unitId, parentId: parent._id, quota: r.quota, used: childUsed, free: r.quota - childUsed, updatedAt: at },
      })
    }
    if (used > cap) throw new AppError(parent.type === 'city' ? 'HONOUR.QUOTA_OVER_GOAL' : 'HONOUR.QUOTA_OVER_AREA')
    await putQuotaInTx(tx, parentKey, {
      campaignId: campaign._id,
      unitId: parent._id,
      parentId: parent.parentId ?? '',
      quota: cap,
      used,
      free: cap - used,
      updatedAt: at,
    })
    for (const w of writes) await putQuotaInTx(tx, w.id, w.doc)
  })
  const actor = ctx.caller.user
  await audit({
    kind: 'honour',
    action: 'honours.quota',
    actorId: actor._id,
    actorName: actor.realName,
    targetId: parent._id,
    targetName: parent.name,
    unitId: parent._id,
    unitPath: parent.path,
    detail: { rows },
    at,
  })
}

export async function setQuotas(input: { rows: Array<{ unitId: string; quota: number }> }, ctx: MemberContext): Promise<QuotaView> {
  const [found, city] = await Promise.all([unitsById(input.rows.map((r) => r.unitId)), cityUnit()])
  if (!city) throw new AppError('ORG.UNIT_NOT_FOUND')
  for (const r of input.rows) {
    const u = found.get(r.unitId)
    if (!u || u.status !== 'active') throw new AppError('ORG.UNIT_NOT_FOUND')
    if (!AREA_TYPES.includes(u.type) || u.parentId !== city._id) throw new AppError('HONOUR.NOT_AREA_UNIT')
  }
  await setChildQuotas(city, input.rows, ctx)
  return quotaView(city, ctx.now)
}

export async function splitQuota(input: { unitId: string; quota: number }, ctx: MemberContext): Promise<QuotaView> {
  const unit = ctx.scope.unit as UnitRecord
  if (unit.type !== 'grassroots' || !unit.parentId) throw new AppError('HONOUR.NOT_GRASSROOTS')
  const parent = (await getUnit(unit.parentId)) as UnitRecord | null
  if (!parent) throw new AppError('ORG.UNIT_NOT_FOUND')
  await setChildQuotas(parent, [{ unitId: unit._id, quota: input.quota }], ctx)
  return quotaView(parent, ctx.now)
}
