// Sign-ups at campaign scale: 30,000 sign-ups spread over 100 competitions, the first 1,000 of them
// all at once against one competition of capacity 100 (a card shared in a big group chat), with some
// people tapping twice. Round trips and transactions counted at the SDK seam per sign-up. The burst runs
// with the cloud's round-trip latency (15 ms); the 29,000 after it measure the local cloud's own
// throughput (no latency).
import type { Result } from '../types/errors'
import type { MySignup } from '../types/entities/competition'
import type { LocalCloud } from '../cloudfunctions/local/index'
import { setRoundTripLatency } from '../cloudfunctions/local/metrics'
import { percentile, record } from './lib'
import { LATENCY_MS } from './writes/lib'

const HOUR = 3600000

export async function benchSignups(cloud: LocalCloud, workers: number): Promise<void> {
  const now = Date.now()
  const competition = (i: number, capacity: number) => ({
    _id: `bench-comp-${i}`,
    campaignId: 'mayday',
    title: `技能比武第${i}场`,
    category: '技能比武',
    organizerUnitId: 'u-jkq',
    unitPath: ['u-city', 'u-jkq'],
    description: '基准测试用竞赛',
    place: '实训中心',
    signupStartAt: new Date(now - HOUR),
    signupEndAt: new Date(now + 24 * HOUR),
    eventStartAt: new Date(now + 25 * HOUR),
    eventEndAt: new Date(now + 26 * HOUR),
    capacity,
    mode: 'individual',
    teamMin: 1,
    teamMax: 1,
    eligibility: 'city',
    needsApproval: false,
    status: 'published',
    counts: { taken: 0, accepted: 0, pending: 0, waitlisted: 0 },
    results: [],
    createdBy: 'bench',
    createdAt: new Date(now),
    updatedAt: new Date(now),
    publishedAt: new Date(now),
  })
  await cloud.db.insertMany('competitions', [competition(0, 100), ...Array.from({ length: 99 }, (_x, i) => competition(i + 1, 400))])

  const signup = (competitionId: string, worker: number) =>
    cloud.runtime.invoke<Result<MySignup>>('competition', { action: 'competition.signup', input: { competitionId } }, { OPENID: `bench-worker-${worker}` })

  // 1. the burst: 1,000 people at once on one competition of 100 places, every tenth tapping twice
  setRoundTripLatency(LATENCY_MS)
  const t0 = performance.now()
  const burst = await Promise.all(
    Array.from({ length: 1000 }, (_x, i) => (i % 10 === 0 ? [signup('bench-comp-0', i), signup('bench-comp-0', i)] : [signup('bench-comp-0', i)])).flat(),
  ).finally(() => setRoundTripLatency(0))
  const burstMs = performance.now() - t0
  const failed = burst.filter((b) => !b.result.ok)
  if (failed.length) throw new Error(`burst: ${failed.length} sign-ups failed, e.g. ${JSON.stringify(failed[0].result)}`)
  const rows = cloud.db.dump().signups.filter((s) => s.competitionId === 'bench-comp-0')
  const accepted = rows.filter((s) => s.status === 'accepted').length
  const waitlisted = rows.filter((s) => s.status === 'waitlisted').length
  const duplicates = rows.length - new Set(rows.map((s) => s.userId)).size
  if (accepted !== 100 || waitlisted !== 900 || duplicates !== 0)
    throw new Error(`burst broke the rules: ${accepted} accepted, ${waitlisted} waitlisted, ${duplicates} duplicates`)
  record('signup_burst.requests', burst.length, 'calls (1,000 people, 100 tapping twice)')
  record('signup_burst.accepted', accepted, 'sign-ups')
  record('signup_burst.waitlisted', waitlisted, 'sign-ups')
  record('signup_burst.duplicates', duplicates, 'sign-ups')
  record('signup_burst.total_ms', burstMs, `ms at ${LATENCY_MS} ms/round trip`)
  record(
    'signup_burst.p95_ms',
    percentile(
      burst.map((b) => b.ms),
      95,
    ),
    `ms at ${LATENCY_MS} ms/round trip`,
  )
  record(
    'signup_burst.sequential_round_trips_p95',
    percentile(
      burst.map((b) => b.counts.sequential),
      95,
    ),
    'round trips in a row (waiting-list and double taps included)',
  )
  record(
    'signup_burst.transactions',
    burst.reduce((a, b) => a + (b.counts.dbByAction['database.startTransaction'] ?? 0), 0),
    'transactions in all',
  )

  // 2. the rest: 29,000 sign-ups over 99 competitions, 50 at a time
  const samples: number[] = []
  const trips: number[] = []
  let transactions = 0
  const total = 29000
  const t1 = performance.now()
  for (let start = 0; start < total; start += 50) {
    const wave = await Promise.all(
      Array.from({ length: Math.min(50, total - start) }, (_x, k) => {
        const n = start + k
        return signup(`bench-comp-${1 + (n % 99)}`, (1000 + n) % workers)
      }),
    )
    for (const w of wave) {
      if (!w.result.ok) throw new Error(`sign-up failed: ${JSON.stringify(w.result)}`)
      samples.push(w.ms)
      trips.push(w.counts.db)
      transactions += w.counts.dbByAction['database.startTransaction'] ?? 0
    }
  }
  const seconds = (performance.now() - t1) / 1000
  record('signup.count', total + 1000, 'sign-ups in all')
  record('signup.throughput', total / seconds, 'sign-ups/s (50 concurrent, no latency)')
  record('signup.p50_ms', percentile(samples, 50), 'ms (no latency)')
  record('signup.p95_ms', percentile(samples, 95), 'ms (no latency)')
  record('signup.db_round_trips', trips.reduce((a, b) => a + b, 0) / trips.length, 'round trips/sign-up (mean)')
  record('signup.db_round_trips_p95', percentile(trips, 95), 'round trips/sign-up')
  record('signup.transactions', transactions / trips.length, 'transactions/sign-up (measured; individual sign-ups need none)')
}
