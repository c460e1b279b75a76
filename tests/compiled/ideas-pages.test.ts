/** @jest-environment-options {"customExportConditions": ["node", "node-addons"]} */
// (The local cloud runs in this jsdom suite: its packages must resolve to their Node builds, e.g. jimp.)
//
// The BUILT golden-idea pages (R6), loaded the way WeChat loads them and calling the ideas function
// through wx.cloud (answered by the local cloud with the demo made through the real actions: ideas
// submitted, forwarded by unit chairs, scored blind by a panel of two judges, adopted with awards).
import { DEMO_CONTENT } from '../../cloudfunctions/local/seed/demo-content'
import { PEOPLE, START_TIMEOUT_MS, startDemoApp, type DemoApp, type Person } from './demo-app'

let app: DemoApp
/** 刘一, who wrote the idea waiting at his unit and co-wrote the adopted coolant idea with 张三. */
const LIU: Person = { openid: 'demo-liu-yi', greeting: '刘一' }
/** The demo's ideas, as the pages that list them give them. */
let ids: Record<'coolant' | 'shadowBoard' | 'lab' | 'weldingJig' | 'fresh', string>

beforeAll(async () => {
  app = await startDemoApp()
  const byTitle = (items: Array<{ id: string; title: string }>, title: string) => {
    const hit = items.find((i) => i.title === title)
    if (!hit) throw new Error(`no idea titled ${title}`)
    return hit.id
  }
  // One more, forwarded by its unit and not yet given to a panel: what the city's first tab is for.
  const fresh = await app.call(
    'ideas.submit',
    {
      type: '合理化建议',
      title: '车间照明分区控制',
      problem: '车间夜班只有两条线生产，整个车间的灯却全部开着，浪费电。',
      proposal: '按生产线把照明分成六个回路，各线班长按需开关，通道保留常亮。',
      benefit: '夜班照明用电预计减少一半。',
      savingsYuan: 20000,
      coAuthorIds: [],
    },
    PEOPLE.worker,
  )
  await app.call('ideas.decide', { ideaId: fresh.id, decision: 'forward' }, PEOPLE.unitChair)
  const showcase = (await app.call('ideas.showcase', {}, PEOPLE.cardOpener)).items
  const atUnit = (await app.call('ideas.reviewQueue', { unitId: 'u-jkq-jixie' }, PEOPLE.unitChair)).items
  const toScore = (await app.call('ideas.judgeQueue', { filter: 'todo' }, PEOPLE.judge)).items
  const reviewing = (await app.call('ideas.cityQueue', { status: 'reviewing' }, PEOPLE.cityAdmin)).items
  ids = {
    coolant: byTitle(showcase, '数控车床切削液集中过滤循环使用'),
    shadowBoard: byTitle(atUnit, '装配工位工具形迹管理'),
    lab: byTitle(toScore, '实验室仪器扫码借还'),
    weldingJig: byTitle(reviewing, '薄板箱体焊接变形控制工装'),
    fresh: fresh.id,
  }
}, START_TIMEOUT_MS)
afterAll(() => app.stop())

describe('pages/ideas/index', () => {
  it('someone who opened a shared card sees the counts and the adopted ideas with their awards', async () => {
    await app.signIn(PEOPLE.cardOpener)
    const { text } = await app.open('pages/ideas/index', {}, ['数控车床切削液集中过滤循环使用', '已采纳'])
    // This file forwarded one more idea than the demo.
    expect(text).toContain(`${DEMO_CONTENT.ideasForwarded + 1}已征集 / 目标 1,000 条`)
    expect(text).toContain(`${DEMO_CONTENT.ideasAdopted}已采纳`)
    for (const t of ['一等奖', '张三、刘一 · 华中机械制造有限公司工会', '输液余量提醒夹', '贴片机吸嘴快速清洗托架', '二等奖', '优秀奖'])
      expect(text).toContain(t)
    expect(text).not.toContain('实验室仪器扫码借还')
  })

  it('a worker also finds the ways to write one and to their own', async () => {
    await app.signIn(PEOPLE.worker)
    const { text } = await app.open('pages/ideas/index', {}, ['输液余量提醒夹', '我要提金点子'])
    expect(text).toContain('我的 · 审核评审')
  })
})

describe('pages/ideas/detail', () => {
  it('someone who opened a shared card reads an adopted idea: award, authors, unit, the proposal', async () => {
    await app.signIn(PEOPLE.cardOpener)
    const { text } = await app.open('pages/ideas/detail', { id: ids.coolant }, ['数控车床切削液集中过滤循环使用', '由市总工会采纳'])
    for (const t of ['一等奖', '技术革新', '已实施', '张三、刘一', '华中机械制造有限公司工会', '集中过滤站', '看更多金点子']) expect(text).toContain(t)
  })
})

describe('package-ideas/pages/hub/index', () => {
  it('a worker: write one, their own, the showcase; no union work', async () => {
    await app.signIn(PEOPLE.worker)
    const { text } = await app.open('package-ideas/pages/hub/index', {}, ['写一条金点子', '我的金点子'])
    expect(text).toContain('金点子展示')
    expect(text).not.toContain('工会工作')
  })

  it('a unit chair also finds 单位审核', async () => {
    await app.signIn(PEOPLE.unitChair)
    const { text } = await app.open('package-ideas/pages/hub/index', {}, ['写一条金点子', '单位审核'])
    expect(text).not.toContain('专家评审')
  })

  it('a judge also finds 专家评审', async () => {
    await app.signIn(PEOPLE.judge)
    const { text } = await app.open('package-ideas/pages/hub/index', {}, ['专家评审', '匿名打分：创新性、可行性、效益'])
    expect(text).not.toContain('单位审核')
  })

  it('the city union also finds 市总评审管理', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    await app.open('package-ideas/pages/hub/index', {}, ['市总评审管理', '评审组、分配、采纳和奖项'])
  })
})

describe('package-ideas/pages/submit/index', () => {
  it('a worker gets the form, to their unit union', async () => {
    await app.signIn(PEOPLE.worker)
    const { text } = await app.open('package-ideas/pages/submit/index', {}, ['提交给单位工会', '存在的问题'])
    for (const t of ['合理化建议', '技术革新', '改进办法', '预期效益', '0/6', '存草稿']) expect(text).toContain(t)
  })

  it('someone who opened a shared card is asked for name and unit first', async () => {
    await app.signIn(PEOPLE.cardOpener)
    const { text } = await app.open('package-ideas/pages/submit/index', {}, ['先完善个人资料', '去完善资料'])
    expect(text).not.toContain('提交给单位工会')
  })
})

describe('package-ideas/pages/mine/index', () => {
  it('a worker sees their ideas with where each stands', async () => {
    await app.signIn(PEOPLE.worker)
    const { text } = await app.open('package-ideas/pages/mine/index', {}, ['数控车床切削液集中过滤循环使用', '车间照明分区控制'])
    for (const t of ['已采纳', '一等奖', '已实施', '再写一条']) expect(text).toContain(t)
  })

  it('a co-author sees the idea they share, marked so, beside their own', async () => {
    await app.signIn(LIU)
    const { text } = await app.open('package-ideas/pages/mine/index', {}, ['数控车床切削液集中过滤循环使用', '装配工位工具形迹管理'])
    expect(text).toContain('合作者')
  })
})

describe('package-ideas/pages/idea/index', () => {
  it('a worker follows their adopted idea: what happened, the award, the way to its public page', async () => {
    await app.signIn(PEOPLE.worker)
    const { text } = await app.open('package-ideas/pages/idea/index', { id: ids.coolant }, ['市总工会已采纳这条建议，已在金点子展示中公开。'])
    for (const t of ['数控车床切削液集中过滤循环使用', '一等奖', '张三、刘一', '看展示页']) expect(text).toContain(t)
  })
})

describe('package-ideas/pages/review/index', () => {
  it('the unit chair sees the idea waiting at their union', async () => {
    await app.signIn(PEOPLE.unitChair)
    const { text } = await app.open('package-ideas/pages/review/index', {}, ['装配工位工具形迹管理', '待审核'])
    for (const t of ['华中机械制造有限公司工会', '刘一 · 金点子', '已转送']) expect(text).toContain(t)
  })
})

describe('package-ideas/pages/review-detail/index', () => {
  it('the unit chair reads it with its author and job, and can forward, return or reject', async () => {
    await app.signIn(PEOPLE.unitChair)
    const { text } = await app.open('package-ideas/pages/review-detail/index', { id: ids.shadowBoard }, ['装配工位工具形迹管理', '转送评审'])
    for (const t of ['刘一（装配钳工）', '形迹槽', '30,000 元', '退回修改', '不通过']) expect(text).toContain(t)
  })
})

describe('package-ideas/pages/judge/index', () => {
  it('a judge sees the idea given to their panel, without its author', async () => {
    await app.signIn(PEOPLE.judge)
    const { text } = await app.open('package-ideas/pages/judge/index', {}, ['实验室仪器扫码借还', '匿名评审'])
    expect(text).toContain('待评分')
    expect(text).not.toContain('郑十一')
  })
})

describe('package-ideas/pages/judge-detail/index', () => {
  it('a judge opens one to score: the rubric and the comment, no author', async () => {
    await app.signIn(PEOPLE.judge)
    const { text } = await app.open('package-ideas/pages/judge-detail/index', { id: ids.lab }, ['实验室仪器扫码借还', '提交评分'])
    for (const t of ['创新性', '可行性', '效益', '评语']) expect(text).toContain(t)
    expect(text).not.toContain('郑十一')
    expect(text).not.toContain('市第一中学工会')
  })

  it('a judge opens one they scored: their score and the panel’s', async () => {
    await app.signIn(PEOPLE.judge)
    const { text } = await app.open('package-ideas/pages/judge-detail/index', { id: ids.weldingJig }, ['我的评分：', '位专家打分'])
    expect(text).toContain('攻关方向准确，建议补充试用数据。')
    expect(text).not.toContain('陈二')
  })
})

describe('package-ideas/pages/city/index', () => {
  it('the city union sees the idea forwarded and not yet given to a panel', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { text } = await app.open('package-ideas/pages/city/index', {}, ['车间照明分区控制', '勾选金点子，分给评审组。'])
    for (const t of ['待分配', '评审中', '已采纳', '评审组', '张三 · 华中机械制造有限公司工会 · 合理化建议', '导出全市金点子（Excel）'])
      expect(text).toContain(t)
  })
})

describe('package-ideas/pages/city-detail/index', () => {
  it('the city union sees a scored idea with both judges’ scores and can adopt it', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { text } = await app.open('package-ideas/pages/city-detail/index', { id: ids.weldingJig }, ['薄板箱体焊接变形控制工装', '专家评分（第一评审组）'])
    for (const t of ['钱七', '冯十二', '2 位专家', '陈二 · 华中机械制造有限公司工会', '采纳', '不采纳']) expect(text).toContain(t)
  })
})
