// works.export through the real function entry: the works chairs have seen in a subtree, decoded from the
// .xlsx with their status as the chairs name it; drafts stay out; another subtree is refused.
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { codeOf, must, readExport } from '../../../test/read-export'
import type { WorkDoc } from './repo'

let cloud: TestCloud
const NOW = Date.now()
const JIXIE = ['u-city', 'u-jkq', 'u-jkq-jixie']
const RENMIN = ['u-city', 'u-health', 'u-health-renmin']

function work(id: string, unitPath: string[], status: WorkDoc['status'], extra: Partial<WorkDoc> = {}): WorkDoc {
  const at = new Date(NOW - 86_400_000)
  return {
    _id: id,
    _openid: `o-${id}`,
    campaignId: 'mayday',
    authorId: `user-${id}`,
    authorName: `作者${id}`,
    unitId: unitPath[unitPath.length - 1]!,
    unitPath,
    category: '书法',
    title: `作品${id}`,
    description: '作品说明',
    images: [],
    status,
    passed: 0,
    flagged: false,
    reviewUnitId: status === 'reviewing' ? unitPath[unitPath.length - 1]! : null,
    passes: 0,
    reason: '',
    steps: [],
    likeCount: 0,
    ...(status === 'draft' ? {} : { firstSubmittedAt: at, submittedAt: at }),
    createdAt: at,
    updatedAt: at,
    ...extra,
  }
}

beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemo(cloud.db, NOW)
  await cloud.db.insertMany('works', [
    work('w1', JIXIE, 'reviewing'),
    work('w2', JIXIE, 'reviewing', { reviewUnitId: 'u-jkq', passes: 1 }),
    work('w3', JIXIE, 'reviewing', { reviewUnitId: 'u-city', passes: 2 }),
    work('w4', JIXIE, 'exhibited', { exhibitedAt: new Date(NOW), likeCount: 7 }),
    work('w5', JIXIE, 'rejected', { reason: '内容与主题不符' }),
    work('w6', JIXIE, 'draft'),
    work('w7', JIXIE, 'blocked'),
    work('w8', RENMIN, 'reviewing', { title: '=HYPERLINK("http://x")' }),
  ] as unknown as Array<Record<string, unknown>>)
})
afterAll(async () => {
  await cloud.stop()
})

test('an industry union: its subtree’s submitted works with unit, author and status; no drafts, nothing of another subtree', async () => {
  const file = must(await cloud.call('works.export', { unitId: 'u-jkq' }, { OPENID: 'demo-area-chair' }))
  const rows = readExport(cloud, file)
  expect(rows[0]).toEqual(['序号', '作品名称', '类别', '作者', '单位', '状态', '当前审核单位', '选送次数', '提交日期', '入展日期', '点赞', '未通过原因'])
  expect(file.rows).toBe(5)
  const byTitle = new Map(rows.slice(1).map((r) => [r[1], r]))
  expect([...byTitle.keys()].sort()).toEqual(['作品w1', '作品w2', '作品w3', '作品w4', '作品w5'])
  expect(byTitle.get('作品w1')!.slice(3, 8)).toEqual(['作者w1', '华中机械制造有限公司工会', '待审核', '华中机械制造有限公司工会', '0'])
  expect(byTitle.get('作品w2')!.slice(5, 8)).toEqual(['已选送', '经开区工会', '1'])
  expect(byTitle.get('作品w3')!.slice(5, 7)).toEqual(['已报送市总工会', '市总工会'])
  expect(byTitle.get('作品w4')![5]).toBe('已入展')
  expect(byTitle.get('作品w4')![10]).toBe('7')
  expect(byTitle.get('作品w5')!.slice(5)).toEqual(['未通过', '', '0', expect.any(String), '', '0', '内容与主题不符'])
  expect(rows.flat().join()).not.toContain('HYPERLINK')
})

test('the city sees every unit; a title that looks like a formula stays text', async () => {
  const rows = readExport(cloud, must(await cloud.call('works.export', { unitId: 'u-city' }, { OPENID: 'demo-city-admin' })))
  expect(rows.length - 1).toBe(6)
  expect(rows.find((r) => r[4] === '市人民医院工会')![1]).toBe('\'=HYPERLINK("http://x")')
})

test('a unit chair gets their unit; another unit, another subtree and a worker are refused', async () => {
  const rows = readExport(cloud, must(await cloud.call('works.export', { unitId: 'u-jkq-jixie' }, { OPENID: 'demo-unit-chair' })))
  expect(rows.length - 1).toBe(5)
  expect(codeOf(await cloud.call('works.export', { unitId: 'u-jkq' }, { OPENID: 'demo-unit-chair' }))).toBe('AUTH.OUT_OF_SCOPE')
  expect(codeOf(await cloud.call('works.export', { unitId: 'u-health' }, { OPENID: 'demo-area-chair' }))).toBe('AUTH.OUT_OF_SCOPE')
  expect(codeOf(await cloud.call('works.export', { unitId: 'u-jkq-jixie' }, { OPENID: 'demo-worker' }))).toBe('AUTH.FORBIDDEN')
  expect(codeOf(await cloud.call('works.export', { unitId: 'u-jkq-jixie' }, { OPENID: 'demo-judge' }))).toBe('AUTH.FORBIDDEN')
})
