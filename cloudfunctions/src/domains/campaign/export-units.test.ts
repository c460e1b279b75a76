// campaign.exportUnits through the real function entry: every unit of the subtree with the counters the
// counting paths keep, decoded from the .xlsx; an industry union's file holds its own subtree only.
import { DEMO_CAMPAIGN_ID, seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { setMemberCount } from '../../../test/db-fixtures'
import { codeOf, must, readExport } from '../../../test/read-export'
import { recordParticipants } from '../../lib/participation'
import { bumpUnits } from '../../lib/unit-stats'

let cloud: TestCloud
const NOW = Date.now()
const CITY = { OPENID: 'demo-city-admin' }
const AREA_JKQ = { OPENID: 'demo-area-chair' }
const JIXIE = ['u-city', 'u-jkq', 'u-jkq-jixie']
const RENMIN = ['u-city', 'u-health', 'u-health-renmin']
const person = (userId: string, unitPath: string[]) => ({ userId, unitId: unitPath[unitPath.length - 1]!, unitPath })

beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemo(cloud.db, NOW)
  await setMemberCount('u-jkq-jixie', 8)
  await setMemberCount('u-jkq-dianzi', 2)
  await recordParticipants(DEMO_CAMPAIGN_ID, [person('p1', JIXIE), person('p2', JIXIE)], 'work', NOW)
  await recordParticipants(DEMO_CAMPAIGN_ID, [person('p4', RENMIN)], 'competition', NOW)
  await bumpUnits(DEMO_CAMPAIGN_ID, JIXIE, 'entries', 3, NOW)
  await bumpUnits(DEMO_CAMPAIGN_ID, RENMIN, 'competitions', 1, NOW)
})
afterAll(async () => {
  await cloud.stop()
})

const HEADER = ['单位', '类型', '上级单位', '会员人数', '参与人数', '参与率（%）', '作品和建议', '举办竞赛', '参与情况']

test('the city: every active unit, figures rolled up its subtree, in tree order', async () => {
  const file = must(await cloud.call('campaign.exportUnits', { unitId: 'u-city' }, CITY))
  const rows = readExport(cloud, file)
  expect(rows[0]).toEqual(HEADER)
  const units = cloud.db.dump().units!.filter((u) => u.status === 'active').length
  expect(file.rows).toBe(units)
  expect(rows.length - 1).toBe(units)
  const byName = new Map(rows.slice(1).map((r) => [r[0], r]))
  expect(byName.get('华中机械制造有限公司工会')).toEqual(['华中机械制造有限公司工会', '基层工会', '经开区工会', '8', '2', '25', '3', '0'])
  // the industry union: its own members (its chair) and both companies' members
  const own = cloud.db.dump().units!.find((u) => u._id === 'u-jkq')!.memberCount as number
  expect(byName.get('经开区工会')!.slice(3, 8)).toEqual([String(own + 10), '2', String(Math.round((2 / (own + 10)) * 1000) / 10), '3', '0'])
  // one member (李四), one participant: 100 %, and the competition it held
  expect(byName.get('市人民医院工会')!.slice(3)).toEqual(['1', '1', '100', '0', '1'])
  expect(byName.get('市第一中学工会')![8]).toBe('尚无')
  // each union comes before the units under it
  const order = rows.slice(1).map((r) => r[0])
  expect(order.indexOf('经开区工会')).toBeLessThan(order.indexOf('华中机械制造有限公司工会'))
  expect(file.fileName).toMatch(/^市总工会-各单位参与情况-\d{4}-\d{2}-\d{2}\.xlsx$/)
})

test('an industry union’s file holds its subtree only; another subtree and other roles are refused', async () => {
  const rows = readExport(cloud, must(await cloud.call('campaign.exportUnits', { unitId: 'u-jkq' }, AREA_JKQ)))
  expect(rows.slice(1).map((r) => r[0])).toEqual([
    '经开区工会',
    ...['华中机械制造有限公司工会', '湘江电子科技有限公司工会'].sort((a, b) => a.localeCompare(b, 'zh-CN')),
  ])
  expect(rows.flat()).not.toContain('市人民医院工会')
  expect(codeOf(await cloud.call('campaign.exportUnits', { unitId: 'u-health' }, AREA_JKQ))).toBe('AUTH.OUT_OF_SCOPE')
  expect(codeOf(await cloud.call('campaign.exportUnits', { unitId: 'u-city' }, AREA_JKQ))).toBe('AUTH.OUT_OF_SCOPE')
  expect(codeOf(await cloud.call('campaign.exportUnits', { unitId: 'u-jkq-jixie' }, { OPENID: 'demo-unit-chair' }))).toBe('AUTH.FORBIDDEN')
  expect(codeOf(await cloud.call('campaign.exportUnits', { unitId: 'u-jkq-jixie' }, { OPENID: 'demo-worker' }))).toBe('AUTH.FORBIDDEN')
})
