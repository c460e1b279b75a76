// campaign.dashboard at campaign scale: 300 grassroots units, 30,000 workers, every day of the window
// counted. A share of the participation goes through the real counting path (recordParticipants:
// one unique insert, then the per-unit and per-day increments), timed at the bench's round-trip latency;
// the rest of the counters are laid down as that path leaves them (one document per campaign × unit and
// per campaign × unit × day), since the dashboard's cost depends on how many counter documents there
// are, not on their values. Then the city's and an industry union's dashboards, 15 ms per round trip.
import type { Result } from '../types/errors'
import type { Dashboard } from '../types/entities/dashboard'
import type { LocalCloud } from '../cloudfunctions/local/index'
import { setRoundTripLatency } from '../cloudfunctions/local/metrics'
import { DEMO_CAMPAIGN_ID } from '../cloudfunctions/local/seed/demo'
import { recordParticipants } from '../cloudfunctions/src/lib/participation'
import { beijingDate } from '../cloudfunctions/src/lib/time'
import { unitDayId, unitStatId } from '../cloudfunctions/src/lib/unit-stats'
import { percentile, record } from './lib'
import { LATENCY_MS } from './writes/lib'

const UNITS = 300
const WORKERS = 30000
const REAL_PATH = 400
const DAYS = 30
const AREAS = [
  ['u-city', 'u-jkq'],
  ['u-city', 'u-health'],
  ['u-city', 'u-kejing'],
]

export async function benchDashboard(cloud: LocalCloud): Promise<void> {
  const now = Date.now()
  const units = Array.from({ length: UNITS }, (_x, i) => {
    const parent = AREAS[i % AREAS.length]
    const _id = `bench-dash-unit-${i}`
    return {
      _id,
      name: `看板测试单位${i}工会`,
      type: 'grassroots',
      parentId: parent[1],
      path: [...parent, _id],
      status: 'active',
      memberCount: WORKERS / UNITS,
      childCount: 0,
      siblingKey: `${parent[1]}/看板测试单位${i}工会`,
      createdAt: new Date(now),
      updatedAt: new Date(now),
    }
  })
  await cloud.db.insertMany('units', units)

  // The real counting path: the first participation of REAL_PATH workers, at the cloud's latency.
  const samples: number[] = []
  setRoundTripLatency(LATENCY_MS)
  try {
    for (let w = 0; w < REAL_PATH; w++) {
      const u = units[w % UNITS]
      const t = performance.now()
      await recordParticipants(DEMO_CAMPAIGN_ID, [{ userId: `bench-dash-worker-${w}`, unitId: u._id, unitPath: u.path }], 'work', now)
      samples.push(performance.now() - t)
    }
  } finally {
    setRoundTripLatency(0)
  }
  record('dashboard.first_participation_p95_ms', percentile(samples, 95), 'ms at 15 ms/round trip')

  // The rest, as the counting path leaves it: unit (and day) counters; unit i has done something unless i % 10 === 0.
  const stats: Array<Record<string, unknown>> = []
  const days: Array<Record<string, unknown>> = []
  const counted = new Set((cloud.db.dump().unit_stats ?? []).map((d) => d._id))
  for (const [i, u] of units.entries()) {
    if (i % 10 === 0) continue
    const id = unitStatId(DEMO_CAMPAIGN_ID, u._id)
    if (!counted.has(id)) {
      stats.push({
        _id: id,
        campaignId: DEMO_CAMPAIGN_ID,
        unitId: u._id,
        unitPath: u.path,
        participants: 1 + (i % 97),
        entries: i % 13,
        competitions: i % 3,
        updatedAt: new Date(now),
      })
    }
    for (let d = 0; d < DAYS; d++) {
      const day = beijingDate(now - d * 86_400_000)
      const did = unitDayId(DEMO_CAMPAIGN_ID, u._id, day)
      if (d > 0)
        days.push({
          _id: did,
          campaignId: DEMO_CAMPAIGN_ID,
          unitId: u._id,
          day,
          participants: (i + d) % 5,
          entries: d % 2,
          competitions: 0,
          updatedAt: new Date(now),
        })
    }
  }
  await cloud.db.insertMany('unit_stats', stats)
  await cloud.db.insertMany('unit_days', days)

  for (const [label, unitId, who] of [
    ['city', 'u-city', 'demo-city-admin'],
    ['area', 'u-jkq', 'demo-area-chair'],
  ] as const) {
    const times: number[] = []
    let trips = 0
    let sequential = 0
    setRoundTripLatency(LATENCY_MS)
    try {
      for (let r = 0; r < 30; r++) {
        const { result, counts, ms } = await cloud.runtime.invoke<Result<Dashboard>>(
          'campaign',
          { action: 'campaign.dashboard', input: { unitId, campaignId: DEMO_CAMPAIGN_ID } },
          { OPENID: who },
        )
        if (!result.ok) throw new Error(`campaign.dashboard failed: ${result.error.code}`)
        if (label === 'city' && result.data.totals.units < UNITS) throw new Error('campaign.dashboard missed units')
        times.push(ms)
        trips = counts.db
        sequential = counts.sequential
      }
    } finally {
      setRoundTripLatency(0)
    }
    record(`dashboard.${label}_round_trips`, trips, 'db requests/call')
    record(`dashboard.${label}_sequential`, sequential, 'sequential round trips/call')
    record(`dashboard.${label}_p95_ms`, percentile(times, 95), 'ms at 15 ms/round trip')
  }
}
