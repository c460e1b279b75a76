// honours.export through the real function entry: the commended workers of a subtree, decoded from the
// .xlsx, each with their certificate's number, date and state; nominations not commended stay out.
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { codeOf, must, readExport } from '../../../test/read-export'
import { beijingDate } from '../../lib/time'

let cloud: TestCloud
const NOW = Date.now()
const JIXIE = ['u-city', 'u-jkq', 'u-jkq-jixie']
const RENMIN = ['u-city', 'u-health', 'u-health-renmin']

const nomination = (id: string, name: string, unitPath: string[], status: string) => ({
  _id: id,
  campaignId: 'mayday',
  unitId: unitPath[unitPath.length - 1],
  unitPath,
  unitName: '',
  nomineeUserId: null,
  nomineeName: name,
  job: '数控车工',
  category: '劳动模范',
  deeds: '事迹'.repeat(30),
  photo: null,
  consent: null,
  status,
  reviewUnitId: null,
  personKey: null,
  holdsPlace: true,
  reason: '',
  steps: [],
  createdBy: 'user-demo-unit-chair',
  createdAt: new Date(NOW),
  updatedAt: new Date(NOW),
})
const certificate = (number: string, nominationId: string, name: string, status: 'valid' | 'revoked', revokedReason = '') => ({
  _id: number,
  nominationId,
  campaignId: 'mayday',
  name,
  category: '劳动模范',
  issuer: '市总工会',
  issuedAt: new Date(NOW),
  status,
  revokedReason,
})

beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemo(cloud.db, NOW)
  await cloud.db.insertMany('honour_nominations', [
    nomination('n1', '张三', JIXIE, 'commended'),
    nomination('n2', '刘九', JIXIE, 'commended'),
    nomination('n3', '陈十', JIXIE, 'noticed'),
    nomination('n4', '李四', RENMIN, 'commended'),
  ])
  await cloud.db.insertMany('certificates', [
    certificate('2027-0001-ABCD', 'n1', '张三', 'valid'),
    certificate('2027-0002-EFGH', 'n2', '刘九', 'revoked', '本人事迹经查不实'),
    certificate('2027-0003-JKLM', 'n4', '李四', 'valid'),
  ])
})
afterAll(async () => {
  await cloud.stop()
})

test('an industry union: its commended workers with certificate number, date and state, in certificate order', async () => {
  const file = must(await cloud.call('honours.export', { unitId: 'u-jkq' }, { OPENID: 'demo-area-chair' }))
  const rows = readExport(cloud, file)
  expect(rows).toEqual([
    ['序号', '姓名', '单位', '职务/岗位', '荣誉', '证书编号', '表彰日期', '证书状态', '撤销原因'],
    ['1', '张三', '华中机械制造有限公司工会', '数控车工', '劳动模范', '2027-0001-ABCD', beijingDate(NOW), '有效'],
    ['2', '刘九', '华中机械制造有限公司工会', '数控车工', '劳动模范', '2027-0002-EFGH', beijingDate(NOW), '已撤销', '本人事迹经查不实'],
  ])
  expect(file.rows).toBe(2)
})

test('the city sees every subtree; chairs outside their subtree and workers are refused', async () => {
  const rows = readExport(cloud, must(await cloud.call('honours.export', { unitId: 'u-city' }, { OPENID: 'demo-city-admin' })))
  expect(rows.slice(1).map((r) => r[1])).toEqual(['张三', '刘九', '李四'])
  expect(readExport(cloud, must(await cloud.call('honours.export', { unitId: 'u-jkq-jixie' }, { OPENID: 'demo-unit-chair' }))).length).toBe(3)
  expect(codeOf(await cloud.call('honours.export', { unitId: 'u-health' }, { OPENID: 'demo-area-chair' }))).toBe('AUTH.OUT_OF_SCOPE')
  expect(codeOf(await cloud.call('honours.export', { unitId: 'u-city' }, { OPENID: 'demo-unit-chair' }))).toBe('AUTH.OUT_OF_SCOPE')
  expect(codeOf(await cloud.call('honours.export', { unitId: 'u-jkq-jixie' }, { OPENID: 'demo-worker' }))).toBe('AUTH.FORBIDDEN')
})
