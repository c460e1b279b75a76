/** @jest-environment-options {"customExportConditions": ["node", "node-addons"]} */
// (The local cloud runs in this jsdom suite: its packages must resolve to their Node builds, e.g. jimp.)
//
// The BUILT care pages (R7), loaded the way WeChat loads them and calling the care function through
// wx.cloud. The demo's care visits are made here through the real actions (seed/demo-care.ts, as the
// local cloud's first start makes them): 孙八 becomes the city's care officer, 王五 records two visits at
// his unit (陈建华 with a follow-up due, and the worker 张三), 赵六 one model worker at his union.
import { seedCareDemo } from '../../cloudfunctions/local/seed/demo-care'
import { PEOPLE, START_TIMEOUT_MS, startDemoApp, type DemoApp } from './demo-app'
import { tap, waitForText, whenCallsSettle, type RenderedPage } from './harness'

/** The next render of what the last event changed. */
const rendered = () => new Promise((resolve) => setTimeout(resolve, 50))

/** What typing does to an input: Taro's event handler gets the input event with the value. */
function type(page: RenderedPage, id: string, value: string): void {
  const target = { id, dataset: {} }
  ;(page.instance as unknown as { eh: (e: unknown) => void }).eh({ type: 'input', timeStamp: Date.now(), target, currentTarget: target, detail: { value } })
}

let app: DemoApp
/** 陈建华's visit, as the unit chair's list gives it. */
let chenVisit: string

beforeAll(async () => {
  app = await startDemoApp()
  await seedCareDemo(app.cloud)
  const visits = await app.call('care.visits', { unitId: 'u-jkq-jixie', filter: 'all', page: 1 }, PEOPLE.unitChair)
  chenVisit = visits.items.find((v) => v.person.name === '陈建华')!.id
}, START_TIMEOUT_MS)
afterAll(() => app.stop())

describe('package-care/pages/visits/index', () => {
  it('the unit chair sees the two visits at their unit, names in full, the follow-up due', async () => {
    await app.signIn(PEOPLE.unitChair)
    const { text, actions } = await app.open('package-care/pages/visits/index', {}, ['陈建华', '张三'])
    for (const t of ['登记走访', '华中机械制造有限公司工会', '2,000 元', '500 元', '困难职工', '农民工']) expect(text).toContain(t)
    // 赵六's visit is at the union above: not in the unit chair's list.
    expect(text).not.toContain('刘国强')
    expect(actions).toContain('care.visits')
  })

  it('the city care officer sees the visits of the whole city, outside units’ names hidden', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { text } = await app.open('package-care/pages/visits/index', {}, ['登记走访', '劳动模范'])
    expect(text).not.toContain('陈建华')
    expect(text).not.toContain('刘国强')
  })
})

describe('package-care/pages/visit/index', () => {
  it('the unit chair sees one visit in full with its follow-up to do', async () => {
    await app.signIn(PEOPLE.unitChair)
    const { text, actions } = await app.open('package-care/pages/visit/index', { id: chenVisit }, ['陈建华', '爱人长期住院，家中收入低'])
    for (const t of ['走访人', '王五', '已完成回访', '已计入目标']) expect(text).toContain(t)
    expect(actions).toEqual(['care.visit'])
  })
})

describe('package-care/pages/record/index', () => {
  it('the unit chair gets the form for their unit, with the privacy notice', async () => {
    await app.signIn(PEOPLE.unitChair)
    const { text } = await app.open('package-care/pages/record/index', { unitId: 'u-jkq-jixie' }, ['走访对象类别', '保存走访记录'])
    for (const t of ['仅本单位工会可见全名', '处理依据', '走访人', '本单位会员', '受表彰劳模', '手动填写']) expect(text).toContain(t)
  })

  it('the unit chair finds a member of their unit by the start of the name and picks them', async () => {
    await app.signIn(PEOPLE.unitChair)
    const from = app.calls.length
    const { page } = await app.open('package-care/pages/record/index', { unitId: 'u-jkq-jixie' }, ['走访对象', '查找'])
    type(page, 'care-pick-keyword', '张')
    await rendered()
    tap(page, 'care-pick-search')
    await waitForText(page, '张三')
    await whenCallsSettle()
    expect(
      app.calls
        .slice(from)
        .filter((c) => c.action === 'care.people')
        .map((c) => c.outcome),
    ).toEqual(['ok'])
    tap(page, 'care-pick-user-demo-worker')
    const picked = await waitForText(page, '更换')
    expect(picked).toContain('华中机械制造有限公司工会')
    // a member of another unit is not found
    tap(page, 'care-pick-change')
    await waitForText(page, '查找')
    type(page, 'care-pick-keyword', '李')
    await rendered()
    tap(page, 'care-pick-search')
    await waitForText(page, '没有找到')
  })
})

describe('package-care/pages/log/index', () => {
  it('the city care officer sees the access log with the three visits recorded, and export and retention', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { text, actions } = await app.open('package-care/pages/log/index', {}, ['访问日志', '登记走访'])
    expect(text.match(/登记走访/g)!.length).toBeGreaterThanOrEqual(3)
    for (const t of ['王五', '赵六', '导出走访记录', '活动结束后保存']) expect(text).toContain(t)
    expect(actions).toEqual(expect.arrayContaining(['care.accessLog', 'care.retention']))
  })
})
