// campaign.dashboard through the real function entry: the city sees the whole city, an industry union
// its subtree only, every figure from the counters the counting paths keep.
import { DASHBOARD_BOARD_SIZE } from '../../../../types/entities/dashboard'
import { DEMO_CAMPAIGN_ID, seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { recordParticipants } from '../../lib/participation'
import { beijingDate } from '../../lib/time'
import { bumpUnits } from '../../lib/unit-stats'

let cloud: TestCloud
const NOW = Date.now()
const CITY = { OPENID: 'demo-city-admin' }
const AREA_JKQ = { OPENID: 'demo-area-chair' }
const JIXIE = ['u-city', 'u-jkq', 'u-jkq-jixie']
const DIANZI = ['u-city', 'u-jkq', 'u-jkq-dianzi']
const RENMIN = ['u-city', 'u-health', 'u-health-renmin']

const ok = <T>(r: { ok: true; data: T } | { ok: false; error: { code: string } }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}`)
  return r.data
}
const person = (userId: string, unitPath: string[]) => ({ userId, unitId: unitPath[unitPath.length - 1]!, unitPath })

beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemo(cloud.db, NOW)
  // yesterday: three people in 机械 (one of them twice), one in 人民医院; today: one more in 电子
  const yesterday = NOW - 86_400_000
  await recordParticipants(DEMO_CAMPAIGN_ID, [person('p1', JIXIE), person('p2', JIXIE), person('p3', JIXIE)], 'work', yesterday)
  await recordParticipants(DEMO_CAMPAIGN_ID, [person('p1', JIXIE)], 'idea', yesterday)
  await recordParticipants(DEMO_CAMPAIGN_ID, [person('p4', RENMIN)], 'competition', yesterday)
  await recordParticipants(DEMO_CAMPAIGN_ID, [person('p5', DIANZI)], 'idea', NOW)
  await bumpUnits(DEMO_CAMPAIGN_ID, DIANZI, 'entries', 1, NOW)
  await bumpUnits(DEMO_CAMPAIGN_ID, JIXIE, 'entries', 2, yesterday)
  await bumpUnits(DEMO_CAMPAIGN_ID, RENMIN, 'competitions', 1, yesterday)
})
afterAll(async () => {
  await cloud.stop()
})

test('the city: totals, targets, trend, leaderboards and idle units, in one call of few round trips', async () => {
  const { result, counts } = await cloud.measure('campaign.dashboard', { unitId: 'u-city' }, CITY)
  const d = ok(result)
  expect(d.unit).toEqual({ id: 'u-city', name: expect.any(String), type: 'city' })
  expect(d.totals).toMatchObject({ participants: 5, entries: 3, competitions: 1 })
  const participants = d.targets.find((t) => t.key === 'participants')!
  expect(participants).toMatchObject({ goal: 30000, scopeCount: 5 })
  expect(participants.count).toBe(5) // the campaign document's counter, kept by the same insert
  expect(d.targets.find((t) => t.key === 'works')!.scopeCount).toBeNull()
  // trend: every day of the window so far, zeros included, ending today
  expect(d.trend[d.trend.length - 1]).toEqual({ day: beijingDate(NOW), participants: 1, entries: 1, competitions: 0 })
  expect(d.trend.find((x) => x.day === beijingDate(NOW - 86_400_000))).toEqual({
    day: beijingDate(NOW - 86_400_000),
    participants: 4,
    entries: 2,
    competitions: 1,
  })
  expect(d.trend.reduce((n, x) => n + x.participants, 0)).toBe(5)
  expect(new Set(d.trend.map((x) => x.day)).size).toBe(d.trend.length)
  // leaderboards over grassroots units, highest first, only units with something
  expect(d.boards.entries.map((r) => [r.unit.id, r.entries])).toEqual([
    ['u-jkq-jixie', 2],
    ['u-jkq-dianzi', 1],
  ])
  // competitions: the unions directly below the city, each with its subtree
  expect(d.boards.competitions.map((r) => [r.unit.id, r.competitions])).toEqual([['u-health', 1]])
  expect(d.boards.competitions[0]!.unit.type).toBe('industry')
  expect(d.boards.rate.length).toBeLessThanOrEqual(DASHBOARD_BOARD_SIZE)
  for (const r of d.boards.rate) expect(r.rate).toBe(r.members > 0 ? Math.round((r.participants / r.members) * 1000) / 1000 : 0)
  // idle: every grassroots unit but the three that did something
  expect(d.idle.count).toBe(d.totals.units - 3)
  expect(d.idle.units.map((u) => u.id)).not.toEqual(expect.arrayContaining(['u-jkq-jixie']))
  expect(d.idle.units.every((u) => u.type === 'grassroots')).toBe(true)
  // identity + scope unit (wrapper), campaign, then units, unit counters and day counters at once
  expect(counts.db).toBe(6)
})

test('named campaign: the same answer, the campaign read beside the counters', async () => {
  const named = ok(await cloud.call('campaign.dashboard', { unitId: 'u-city', campaignId: DEMO_CAMPAIGN_ID }, CITY))
  const current = ok(await cloud.call('campaign.dashboard', { unitId: 'u-city' }, CITY))
  expect({ ...named, servedAt: 0 }).toEqual({ ...current, servedAt: 0 })
})

test('an industry union sees its own subtree only', async () => {
  const d = ok(await cloud.call('campaign.dashboard', { unitId: 'u-jkq' }, AREA_JKQ))
  expect(d.totals).toMatchObject({ participants: 4, entries: 3, competitions: 0, units: 2 })
  expect(d.targets.find((t) => t.key === 'participants')!.scopeCount).toBe(4)
  expect(d.idle).toEqual({ count: 0, units: [] })
  expect(d.boards.competitions).toEqual([])
  expect([...d.boards.rate, ...d.boards.entries].every((r) => r.unit.id.startsWith('u-jkq-'))).toBe(true)
  expect(d.trend.reduce((n, x) => n + x.participants, 0)).toBe(4)
})

test('a chair outside the subtree, a worker, a unit chair: refused with codes', async () => {
  expect(await cloud.call('campaign.dashboard', { unitId: 'u-health' }, AREA_JKQ)).toMatchObject({ ok: false, error: { code: 'AUTH.OUT_OF_SCOPE' } })
  expect(await cloud.call('campaign.dashboard', { unitId: 'u-city' }, AREA_JKQ)).toMatchObject({ ok: false, error: { code: 'AUTH.OUT_OF_SCOPE' } })
  expect(await cloud.call('campaign.dashboard', { unitId: 'u-jkq-jixie' }, { OPENID: 'demo-worker' })).toMatchObject({
    ok: false,
    error: { code: 'AUTH.FORBIDDEN' },
  })
  expect(await cloud.call('campaign.dashboard', { unitId: 'u-jkq-jixie' }, { OPENID: 'demo-unit-chair' })).toMatchObject({
    ok: false,
    error: { code: 'AUTH.FORBIDDEN' },
  })
  expect(await cloud.call('campaign.dashboard', { unitId: 'u-city', campaignId: 'no-such' }, CITY)).toMatchObject({
    ok: false,
    error: { code: 'CAMPAIGN.NOT_FOUND' },
  })
  expect(await cloud.call('campaign.dashboard', { unitId: { $ne: null } } as never, CITY)).toMatchObject({ ok: false, error: { code: 'COMMON.VALIDATION' } })
})
