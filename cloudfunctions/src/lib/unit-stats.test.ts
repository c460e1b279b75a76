// Per-unit and per-day counters: moved only by the insert that makes someone a participant, on every
// unit of their path, exactly once under concurrency, including the race to create a counter document.
import { DEMO_CAMPAIGN_ID, seedDemo } from '../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../local/testing'
import { recordParticipants } from './participation'
import { bumpUnits, unitDayId, unitStatId } from './unit-stats'
import { beijingDate } from './time'

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(async () => {
  await cloud.stop()
})
beforeEach(async () => {
  await cloud.db.clear()
  await seedDemo(cloud.db)
})

const PATH = ['u-city', 'u-jkq', 'u-jkq-jixie']
const stat = (unitId: string) => cloud.db.dump().unit_stats.find((d) => d._id === unitStatId(DEMO_CAMPAIGN_ID, unitId)) as Record<string, unknown> | undefined
const day = (unitId: string, ms: number) =>
  cloud.db.dump().unit_days.find((d) => d._id === unitDayId(DEMO_CAMPAIGN_ID, unitId, beijingDate(ms))) as Record<string, unknown> | undefined

test('a first participation counts once on the unit and every union above it, and on that day', async () => {
  const before = PATH.map((u) => Number(stat(u)?.participants ?? 0))
  const now = Date.parse('2026-05-03T20:00:00Z') // 2026-05-04 in Beijing
  const person = { userId: 'new-person-1', unitId: PATH[2], unitPath: PATH }
  expect(await recordParticipants(DEMO_CAMPAIGN_ID, [person], 'work', now)).toBe(1)
  expect(await recordParticipants(DEMO_CAMPAIGN_ID, [person], 'idea', now + 1000)).toBe(0)
  expect(PATH.map((u) => Number(stat(u)!.participants))).toEqual(before.map((n) => n + 1))
  expect(stat(PATH[2])!.unitPath).toEqual(PATH)
  expect(stat(PATH[1])!.unitPath).toEqual(PATH.slice(0, 2))
  for (const u of PATH) expect(day(u, now)).toMatchObject({ day: '2026-05-04', participants: 1, entries: 0, competitions: 0 })
})

test('at once: the same newcomer from many calls counts once; different newcomers each count', async () => {
  const now = Date.now()
  const same = { userId: 'racer', unitId: PATH[2], unitPath: PATH }
  const others = Array.from({ length: 6 }, (_, i) => ({ userId: `other-${i}`, unitId: PATH[2], unitPath: PATH }))
  const before = Number(stat('u-city')?.participants ?? 0)
  const fresh = await Promise.all([
    ...Array.from({ length: 4 }, () => recordParticipants(DEMO_CAMPAIGN_ID, [same], 'competition', now)),
    ...others.map((o) => recordParticipants(DEMO_CAMPAIGN_ID, [o], 'competition', now)),
  ])
  expect(fresh.reduce((a, b) => a + b, 0)).toBe(7)
  for (const u of PATH) expect(Number(stat(u)!.participants)).toBe(before + 7)
  // the counters agree with the participant records they stand for
  const recorded = cloud.db.dump().participants.filter((p) => p.campaignId === DEMO_CAMPAIGN_ID && (p.unitPath as string[]).includes('u-jkq')).length
  expect(Number(stat('u-jkq')!.participants)).toBe(recorded)
})

test('counter documents created by racing first increments lose no increment', async () => {
  const campaignId = 'fresh-campaign'
  await Promise.all(Array.from({ length: 12 }, () => bumpUnits(campaignId, PATH, 'entries', 1, Date.now())))
  const docs = cloud.db.dump().unit_stats.filter((d) => d.campaignId === campaignId)
  expect(docs).toHaveLength(3)
  expect(docs.map((d) => d.entries)).toEqual([12, 12, 12])
  const days = cloud.db.dump().unit_days.filter((d) => d.campaignId === campaignId)
  expect(days).toHaveLength(3)
  expect(days.every((d) => d.entries === 12 && d.participants === 0)).toBe(true)
})
