/** @jest-environment-options {"customExportConditions": ["node", "node-addons"]} */
// (The local cloud runs in this jsdom suite: its packages must resolve to their Node builds, e.g. jimp.)
//
// The BUILT staff pages of 展职工风采 in package-honours: quotas, a unit chair's nominations and form, the
// review queue, the city's notice / objections / certificates, and the 匠心筑梦 editor and review. The
// honours are made through the real actions (demo-honours.ts).
import { PEOPLE, START_TIMEOUT_MS, startDemoApp, type DemoApp } from './demo-app'
import { commendDemo, NOMINEE, publishDemoNotice, reviewingDemo } from './demo-honours'

let app: DemoApp
/** The page's own calls (every staff page also reads the caller, people.me, when it shows). */
const own = (actions: string[]) => actions.filter((a) => a !== 'people.me')
let nominationId: string

beforeAll(async () => {
  app = await startDemoApp()
  nominationId = await publishDemoNotice(app)
  await reviewingDemo(app, '李焊')
}, START_TIMEOUT_MS)
afterAll(() => app.stop())

describe('package-honours/pages/quotas/index', () => {
  it('the city sees the industry and township unions’ places against the goal', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { text, actions } = await app.open('package-honours/pages/quotas/index', {}, ['各行业、乡镇工会推荐名额', '已分配 5 / 目标 1000 名'])
    expect(text).toContain('经开区')
    expect(own(actions)).toEqual(['honours.quotas'])
  })

  it('the area chair splits their places among their units', async () => {
    await app.signIn(PEOPLE.areaChair)
    const { text } = await app.open('package-honours/pages/quotas/index', {}, ['各基层工会推荐名额', '已分配 2 / 本级名额 5 名'])
    expect(text).toContain('华中机械制造有限公司工会')
    expect(text).toContain('已推荐 2 名')
  })
})

describe('package-honours/pages/nominations/index', () => {
  it('the unit chair sees the quota used and each nomination with its status', async () => {
    await app.signIn(PEOPLE.unitChair)
    const { text, actions } = await app.open('package-honours/pages/nominations/index', {}, ['推荐名额：已用 2 / 共 2 名', NOMINEE.name, '李焊'])
    for (const t of ['公示中', '审核中', '审核单位：', '名额已用完']) expect(text).toContain(t)
    expect(own(actions)).toEqual(['honours.nominations'])
  })
})

describe('package-honours/pages/nominate/index', () => {
  it('the unit chair gets the form with the honours, the photo picker and both ways of consent', async () => {
    await app.signIn(PEOPLE.unitChair)
    const { text, actions } = await app.open('package-honours/pages/nominate/index', { unitId: 'u-jkq-jixie' }, ['被推荐人姓名', '主要事迹'])
    for (const t of ['劳动模范', '巾帼建功标兵', '添加图片', '请本人在小程序确认', '已收书面同意书', '提交推荐', '保存草稿']) expect(text).toContain(t)
    expect(own(actions)).toEqual([])
  })
})

describe('package-honours/pages/review/index', () => {
  it('the area chair sees the nomination waiting, with its deeds and the three decisions', async () => {
    await app.signIn(PEOPLE.areaChair)
    const { text, actions } = await app.open('package-honours/pages/review/index', {}, ['李焊', '同意上报'])
    for (const t of ['工匠能手', '焊工', '不予推荐', '退回修改', '二十年扎根数控车间']) expect(text).toContain(t)
    expect(own(actions)).toEqual(['honours.nominations'])
  })
})

describe('package-honours/pages/city/index', () => {
  it('the city sees the running notice (publishing waits for it to end)', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { text, actions } = await app.open('package-honours/pages/city/index', {}, ['当前公示', '（公示中）'])
    for (const t of ['共 1 人', '异议', '证书']) expect(text).toContain(t)
    expect(text).not.toContain('确认表彰')
    expect(own(actions)).toEqual(['honours.notice'])
  })
})

describe('after the commendation', () => {
  beforeAll(async () => {
    await commendDemo(app)
  })

  it('package-honours/pages/story-admin/index: the city finds the commended worker to write about', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { text, actions } = await app.open('package-honours/pages/story-admin/index', {}, [NOMINEE.name, '撰写故事'])
    for (const t of ['表彰人员', '未撰写', NOMINEE.unit]) expect(text).toMatch(new RegExp(t))
    expect(text).toMatch(/证书 \d{4}-\d{4}-[A-Z0-9]{4}/)
    expect(own(actions)).toEqual(['honours.commended'])
  })

  it('package-honours/pages/story-edit/index: the city gets the editor with the blocks and the image picker', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { text, actions } = await app.open('package-honours/pages/story-edit/index', { nominationId }, ['标题', '导语'])
    for (const t of ['第 1 段 · 文字', '添加文字段', '添加图片', '提交审核', '保存草稿']) expect(text).toContain(t)
    expect(own(actions)).toEqual([])
  })
})
