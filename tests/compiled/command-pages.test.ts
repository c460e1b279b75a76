/** @jest-environment-options {"customExportConditions": ["node", "node-addons"]} */
// (The local cloud runs in this jsdom suite: its packages must resolve to their Node builds, e.g. jimp.)
//
// The BUILT steering pages (package-command), loaded the way WeChat loads them and calling the campaign
// function through wx.cloud. The city union publishes one pinned notice through the real action first;
// 王五 (unit chair, a member of a unit under it) reads it.
import { PEOPLE, START_TIMEOUT_MS, startDemoApp, type DemoApp } from './demo-app'

let app: DemoApp
let noticeId: string
const TITLE = '关于开展五一劳动竞赛的通知'

beforeAll(async () => {
  app = await startDemoApp()
  // The app's own start-up calls (as the person who opened it) settle before anyone signs in.
  await app.signIn(PEOPLE.worker)
  const n = await app.call(
    'campaign.publishNotice',
    { audienceUnitId: 'u-city', title: TITLE, body: '请各基层工会按时组织职工参加。', attachments: [], pinnedUntil: Date.now() + 86_400_000 },
    PEOPLE.cityAdmin,
  )
  noticeId = n.id
}, START_TIMEOUT_MS)
afterAll(() => app.stop())

describe('package-command/pages/dashboard/index', () => {
  it('the city union sees the targets, the daily trend, the leaderboards and the units with nothing yet, from one call', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { text, actions } = await app.open('package-command/pages/dashboard/index', {}, ['目标进度', '每日趋势', '尚未开展活动的基层工会'])
    for (const t of ['动员三万名职工参加', '参与职工（人）', '单位排行 · 参与率', '单位排行 · 竞赛场次']) expect(text).toContain(t)
    expect(actions).toContain('campaign.dashboard')
  })

  it('an area chair sees their own union’s subtree', async () => {
    await app.signIn(PEOPLE.areaChair)
    const { text } = await app.open('package-command/pages/dashboard/index', {}, ['经开区工会', '目标进度'])
    expect(text).toContain('本级及下属')
  })
})

describe('package-command/pages/notices/index', () => {
  it('a unit chair sees the city’s notice, unread, and no publish button', async () => {
    await app.signIn(PEOPLE.unitChair)
    const { text, actions } = await app.open('package-command/pages/notices/index', {}, [TITLE, '未读'], ['发布通知'])
    expect(text).toContain('市总工会')
    expect(actions).toContain('campaign.notices')
  })
})

describe('package-command/pages/notice/index', () => {
  it('opening the notice shows its body and marks it read', async () => {
    await app.signIn(PEOPLE.unitChair)
    const { actions } = await app.open('package-command/pages/notice/index', { id: noticeId }, [TITLE, '请各基层工会按时组织职工参加。'], ['查看阅读情况'])
    expect(actions).toContain('campaign.readNotice')
    const list = await app.call('campaign.notices', {}, PEOPLE.unitChair)
    expect(list.items.find((n) => n.id === noticeId)!.read).toBe(true)
  })
})

describe('package-command/pages/publish/index', () => {
  it('an area chair gets the form, the audience their own union by default', async () => {
    await app.signIn(PEOPLE.areaChair)
    const { text } = await app.open('package-command/pages/publish/index', {}, ['发送范围', '已选：经开区工会'])
    for (const t of ['标题', '正文', '在首页置顶', '添加附件', '每个不超过 10 MB']) expect(text).toContain(t)
  })
})

describe('package-command/pages/receipts/index', () => {
  it('the city union sees per unit who has read it', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { text, actions } = await app.open('package-command/pages/receipts/index', { id: noticeId, unitId: 'u-city' }, [TITLE, '已读 1 /'])
    expect(text).toContain('华中机械制造有限公司工会')
    expect(actions).toContain('campaign.noticeReceipts')
  })
})
