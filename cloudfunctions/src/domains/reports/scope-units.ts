// The grassroots unions of a subtree and their reports for the campaign: what the city's status page, its
// reminders and its export read. Two queries on declared indexes (units by path, reports by campaign and
// path), at most REPORT_LIMITS.units of each, joined here.
import { REPORT_LIMITS } from '../../../../types/limits/reports'
import type { UnitRef } from '../../../../types/entities/people'
import type { UnitDoc } from '../../lib/scope'
import { toRef, units, unitsById, type UnitRecord } from '../org/units-repo'
import { reportIdOf, reports, type ReportDoc } from './repo'

/** The cloud returns at most 1,000 records a get() in a cloud function. */
const PAGE = 1000

async function all<T>(fetch: (skip: number) => Promise<{ data: T[] }>): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; skip < REPORT_LIMITS.units; skip += PAGE) {
    const { data } = await fetch(skip)
    out.push(...data)
    if (data.length < PAGE) break
  }
  return out
}

export interface ScopeUnit {
  unit: UnitRecord
  parent: UnitRef | null
  report: ReportDoc | null
  reportId: string
}

/** The active grassroots unions in `root`'s subtree (root itself when it is one), by name, with their reports. */
export async function scopeUnits(campaignId: string, root: UnitDoc): Promise<ScopeUnit[]> {
  const [list, docs] = await Promise.all([
    root.type === 'grassroots'
      ? Promise.resolve([root as UnitRecord])
      : all((skip) => units().where({ path: root._id, status: 'active', type: 'grassroots' }).orderBy('name', 'asc').skip(skip).limit(PAGE).get()),
    all((skip) => reports().where({ campaignId, unitPath: root._id }).skip(skip).limit(PAGE).get()),
  ])
  const parents = await unitsById(new Set(list.map((u) => u.parentId).filter((p): p is string => Boolean(p))))
  const byId = new Map(docs.map((d) => [d._id, d]))
  return list.map((u) => {
    const reportId = reportIdOf(campaignId, u._id)
    return { unit: u, parent: u.parentId && parents.has(u.parentId) ? toRef(parents.get(u.parentId)!) : null, report: byId.get(reportId) ?? null, reportId }
  })
}
