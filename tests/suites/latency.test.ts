// Round trips cost what they cost: with a 15 ms latency on every database, storage and openapi round
// trip (as from a cloud function to WeChat's cloud), an action waits its sequential round trips × 15 ms,
// and round trips sent together overlap. The sign-up's sequential round trips are held to its target,
// and a batch decision of the largest allowed size to its function's timeout.
import wx from 'wx-server-sdk'
import { timeoutOf } from '../../cloudfunctions/src/functions/index'
import { roundTripLatency, setRoundTripLatency, withCounts } from '../../cloudfunctions/local/metrics'
import { seedDemo } from '../../cloudfunctions/local/seed/demo'
import { startTestCloud, type TestCloud } from '../../cloudfunctions/local/testing'
import { fields } from '../../cloudfunctions/test/competition-fields'

const LATENCY = 15
let cloud: TestCloud

beforeAll(async () => {
  cloud = await startTestCloud()
  // The SDK's typings declare env as a string; DYNAMIC_CURRENT_ENV is a symbol it accepts at run time.
  wx.init({ env: wx.DYNAMIC_CURRENT_ENV as unknown as string })
  setRoundTripLatency(LATENCY)
})
beforeEach(async () => {
  await cloud.db.clear()
  await seedDemo(cloud.db)
})
afterAll(async () => {
  setRoundTripLatency(0)
  await cloud.stop()
})

const users = () => wx.database({ throwOnNotFound: false } as Parameters<typeof wx.database>[0]).collection('users')

async function timed(fn: () => Promise<unknown>) {
  const t = performance.now()
  const { result, counts } = withCounts(fn)
  await result
  return { ms: performance.now() - t, counts }
}

async function competition(overrides: Record<string, unknown> = {}): Promise<string> {
  const made = await cloud.call('competition.create', fields({ capacity: 1000, eligibility: 'city', ...overrides }), { OPENID: 'demo-area-chair' })
  if (!made.ok) throw new Error(made.error.code)
  await cloud.call('competition.publish', { competitionId: made.data.id }, { OPENID: 'demo-area-chair' })
  return made.data.id
}

test('the latency is the setting', () => {
  expect(roundTripLatency()).toBe(LATENCY)
  expect(() => setRoundTripLatency(-1)).toThrow()
})

test('sequential round trips each wait the latency', async () => {
  const { ms, counts } = await timed(async () => {
    for (let i = 0; i < 6; i++)
      await users()
        .where({ _openid: `nobody-${i}` })
        .limit(1)
        .get()
  })
  expect(counts.db).toBe(6)
  expect(counts.sequential).toBe(6)
  expect(ms).toBeGreaterThanOrEqual(6 * LATENCY)
})

test('round trips sent together overlap: they cost about one latency, not six', async () => {
  const together = () =>
    Promise.all(
      Array.from({ length: 6 }, (_x, i) =>
        users()
          .where({ _openid: `nobody-${i}` })
          .limit(1)
          .get(),
      ),
    )
  const inTurn = async () => {
    for (let i = 0; i < 6; i++)
      await users()
        .where({ _openid: `nobody-${i}` })
        .limit(1)
        .get()
  }
  await together() // warm
  const parallel = await timed(together)
  const serial = await timed(inTurn)
  expect(parallel.counts).toMatchObject({ db: 6, sequential: 1 })
  expect(serial.counts).toMatchObject({ db: 6, sequential: 6 })
  expect(parallel.ms).toBeGreaterThanOrEqual(LATENCY)
  expect(serial.ms).toBeGreaterThanOrEqual(6 * LATENCY)
  expect(parallel.ms).toBeLessThan(serial.ms / 2)
})

test('two waves of three: two sequential round trips', async () => {
  const wave = () =>
    Promise.all(
      [0, 1, 2].map((i) =>
        users()
          .where({ _openid: `nobody-${i}` })
          .limit(1)
          .get(),
      ),
    )
  const { ms, counts } = await timed(async () => {
    await wave()
    await wave()
  })
  expect(counts).toMatchObject({ db: 6, sequential: 2 })
  expect(ms).toBeGreaterThanOrEqual(2 * LATENCY)
})

test('an individual sign-up: at most 5 sequential round trips, and its wall time is at least that many latencies', async () => {
  const id = await competition()
  // The first participant of a unit on a day also creates that day's counters of the unit and the unions
  // above it (lib/unit-stats.ts): one round trip more, once per unit and day.
  const opening = await cloud.measure('competition.signup', { competitionId: id }, { OPENID: 'demo-unit-chair' })
  expect(opening.result).toMatchObject({ ok: true, data: { status: 'accepted' } })
  expect(opening.counts.sequential).toBeLessThanOrEqual(6)
  // Every other first-time participant of that unit that day: the individual path.
  const first = await cloud.measure('competition.signup', { competitionId: id }, { OPENID: 'demo-worker' })
  expect(first.result).toMatchObject({ ok: true, data: { status: 'accepted' } })
  expect(first.counts.sequential).toBeLessThanOrEqual(5)
  expect(first.ms).toBeGreaterThanOrEqual(first.counts.sequential * LATENCY)
  // someone already counted as taking part skips the campaign's counter
  const other = await competition({ title: '职工篮球赛', category: '文体活动' })
  const again = await cloud.measure('competition.signup', { competitionId: other }, { OPENID: 'demo-worker' })
  expect(again.result).toMatchObject({ ok: true, data: { status: 'accepted' } })
  expect(again.counts.sequential).toBeLessThanOrEqual(first.counts.sequential)
  // a repeated tap writes nothing and answers the same sign-up
  const tap = await cloud.measure('competition.signup', { competitionId: id }, { OPENID: 'demo-worker' })
  expect(tap.result).toMatchObject({ ok: true, data: { id: first.result.ok ? first.result.data.id : '' } })
  expect(Object.keys(tap.counts.dbByAction).sort()).toEqual(['database.getDocument'])
})

test('a batch decision of the largest allowed size (100) fits the competition function’s timeout', async () => {
  const id = await competition({ needsApproval: true, capacity: 100 })
  const now = Date.now()
  const people = Array.from({ length: 100 }, (_x, i) => `lat-${i}`)
  await cloud.db.insertMany(
    'users',
    people.map((o) => ({
      _id: `user-${o}`,
      _openid: o,
      nickname: o,
      realName: '延迟测试',
      job: '',
      employeeNo: '',
      unitId: 'u-jkq-jixie',
      unitPath: ['u-city', 'u-jkq', 'u-jkq-jixie'],
      joinedAt: new Date(now),
      roles: [],
      profileCompletedAt: new Date(now),
      createdAt: new Date(now),
      updatedAt: new Date(now),
    })),
  )
  const made = await Promise.all(people.map((o) => cloud.call('competition.signup', { competitionId: id }, { OPENID: o })))
  const ids = made.map((m) => (m.ok ? m.data.id : ''))
  expect(made.every((m) => m.ok && m.data.status === 'pending')).toBe(true)
  const decided = await cloud.measure('competition.decide', { competitionId: id, signupIds: ids, approve: true }, { OPENID: 'demo-area-chair' })
  expect(decided.result).toEqual({ ok: true, data: { decided: 100, skipped: 0 } })
  expect(decided.ms).toBeGreaterThanOrEqual(decided.counts.sequential * LATENCY)
  // well inside: the function also starts cold and the cloud's latency varies
  expect(decided.ms).toBeLessThan((timeoutOf('competition') * 1000) / 4)
  const c = cloud.db.dump().competitions.find((x) => x._id === id) as unknown as { counts: Record<string, number> }
  expect(c.counts).toMatchObject({ taken: 100, pending: 0, accepted: 100 })
})
