// The record form's picker (care.people) must not be a directory: a member and a commended model worker
// of 机械厂 carry marker names; every caller that is not staff of 机械厂's chain (anonymous, a newcomer,
// workers, a judge, chairs of other units, the city admin without the care role) asks for them with every
// unit id there is, from both sources, by the marker's first character. No answer may contain a marker.
import type { Result } from '../../types/errors'
import { seedDemo } from '../../cloudfunctions/local/seed/demo'
import { startTestCloud, type TestCloud } from '../../cloudfunctions/local/testing'
import { commendedNominationDoc, userDoc } from '../../cloudfunctions/test/fixtures/docs'

let cloud: TestCloud
const NOW = Date.now()
const MEMBER = '鼊鼈鼉'
const MODEL = '鼊龜龘'
const JIXIE = ['u-city', 'u-jkq', 'u-jkq-jixie']

const CALLERS: Record<string, string | undefined> = {
  anonymous: undefined,
  newcomer: 'picker-newcomer',
  worker: 'demo-worker',
  worker_other: 'demo-worker-2',
  judge: 'demo-judge',
  unit_chair_other: 'picker-chair-b',
  area_chair_other: 'picker-area-b',
  city_admin_no_care_role: 'demo-city-admin',
}

beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemo(cloud.db, NOW)
  await cloud.db.insertMany('users', [
    userDoc('picker-member', MEMBER, 'u-jkq-jixie', JIXIE, [], NOW),
    userDoc('picker-chair-b', '周主席', 'u-health-renmin', ['u-city', 'u-health', 'u-health-renmin'], [{ role: 'unit_chair', unitId: 'u-health-renmin' }], NOW),
    userDoc('picker-area-b', '吴主席', 'u-health', ['u-city', 'u-health'], [{ role: 'area_chair', unitId: 'u-health' }], NOW),
  ])
  await cloud.db.insertMany('honour_nominations', [
    commendedNominationDoc({
      id: 'nom-picker-model',
      name: MODEL,
      unitId: 'u-jkq-jixie',
      unitPath: JIXIE,
      unitName: '机械厂工会',
      category: '劳动模范',
      nomineeUserId: null,
      at: NOW,
    }),
  ])
})
afterAll(() => cloud.stop())

const ask = (unitId: string, source: 'member' | 'commended', openid: string | undefined) =>
  cloud.call('care.people', { unitId, source, keyword: '鼊' }, openid ? { OPENID: openid } : {}) as Promise<Result<unknown>>

test('the markers are really there: the chair of 机械厂 finds both', async () => {
  const members = await ask('u-jkq-jixie', 'member', 'demo-unit-chair')
  const models = await ask('u-jkq-jixie', 'commended', 'demo-unit-chair')
  expect(JSON.stringify(members)).toContain(MEMBER)
  expect(JSON.stringify(models)).toContain(MODEL)
})

test('no one outside 机械厂’s chain finds them, with any unit id, from either source', async () => {
  const unitIds = (cloud.db.dump().units ?? []).map((u) => String(u._id))
  expect(unitIds.length).toBeGreaterThan(5)
  const leaks: string[] = []
  for (const [who, openid] of Object.entries(CALLERS))
    for (const unitId of unitIds)
      for (const source of ['member', 'commended'] as const) {
        const res = await ask(unitId, source, openid)
        const text = JSON.stringify(res)
        if (text.includes(MEMBER) || text.includes(MODEL)) leaks.push(`${who} on ${unitId} (${source})`)
      }
  expect(leaks).toEqual([])
})
