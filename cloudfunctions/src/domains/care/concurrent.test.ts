// Many visits recorded at the same moment (a union's staff entering a day's visits around May Day): every
// one is written, logged and counted, and the log still verifies. With one log head, or the campaign's
// count inside every visit's transaction, these recordings queued on one document and ran out of retries.
import type { InputOf } from '../../../../types/actions/index'
import { DEMO_CAMPAIGN_ID, seedDemo } from '../../../local/seed/demo'
import { setRoundTripLatency } from '../../../local/metrics'
import { startTestCloud, type TestCloud } from '../../../local/testing'

let cloud: TestCloud
const NOW = Date.now()
const DAY = 86400000
const AT_ONCE = 30

const visit = (i: number): InputOf<'care.record'> => ({
  unitId: 'u-jkq-jixie',
  person: { kind: 'entered', name: '陈建华', phone: `1990000${String(i).padStart(4, '0')}` },
  category: 'hardship',
  difficulties: ['illness'],
  help: [{ kind: 'money', amount: 1000, detail: '' }],
  visitedAt: NOW - DAY,
  visitors: ['王五'],
  lawfulBasis: 'writtenConsent',
})

beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemo(cloud.db, NOW)
  await cloud.call('org.grantRole', { userId: 'user-demo-city-admin', role: 'care_officer', unitId: 'u-city' }, { OPENID: 'demo-city-admin' })
})
afterAll(() => {
  setRoundTripLatency(0)
  return cloud.stop()
})

test(`${AT_ONCE} visits recorded at once by the same unit are all written, logged and counted once each`, async () => {
  // every round trip costs what it does in the cloud, so transactions overlap as they do there
  setRoundTripLatency(15)
  const results = await Promise.all(Array.from({ length: AT_ONCE }, (_x, i) => cloud.call('care.record', visit(i), { OPENID: 'demo-unit-chair' })))
  expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual([])
  // the same people once more, at once: no one counts twice
  const again = await Promise.all(Array.from({ length: AT_ONCE }, (_x, i) => cloud.call('care.record', visit(i), { OPENID: 'demo-unit-chair' })))
  expect(again.every((r) => r.ok && !r.data.counted)).toBe(true)
  setRoundTripLatency(0)
  const home = await cloud.call('campaign.home', {})
  expect(home.ok && home.data.targets.find((t) => t.key === 'hardshipVisits')?.count).toBe(AT_ONCE)
  const log = (cloud.db.dump().care_access_log ?? []).filter((e) => e.action === 'care.record')
  expect(log).toHaveLength(2 * AT_ONCE)
  const entries = cloud.db.count('care_access_log')
  const check = await cloud.call('care.verifyLog', {}, { OPENID: 'demo-city-admin' })
  expect(check.ok && check.data).toMatchObject({ intact: true, brokenAt: null, checked: entries })
})

test('a count left behind (a recording cut short after its transaction) is made good by the next recording', async () => {
  await cloud.db.handle('database.modifyDocument', {
    collectionName: 'campaigns',
    queryType: 'DOC',
    query: JSON.stringify({ _id: DEMO_CAMPAIGN_ID }),
    data: JSON.stringify({ $set: { 'counts.hardshipVisits': 3 } }),
    merge: true,
  })
  const next = await cloud.call('care.record', visit(AT_ONCE), { OPENID: 'demo-unit-chair' })
  expect(next.ok && next.data.counted).toBe(true)
  const home = await cloud.call('campaign.home', {})
  expect(home.ok && home.data.targets.find((t) => t.key === 'hardshipVisits')?.count).toBe(AT_ONCE + 1)
})
