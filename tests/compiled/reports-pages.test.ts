/** @jest-environment-options {"customExportConditions": ["node", "node-addons"]} */
// (The local cloud runs in this jsdom suite: its packages must resolve to their Node builds, e.g. jimp.)
//
// The BUILT summary-report pages (R9), loaded the way WeChat loads them and calling the reports function
// through wx.cloud. 王五 (the chair of 华中机械) opens his prefilled draft and submits it; 赵六 (经开区工会)
// and 孙八 (the city) see it among the submitted, the other units among the missing, and read it.
import { PEOPLE, START_TIMEOUT_MS, startDemoApp, type DemoApp } from './demo-app'

let app: DemoApp
const UNIT = 'u-jkq-jixie'

beforeAll(async () => {
  app = await startDemoApp()
  const draft = await app.call('reports.mine', { unitId: UNIT }, PEOPLE.unitChair)
  // a saved draft first: the status page lists a unit whose draft is not sent among the missing
  await app.call('reports.save', { unitId: UNIT, title: draft.title, body: draft.body, photos: [], submit: false }, PEOPLE.unitChair)
}, START_TIMEOUT_MS)
afterAll(() => app.stop())

describe('package-command/pages/report-mine/index', () => {
  it('the unit chair sees the draft made from the unit’s figures, with the deadline and the form', async () => {
    await app.signIn(PEOPLE.unitChair)
    const { text, actions } = await app.open('package-command/pages/report-mine/index', { unitId: UNIT }, ['华中机械制造有限公司工会', '本单位活动数据'])
    for (const t of ['提交截止', '会员人数', '举办竞赛', '提交总结', '保存草稿', '总结正文', '草稿']) expect(text).toContain(t)
    expect(actions).toContain('reports.mine')
  })
})

describe('package-command/pages/report-status/index', () => {
  it('the area union sees its grassroots unions, the chair’s unit among the missing, with remind and export', async () => {
    await app.signIn(PEOPLE.areaChair)
    const { text, actions } = await app.open('package-command/pages/report-status/index', {}, ['华中机械制造有限公司工会', '提醒全部未提交单位'])
    for (const t of ['已提交', '未提交', '逾期提交', '导出全部总结', '湘江电子科技有限公司工会']) expect(text).toContain(t)
    // outside its subtree: not listed
    expect(text).not.toContain('市人民医院工会')
    expect(actions).toContain('reports.status')
  })
})

describe('package-command/pages/report/index', () => {
  it('the city reads a submitted report and may accept or return it', async () => {
    const draft = await app.call('reports.mine', { unitId: UNIT }, PEOPLE.unitChair)
    await app.call('reports.save', { unitId: UNIT, title: draft.title, body: draft.body, photos: [], submit: true }, PEOPLE.unitChair)
    await app.signIn(PEOPLE.cityAdmin)
    const { text, actions } = await app.open('package-command/pages/report/index', { unitId: UNIT }, ['华中机械制造有限公司工会', '采纳', '退回修改'])
    for (const t of ['待审阅', '会员人数', '主要做法']) expect(text).toContain(t)
    expect(actions).toEqual(['reports.read'])
  })
})
