// The dashboard's reads: the subtree's units, its per-unit counters and its per-day counters. Each is
// one indexed query (a page of up to 1,000, the cloud function's clamp), and the three go out at once.
import type { UnitStats } from '../../../../types/entities/dashboard'
import { activeUnitsUnder } from '../org/units-repo'
import type { UnitDoc } from '../../lib/scope'
import { unitDays, unitStats, type UnitDayDoc, type UnitStatDoc } from '../../lib/unit-stats'

/** The cloud clamps a function's query to 1,000 documents (docs: database.getDocument limit). */
const PAGE = 1000

async function allPages<T>(page: (skip: number) => Promise<T[]>): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; ; skip += PAGE) {
    const rows = await page(skip)
    out.push(...rows)
    if (rows.length < PAGE) return out
  }
}

export interface SubtreeData {
  units: UnitDoc[]
  stats: Map<string, UnitStats>
  days: UnitDayDoc[]
}

export async function readSubtree(campaignId: string, unitId: string): Promise<SubtreeData> {
  const [units, stats, days] = await Promise.all([
    allPages((skip) =>
      activeUnitsUnder(unitId)
        .skip(skip)
        .limit(PAGE)
        .get()
        .then((r) => r.data),
    ),
    allPages((skip) =>
      unitStats()
        .where({ campaignId, unitPath: unitId })
        .skip(skip)
        .limit(PAGE)
        .get()
        .then((r) => r.data),
    ),
    unitDays()
      // a campaign's window is months: its days for one unit fit one page
      .where({ campaignId, unitId })
      .orderBy('day', 'asc')
      .limit(PAGE)
      .get()
      .then((r) => r.data),
  ])
  return { units, stats: new Map(stats.map((s: UnitStatDoc) => [s.unitId, s])), days }
}
