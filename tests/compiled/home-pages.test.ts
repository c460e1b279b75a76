/** @jest-environment-options {"customExportConditions": ["node", "node-addons"]} */
// (The local cloud runs in this jsdom suite: its packages must resolve to their Node builds, e.g. jimp.)
//
// The BUILT main-package pages of the campaign and of people, loaded the way WeChat loads them and
// calling functions through wx.cloud (answered by the local cloud with the demo made through the real
// actions): the home page, 我的, the profile, joining a unit, the privacy guide.
import { DEMO_CONTENT, demoParticipants } from '../../cloudfunctions/local/seed/demo-content'
import { PEOPLE, START_TIMEOUT_MS, startDemoApp, type DemoApp, type Person } from './demo-app'
import { pageData, wx } from './harness'

let app: DemoApp
/** Pages WeChat was asked to replace the current one with (wx.redirectTo). */
const redirects: string[] = []

beforeAll(async () => {
  app = await startDemoApp()
  const redirectTo = wx.redirectTo as (o: { url: string }) => unknown
  wx.redirectTo = (o: { url: string }) => {
    redirects.push(o.url)
    return redirectTo(o)
  }
}, START_TIMEOUT_MS)
afterAll(() => app.stop())

describe('pages/index/index', () => {
  it('someone who opened a shared card sees the campaign and each target with the count the actions made', async () => {
    await app.signIn(PEOPLE.cardOpener)
    const { text, actions } = await app.open('pages/index/index', {}, ['动员三万名职工参加'])
    expect(text).toContain('庆“五一”系列活动')
    expect(text).toContain(`${demoParticipants().length} / 30,000 名`)
    expect(text).toContain(`${DEMO_CONTENT.competitionsFinished} / 100 场`)
    expect(text).toContain(`${DEMO_CONTENT.worksExhibited} / 100 幅`)
    expect(text).toContain(`${DEMO_CONTENT.ideasForwarded} / 1,000 条`)
    for (const line of ['展职工风采', '展职工技能', '展职工作品', '展职工智慧', '展工会爱心']) expect(text).toContain(line)
    // campaign.notices answers nothing for someone outside any unit (no pinned notices, no badge).
    expect(actions).toEqual(['campaign.home', 'campaign.notices'])
  })

  it('a worker sees the same campaign, still running', async () => {
    await app.signIn(PEOPLE.worker)
    const { text } = await app.open('pages/index/index', {}, ['动员三万名职工参加'])
    expect(text).toContain('活动进行中')
    expect(text).toContain(`${DEMO_CONTENT.worksExhibited} / 100 幅`)
  })
})

describe('pages/me/index', () => {
  it('a worker: their unit path and what they take part in, no staff work', async () => {
    await app.signIn(PEOPLE.worker)
    const { text } = await app.open('pages/me/index', {}, ['张三'], ['工会工作'])
    expect(text).toContain('市总工会 › 经开区工会 › 华中机械制造有限公司工会')
    for (const t of ['我的报名', '我的作品', '我的金点子', '隐私保护指引']) expect(text).toContain(t)
  })

  it('a unit chair: 单位管理 and what waits for them (one work, one idea from their unit)', async () => {
    await app.signIn(PEOPLE.unitChair)
    const { text } = await app.open('pages/me/index', {}, ['王五', '件待办'])
    expect(text).toContain('基层工会主席')
    expect(text).toContain('单位管理')
    expect(text).toMatch(/作品审核[^›]*1 件待办/)
    expect(text).toMatch(/金点子审核[^›]*1 件待办/)
    expect(text).not.toContain('组织架构')
  })

  it('a judge: 金点子评审', async () => {
    await app.signIn(PEOPLE.judge)
    const { text } = await app.open('pages/me/index', {}, ['钱七', '金点子评审'])
    expect(text).toContain('评审专家')
    expect(text).not.toContain('单位管理')
  })

  it('the city union: the tree, roles, settings and the city-wide progress', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { text } = await app.open('pages/me/index', {}, ['孙八', '件待办'])
    for (const t of ['市总工会管理员', '组织架构', '职务任免', '活动设置', '作品遴选', '竞赛进度']) expect(text).toContain(t)
  })

  it('someone who opened a shared card: the one next step, the profile', async () => {
    await app.signIn(PEOPLE.cardOpener)
    const { text } = await app.open('pages/me/index', {}, ['先完善个人资料', '完善资料'])
    expect(text).not.toContain('我的报名')
  })
})

describe('pages/profile/index', () => {
  it('someone new is asked for consent before any field, with agreePrivacyAuthorization', async () => {
    await app.signIn(PEOPLE.cardOpener)
    const { page, text } = await app.open('pages/profile/index', {}, ['同意并继续'])
    expect(text).toContain('个人信息保护提示')
    expect(text).not.toContain('真实姓名必填')
    // j-component does not reflect a button's open-type into the DOM; the page data Taro rendered from does.
    const data = pageData(page)
    expect(data).toContain('agreePrivacyAuthorization')
    expect(data).toContain('agree-privacy')
  })

  it('a worker sees their own profile filled in', async () => {
    await app.signIn(PEOPLE.worker)
    const { page, text } = await app.open('pages/profile/index', {}, ['资料会显示给您所在单位的工会。', '真实姓名'])
    expect(text).toContain('保存')
    const data = pageData(page)
    for (const v of ['张三', '张师傅', '数控车工']) expect(data).toContain(v)
  })
})

describe('pages/join/index', () => {
  it('someone with a profile and no unit, arriving by the unit’s QR code, finds its invite code filled in', async () => {
    const newcomer: Person = { openid: 'demo-newcomer-by-qr', greeting: '何十三' }
    await app.call('people.agreePrivacy', { version: '2025-04-01' }, newcomer)
    await app.call('people.saveProfile', { nickname: '小何', realName: '何十三', job: '钳工' }, newcomer)
    const invite = await app.call('org.createInvite', { unitId: 'u-jkq-jixie', days: 7 }, PEOPLE.unitChair)
    await app.signIn(newcomer)
    const { page, text } = await app.open('pages/join/index', { scene: invite.code }, ['输入邀请码', '加入单位'])
    expect(text).toContain('找不到邀请码？选择单位申请加入')
    expect(pageData(page)).toContain(invite.code)
  })

  it('a worker who belongs to a unit is told so, with the unit', async () => {
    await app.signIn(PEOPLE.worker)
    const { text } = await app.open('pages/join/index', {}, ['您已是这个单位的成员'])
    expect(text).toContain('华中机械制造有限公司工会')
    expect(text).toContain('市总工会 › 经开区工会 › 华中机械制造有限公司工会')
  })

  it('someone who opened a shared card is sent to the profile first, carrying the way back', async () => {
    await app.signIn(PEOPLE.cardOpener)
    redirects.length = 0
    await app.open('pages/join/index', {}, [])
    for (let i = 0; i < 100 && redirects.length === 0; i++) await new Promise((r) => setTimeout(r, 20))
    expect(redirects).toHaveLength(1)
    expect(redirects[0]).toMatch(/^\/pages\/profile\/index\?redirect=.*pages%2Fjoin%2Findex/)
  })
})

describe('pages/privacy/index', () => {
  it('someone who opened a shared card reads the guide, with no call at all', async () => {
    await app.signIn(PEOPLE.cardOpener)
    const { text, actions } = await app.open('pages/privacy/index', {}, ['职工风采隐私保护指引'])
    for (const t of ['我们收集哪些信息', '真实姓名', '我们不收集手机号、身份证号']) expect(text).toContain(t)
    expect(actions).toEqual([])
  })
})
