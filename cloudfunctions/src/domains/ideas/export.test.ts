// ideas.export through the real function entry: a subtree's submitted ideas decoded from the .xlsx, with
// adoption and award; the judges' scores for the city union, for a chair only once the city decided.
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { codeOf, must, readExport } from '../../../test/read-export'
import { ideaDoc, type SeedAuthor } from '../../../test/fixtures/ideas'

let cloud: TestCloud
const NOW = Date.now()
const ZHANG: SeedAuthor = {
  userId: 'user-demo-worker',
  openid: 'demo-worker',
  realName: '张三',
  unitId: 'u-jkq-jixie',
  unitPath: ['u-city', 'u-jkq', 'u-jkq-jixie'],
}
const LI: SeedAuthor = {
  userId: 'user-demo-worker-2',
  openid: 'demo-worker-2',
  realName: '李四',
  unitId: 'u-health-renmin',
  unitPath: ['u-city', 'u-health', 'u-health-renmin'],
}
const text = (title: string) => ({ title, problem: '车间照明能耗偏高，夜班尤其明显。', proposal: '分区控制照明，加装感应开关。' })
const scored = { count: 2, sum: 170, min: 80, max: 90, mean: 85 }

beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemo(cloud.db, NOW)
  await cloud.db.insertMany('ideas', [
    ideaDoc(ZHANG, text('照明分区控制'), 'adopted', NOW, {
      score: scored,
      award: '一等奖',
      awardRank: 1,
      implemented: true,
      adoptedAt: new Date(NOW),
      savingsYuan: 12000,
    }),
    ideaDoc(ZHANG, text('废料分类回收'), 'reviewing', NOW, { score: { count: 1, sum: 70, min: 70, max: 70, mean: 70 } }),
    ideaDoc(ZHANG, text('工装改进'), 'submitted', NOW, { coAuthors: [{ userId: 'user-demo-unit-chair', realName: '王五' }] }),
    ideaDoc(ZHANG, text('还没写完'), 'draft', NOW),
    ideaDoc(LI, text('病房呼叫优化'), 'submitted', NOW),
  ] as unknown as Array<Record<string, unknown>>)
})
afterAll(async () => {
  await cloud.stop()
})

const rowsOf = async (unitId: string, OPENID: string) => {
  const rows = readExport(cloud, must(await cloud.call('ideas.export', { unitId }, { OPENID })))
  return { header: rows[0]!, byTitle: new Map(rows.slice(1).map((r) => [r[1], r])), count: rows.length - 1 }
}

test('the city: every submitted idea with status, unit, scores, adoption and award; no drafts', async () => {
  const { header, byTitle, count } = await rowsOf('u-city', 'demo-city-admin')
  expect(header).toEqual([
    '序号',
    '题目',
    '类别',
    '提出人',
    '合作者',
    '单位',
    '状态',
    '评分人数',
    '平均分',
    '采纳',
    '奖项',
    '已实施',
    '预计年节约（元）',
    '提交日期',
    '采纳日期',
  ])
  expect(count).toBe(4)
  expect(byTitle.has('还没写完')).toBe(false)
  expect(byTitle.get('照明分区控制')!.slice(3, 13)).toEqual(['张三', '', '华中机械制造有限公司工会', '已采纳', '2', '85', '是', '一等奖', '是', '12000'])
  expect(byTitle.get('废料分类回收')!.slice(6, 9)).toEqual(['专家评审中', '1', '70'])
  expect(byTitle.get('工装改进')![4]).toBe('王五')
})

test('a chair: their subtree only, and a score only once the city decided', async () => {
  const area = await rowsOf('u-jkq', 'demo-area-chair')
  expect(area.count).toBe(3)
  expect(area.byTitle.has('病房呼叫优化')).toBe(false)
  expect(area.byTitle.get('照明分区控制')!.slice(7, 9)).toEqual(['2', '85'])
  expect(area.byTitle.get('废料分类回收')!.slice(7, 9)).toEqual(['', ''])
  const unit = await rowsOf('u-jkq-jixie', 'demo-unit-chair')
  expect(unit.count).toBe(3)
  expect(codeOf(await cloud.call('ideas.export', { unitId: 'u-health' }, { OPENID: 'demo-area-chair' }))).toBe('AUTH.OUT_OF_SCOPE')
  expect(codeOf(await cloud.call('ideas.export', { unitId: 'u-health-renmin' }, { OPENID: 'demo-unit-chair' }))).toBe('AUTH.OUT_OF_SCOPE')
  expect(codeOf(await cloud.call('ideas.export', { unitId: 'u-jkq-jixie' }, { OPENID: 'demo-worker' }))).toBe('AUTH.FORBIDDEN')
  expect(codeOf(await cloud.call('ideas.export', { unitId: 'u-city' }, { OPENID: 'demo-judge' }))).toBe('AUTH.FORBIDDEN')
})
