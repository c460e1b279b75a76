// campaign.dashboard (R1, R10): the seven targets, a day-by-day trend, per-unit leaderboards and the
// units with nothing yet, for the city union or an industry/township union's subtree, in one call.
// Everything is read from counters kept by the counting actions (lib/participation.ts,
// lib/unit-stats.ts): the campaign document and the subtree's units, unit counters and day counters,
// all at once when the campaign is named (after the caller and the addressed unit, which the wrapper
// reads): six requests in three sequential steps.
import {
  DASHBOARD_BOARD_SIZE,
  DASHBOARD_IDLE_LIST,
  UNIT_STAT_KEYS,
  type Dashboard,
  type DashboardDay,
  type DashboardUnitRow,
  type UnitStatKey,
  type UnitStats,
} from '../../../../types/entities/dashboard'
import type { TargetKey } from '../../../../types/entities/campaign'
import { fail } from '../../lib/errors'
import type { UnitDoc } from '../../lib/scope'
import type { Handler } from '../../lib/handler'
import { beijingDate } from '../../lib/time'
import { toRef } from '../org/units-repo'
import { readSubtree } from './dashboard-data'
import { findCurrentCampaign, getCampaign, phaseOf } from './repo'

const DAY = 86_400_000
/** A campaign window is months, not years: the trend is cut at this many days. */
const MAX_TREND_DAYS = 400

/** Targets counted per unit, and the unit counter that holds each. */
const PER_UNIT: Partial<Record<TargetKey, UnitStatKey>> = { participants: 'participants', competitions: 'competitions' }

const zeros = (): UnitStats => Object.fromEntries(UNIT_STAT_KEYS.map((k) => [k, 0])) as UnitStats
const pick = (s: UnitStats | undefined): UnitStats => Object.fromEntries(UNIT_STAT_KEYS.map((k) => [k, s?.[k] ?? 0])) as UnitStats

/** Beijing dates from `from` to `to` inclusive. */
export function daysBetween(fromMs: number, toMs: number): string[] {
  const out: string[] = []
  const last = beijingDate(toMs)
  for (let t = fromMs; out.length < MAX_TREND_DAYS; t += DAY) {
    const d = beijingDate(t)
    out.push(d)
    if (d >= last) break
  }
  return out
}

const top = (rows: DashboardUnitRow[], by: (r: DashboardUnitRow) => number) =>
  rows
    .filter((r) => by(r) > 0)
    .sort((a, b) => by(b) - by(a) || a.unit.name.localeCompare(b.unit.name, 'zh-CN'))
    .slice(0, DASHBOARD_BOARD_SIZE)

export const dashboard: Handler<'campaign.dashboard'> = async (input, ctx) => {
  const unit = ctx.scope.unit!
  // Named campaign: its document and the subtree's counters are read at once; otherwise the current one first.
  const [c, early] = input.campaignId
    ? await Promise.all([getCampaign(input.campaignId), readSubtree(input.campaignId, unit._id)])
    : [await findCurrentCampaign(ctx.now), null]
  if (!c) return fail('CAMPAIGN.NOT_FOUND')
  const data = early ?? (await readSubtree(c._id, unit._id))
  const days = daysBetween(c.startAt.getTime(), Math.max(c.startAt.getTime(), Math.min(ctx.now, c.endAt.getTime())))

  const mine = pick(data.stats.get(unit._id))
  const grassroots = data.units.filter((u) => u.type === 'grassroots')
  const row = (u: UnitDoc, members: number): DashboardUnitRow => {
    const s = pick(data.stats.get(u._id))
    return { unit: toRef(u), members, ...s, rate: members > 0 ? Math.round((s.participants / members) * 1000) / 1000 : 0 }
  }
  const rows = grassroots.map((u) => row(u, u.memberCount ?? 0))
  // Competitions are mostly held by industry and township unions: that board ranks the unions directly
  // below this one (each with everything under it), members summed over their subtrees.
  const membersUnder = (id: string) => data.units.reduce((n, x) => n + (x.path.includes(id) ? (x.memberCount ?? 0) : 0), 0)
  const children = data.units.filter((u) => u.parentId === unit._id).map((u) => row(u, membersUnder(u._id)))
  const idle = rows.filter((r) => UNIT_STAT_KEYS.every((k) => r[k] === 0))
  const byDay = new Map(data.days.map((d) => [d.day, d]))
  const trend: DashboardDay[] = days.map((day) => ({ day, ...pick(byDay.get(day)) }))

  const result: Dashboard = {
    campaign: { id: c._id, title: c.title, startAt: c.startAt.getTime(), endAt: c.endAt.getTime(), phase: phaseOf(c, ctx.now) },
    unit: toRef(unit),
    targets: c.targets.map((t) => {
      const key = PER_UNIT[t.key]
      return { key: t.key, line: t.line, label: t.label, goal: t.goal, unit: t.unit, count: c.counts[t.key] ?? 0, scopeCount: key ? mine[key] : null }
    }),
    totals: { ...(data.stats.has(unit._id) ? mine : zeros()), members: data.units.reduce((n, u) => n + (u.memberCount ?? 0), 0), units: grassroots.length },
    trend,
    boards: {
      rate: top(rows, (r) => r.rate),
      entries: top(rows, (r) => r.entries),
      competitions: top(children, (r) => r.competitions),
    },
    idle: {
      count: idle.length,
      units: idle
        .map((r) => r.unit)
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
        .slice(0, DASHBOARD_IDLE_LIST),
    },
    servedAt: ctx.now,
  }
  return result
}
