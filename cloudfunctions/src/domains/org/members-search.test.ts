// People at scale: a chair finds members by the start of a name or by words in a unit's name, a page
// at a time; moving a member to another unit the chair manages, with the reason recorded.
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'

let cloud: TestCloud
const as = (OPENID: string) => ({ OPENID })
const CITY = as('demo-city-admin')
const AREA = as('demo-area-chair')
const CHAIR = as('demo-unit-chair')

beforeEach(async () => {
  if (!cloud) cloud = await startTestCloud()
  await cloud.db.clear()
  await seedDemo(cloud.db)
})
afterAll(() => cloud.stop())

async function member(openid: string, realName: string, unitId: string): Promise<string> {
  await cloud.call('people.saveProfile', { nickname: realName, realName }, as(openid))
  const invite = await cloud.call('org.createInvite', { unitId, days: 1 }, CITY)
  const joined = await cloud.call('people.joinByInvite', { code: invite.ok ? invite.data.code : '' }, as(openid))
  if (!joined.ok) throw new Error(joined.error.code)
  return joined.data.id
}

const names = async (keyword: string, unitId = 'u-city', page = 1) => {
  const r = await cloud.call('org.members', { unitId, keyword, page }, CITY)
  if (!r.ok) throw new Error(r.error.code)
  return r.data.items.map((m) => m.realName).sort()
}

test('by the start of a name, or by words in a unit’s name; regular-expression characters are literal', async () => {
  await member('s1', '张小军', 'u-health-renmin')
  await member('s2', '周张', 'u-edu-yizhong')
  expect(await names('张')).toEqual(['张三', '张小军'])
  expect(await names('人民医院')).toEqual(['张小军', '李四'].sort())
  expect(await names('.*')).toEqual([])
  // within the caller's unit only
  expect(await names('张', 'u-health')).toEqual(['张小军'])
})

test('paged: 20 at a time, the rest on the next page', async () => {
  for (let i = 0; i < 23; i++) await member(`p${i}`, `王${String.fromCharCode(0x4e00 + i)}`, 'u-edu-shiyan')
  const first = await cloud.call('org.members', { unitId: 'u-edu', keyword: '王', page: 1 }, CITY)
  const second = await cloud.call('org.members', { unitId: 'u-edu', keyword: '王', page: 2 }, CITY)
  expect(first.ok && [first.data.items.length, first.data.hasMore]).toEqual([20, true])
  expect(second.ok && [second.data.items.length, second.data.hasMore]).toEqual([3, false])
})

test('a member moves to another unit the chair manages; counts move; the reason is recorded', async () => {
  const id = await member('t1', '调动甲', 'u-jkq-jixie')
  const moved = await cloud.call('org.transferMember', { userId: id, unitId: 'u-jkq-dianzi', reason: '调往湘江电子工作' }, AREA)
  expect(moved).toMatchObject({ ok: true, data: { unit: { id: 'u-jkq-dianzi' } } })
  const dump = cloud.db.dump()
  const count = (u: string) => (dump.units.find((x) => x._id === u) as unknown as { memberCount: number }).memberCount
  expect([count('u-jkq-jixie'), count('u-jkq-dianzi')]).toEqual([2, 1])
  expect(dump.audit_log.find((a) => (a as { action?: string }).action === 'transferred')).toMatchObject({
    targetName: '调动甲',
    detail: { reason: '调往湘江电子工作', fromUnitId: 'u-jkq-jixie' },
  })
  // a unit chair reaches no other unit; nobody sends people out of their reach; a reason is required
  expect(await cloud.call('org.transferMember', { userId: id, unitId: 'u-jkq-jixie', reason: '调回' }, CHAIR)).toMatchObject({
    ok: false,
    error: { code: 'AUTH.OUT_OF_SCOPE' },
  })
  expect(await cloud.call('org.transferMember', { userId: id, unitId: 'u-health-renmin', reason: '调往医院' }, AREA)).toMatchObject({
    ok: false,
    error: { code: 'ORG.TRANSFER_OUT_OF_REACH' },
  })
  expect(await cloud.call('org.transferMember', { userId: id, unitId: 'u-jkq-jixie', reason: '' }, AREA)).toMatchObject({
    ok: false,
    error: { code: 'COMMON.VALIDATION' },
  })
})
