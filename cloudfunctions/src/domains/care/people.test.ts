// The record form's picker and the people it records: members of the unit's subtree and model workers the
// honours line commended, found by the start of their name, nothing outside the caller's scope; a
// commended worker counts once toward the 100 whichever way they are picked; a campaign stored before the
// model-worker target existed shows it and counts into it.
import type { InputOf } from '../../../../types/actions/index'
import { seedDemo, DEMO_CAMPAIGN_ID } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { commendedNominationDoc } from '../../../test/fixtures/docs'

let cloud: TestCloud
const NOW = Date.now()
const DAY = 86400000
const CHAIR = { OPENID: 'demo-unit-chair' }
const AREA = { OPENID: 'demo-area-chair' }
const WORKER = { OPENID: 'demo-worker' }

const nomination = (id: string, name: string, unitId: string, unitPath: string[], category: string, nomineeUserId: string | null) =>
  commendedNominationDoc({ id, name, unitId, unitPath, unitName: unitId === 'u-jkq-jixie' ? '机械厂工会' : '人民医院工会', category, nomineeUserId, at: NOW })
const JIXIE = ['u-city', 'u-jkq', 'u-jkq-jixie']
const RENMIN = ['u-city', 'u-health', 'u-health-renmin']

const visit = (person: InputOf<'care.record'>['person'], category: InputOf<'care.record'>['category'] = 'model'): InputOf<'care.record'> => ({
  unitId: 'u-jkq-jixie',
  person,
  category,
  difficulties: ['other'],
  help: [{ kind: 'service', amount: 0, detail: '上门看望' }],
  visitedAt: NOW - DAY,
  visitors: ['王五'],
  lawfulBasis: 'verbalConsent',
})

async function target(key: string) {
  const home = await cloud.call('campaign.home', {})
  if (!home.ok) throw new Error(home.error.code)
  return home.data.targets.find((t) => t.key === key)
}

beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemo(cloud.db, NOW)
  await cloud.db.insertMany('honour_nominations', [
    nomination('nom-zhang', '张三', 'u-jkq-jixie', JIXIE, '劳动模范', 'user-demo-worker'),
    nomination('nom-zhou', '张国栋', 'u-jkq-jixie', JIXIE, '劳动模范', null),
    nomination('nom-adv', '张先进', 'u-jkq-jixie', JIXIE, '先进工作者', null),
    nomination('nom-far', '张远方', 'u-health-renmin', RENMIN, '劳动模范', null),
  ])
  await cloud.db.insertMany('certificates', [
    {
      _id: '2027-0001-ABCD',
      nominationId: 'nom-zhou',
      campaignId: DEMO_CAMPAIGN_ID,
      name: '张国栋',
      category: '劳动模范',
      issuer: '',
      issuedAt: new Date(NOW),
      status: 'valid',
      revokedReason: '',
    },
  ])
  await cloud.db.insertMany('users', [
    {
      _id: 'user-far-zhang',
      _openid: 'far-zhang',
      nickname: '张',
      realName: '张外人',
      job: '',
      employeeNo: '',
      unitId: 'u-health-renmin',
      unitPath: RENMIN,
      joinedAt: new Date(NOW),
      profileCompletedAt: new Date(NOW),
      roles: [],
      createdAt: new Date(NOW),
      updatedAt: new Date(NOW),
    },
  ])
})
afterAll(() => cloud.stop())

test('the picker finds members of the unit’s subtree by the start of their name, nothing more about them, and logs the search', async () => {
  const log = cloud.db.count('care_access_log')
  const res = await cloud.call('care.people', { unitId: 'u-jkq-jixie', source: 'member', keyword: '张' }, CHAIR)
  if (!res.ok) throw new Error(res.error.code)
  expect(res.data).toEqual([{ kind: 'member', id: 'user-demo-worker', name: '张三', unitName: expect.any(String), honour: '', certificateNo: '' }])
  expect(JSON.stringify(res.data)).not.toContain('张外人')
  // the area union sees its whole subtree, still not the other area's member
  const area = await cloud.call('care.people', { unitId: 'u-jkq', source: 'member', keyword: '王' }, AREA)
  expect(area.ok && area.data.map((p) => p.name)).toEqual(['王五'])
  // a pattern is taken literally, not as a regular expression
  const pattern = await cloud.call('care.people', { unitId: 'u-jkq-jixie', source: 'member', keyword: '.*' }, CHAIR)
  expect(pattern.ok && pattern.data).toEqual([])
  expect(cloud.db.count('care_access_log') - log).toBe(3)
})

test('the picker refuses other units, workers and an empty keyword, and logs each refusal', async () => {
  const log = cloud.db.count('care_access_log')
  const other = await cloud.call('care.people', { unitId: 'u-health-renmin', source: 'member', keyword: '张' }, CHAIR)
  expect(other.ok ? 'ok' : other.error.code).toBe('AUTH.OUT_OF_SCOPE')
  const worker = await cloud.call('care.people', { unitId: 'u-jkq-jixie', source: 'member', keyword: '张' }, WORKER)
  expect(worker.ok ? 'ok' : worker.error.code).toBe('AUTH.FORBIDDEN')
  const empty = await cloud.call('care.people', { unitId: 'u-jkq-jixie', source: 'member', keyword: ' ' }, CHAIR)
  expect(empty.ok ? 'ok' : empty.error.code).toBe('COMMON.VALIDATION')
  expect(cloud.db.count('care_access_log') - log).toBe(3)
})

test('commended model workers of the subtree, with honour and certificate number', async () => {
  const res = await cloud.call('care.people', { unitId: 'u-jkq-jixie', source: 'commended', keyword: '张' }, CHAIR)
  if (!res.ok) throw new Error(res.error.code)
  expect(res.data.map((p) => [p.kind, p.id, p.name, p.honour, p.certificateNo])).toEqual([
    ['commended', 'nom-zhang', '张三', '劳动模范', ''],
    ['commended', 'nom-zhou', '张国栋', '劳动模范', '2027-0001-ABCD'],
  ])
})

test('a campaign stored before the model-worker target shows it, and a commended worker counts toward it once', async () => {
  // the campaign as stored before the care visits: no 慰问百名劳动模范 target, no count for it
  const stored = cloud.db.dump().campaigns.find((c) => c._id === DEMO_CAMPAIGN_ID) as unknown as { targets: Array<{ key: string }> }
  await cloud.db.handle('database.modifyDocument', {
    collectionName: 'campaigns',
    queryType: 'DOC',
    query: JSON.stringify({ _id: DEMO_CAMPAIGN_ID }),
    data: JSON.stringify({ $set: { targets: stored.targets.filter((t) => t.key !== 'modelWorkerVisits') }, $unset: { 'counts.modelWorkerVisits': '' } }),
    merge: true,
  })
  expect(await target('modelWorkerVisits')).toMatchObject({ label: '慰问百名劳动模范', goal: 100, count: 0 })

  // a commended worker is recorded under 劳动模范 only, and only within the caller's scope
  const wrong = await cloud.call('care.record', visit({ kind: 'commended', nominationId: 'nom-zhou' }, 'hardship'), CHAIR)
  expect(wrong.ok ? 'ok' : wrong.error.code).toBe('CARE.MODEL_WORKER_ONLY')
  const far = await cloud.call('care.record', visit({ kind: 'commended', nominationId: 'nom-far' }), CHAIR)
  expect(far.ok ? 'ok' : far.error.code).toBe('CARE.PERSON_NOT_FOUND')
  const notModel = await cloud.call('care.record', visit({ kind: 'commended', nominationId: 'nom-adv' }), CHAIR)
  expect(notModel.ok ? 'ok' : notModel.error.code).toBe('CARE.PERSON_NOT_FOUND')
  expect(cloud.db.dump().care_visits ?? []).toHaveLength(0)

  const first = await cloud.call('care.record', visit({ kind: 'commended', nominationId: 'nom-zhou' }), CHAIR)
  if (!first.ok) throw new Error(first.error.code)
  expect(first.data).toMatchObject({ person: { kind: 'commended', name: '张国栋', certificateNo: '2027-0001-ABCD' }, counted: true })
  expect((await target('modelWorkerVisits'))?.count).toBe(1)
  const again = await cloud.call('care.record', visit({ kind: 'commended', nominationId: 'nom-zhou' }), CHAIR)
  expect(again.ok && again.data.counted).toBe(false)
  // 张三 is commended and a member: picked either way, one person toward the 100
  const asCommended = await cloud.call('care.record', visit({ kind: 'commended', nominationId: 'nom-zhang' }), CHAIR)
  expect(asCommended.ok && asCommended.data.counted).toBe(true)
  const asMember = await cloud.call('care.record', visit({ kind: 'member', userId: 'user-demo-worker' }), CHAIR)
  expect(asMember.ok && asMember.data.counted).toBe(false)
  expect((await target('modelWorkerVisits'))?.count).toBe(2)
  // the area chair above sees the worker masked, without the certificate number that would name them
  const area = await cloud.call('care.visit', { visitId: first.data.id }, AREA)
  expect(area.ok && area.data.person).toEqual({ kind: 'commended', name: '张*栋', phone: '', certificateNo: '' })
})
