// campaign.home at campaign scale: 30,000 workers in the union tree while the page is opened again and
// again, as a card shared in a group chat would cause. Round trips counted at the SDK seam.
import type { Result } from '../types/errors'
import type { CampaignHome } from '../types/entities/campaign'
import type { LocalCloud } from '../cloudfunctions/local/index'
import { demoUnits } from '../cloudfunctions/local/seed/demo'
import { percentile, record } from './lib'

export async function benchHome(cloud: LocalCloud, indexedGetP95: number): Promise<void> {
  const now = Date.now()
  const grassroots = demoUnits(now).filter((u) => u.type === 'grassroots')
  const WORKERS = 30000
  const batch: Array<Record<string, unknown>> = []
  for (let i = 0; i < WORKERS; i++) {
    const unit = grassroots[i % grassroots.length]
    batch.push({
      _openid: `bench-worker-${i}`,
      realName: `职工${i}`,
      unitId: unit._id,
      unitPath: unit.path,
      nickname: `师傅${i}`,
      job: '',
      employeeNo: '',
      joinedAt: new Date(now),
      roles: [],
      profileCompletedAt: new Date(now),
      createdAt: new Date(now),
    })
  }
  const t0 = performance.now()
  await cloud.db.insertMany('users', batch)
  record('seed.workers', WORKERS, 'documents')
  record('seed.workers_ms', performance.now() - t0, 'ms')

  const RUNS = 2000
  const samples: number[] = []
  let dbCalls = 0
  for (let i = 0; i < RUNS; i++) {
    const { result, counts, ms } = await cloud.runtime.invoke<Result<CampaignHome>>(
      'campaign',
      { action: 'campaign.home', input: {} },
      { OPENID: `bench-worker-${i % WORKERS}` },
    )
    if (!result.ok) throw new Error(`campaign.home failed: ${result.error.code}`)
    samples.push(ms)
    dbCalls += counts.db
  }
  const p95 = percentile(samples, 95)
  record('home.cloud_calls', 1, 'calls/page view')
  record('home.db_round_trips', dbCalls / RUNS, 'round trips/call')
  record('home.p50_ms', percentile(samples, 50), 'ms')
  record('home.p95_ms', p95, 'ms')
  record('home.p95_vs_indexed_get_p95', p95 / indexedGetP95, 'ratio')

  // 200 page views at once
  const t1 = performance.now()
  const burst = await Promise.all(
    Array.from({ length: 200 }, (_x, i) =>
      cloud.runtime.invoke<Result<CampaignHome>>('campaign', { action: 'campaign.home', input: {} }, { OPENID: `bench-worker-${i}` }),
    ),
  )
  if (burst.some((b) => !b.result.ok)) throw new Error('campaign.home failed under a burst')
  record('home.burst_200_total_ms', performance.now() - t1, 'ms')
}
