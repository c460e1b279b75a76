/** @jest-environment-options {"customExportConditions": ["node", "node-addons"]} */
// (The local cloud runs in this jsdom suite: its packages must resolve to their Node builds, e.g. jimp.)
//
// The BUILT staff pages of the admin subpackage (R1, R3), loaded the way WeChat loads them and calling
// the org, people and campaign functions through wx.cloud (answered by the local cloud with the demo:
// the union tree, one person per role, the workers who joined by invite code).
import { DEMO_CONTENT, demoParticipants } from '../../cloudfunctions/local/seed/demo-content'
import { PEOPLE, START_TIMEOUT_MS, startDemoApp, type DemoApp, type Person } from './demo-app'
import { pageData } from './harness'

let app: DemoApp

beforeAll(async () => {
  app = await startDemoApp()
}, START_TIMEOUT_MS)
afterAll(() => app.stop())

describe('package-admin/pages/unit/index', () => {
  it('the unit chair sees their members and the request someone just made to join', async () => {
    const applicant: Person = { openid: 'demo-applicant', greeting: '宋十四' }
    await app.call('people.agreePrivacy', { version: '2025-04-01' }, applicant)
    await app.call('people.saveProfile', { nickname: '小宋', realName: '宋十四', job: '质检员' }, applicant)
    await app.call('people.requestJoin', { unitId: 'u-jkq-jixie' }, applicant)
    await app.signIn(PEOPLE.unitChair)
    const { text } = await app.open('package-admin/pages/unit/index', {}, ['华中机械制造有限公司工会', '张三（张师傅）'])
    for (const t of ['刘一（小刘）', '陈二（陈师傅）', '王五（王主席）', '数控车工', '成员', '邀请码', '导出成员名单（Excel）']) expect(text).toContain(t)
    // The tab tells how many wait.
    expect(text).toContain('入会申请1')
  })

  it('the area chair manages 经开区工会 itself', async () => {
    await app.signIn(PEOPLE.areaChair)
    const { text } = await app.open('package-admin/pages/unit/index', {}, ['经开区工会', '赵六（赵主席）'])
    expect(text).toContain('行业/乡镇工会主席')
  })
})

describe('package-admin/pages/tree/index', () => {
  it('the area chair sees the units under 经开区 with their members', async () => {
    await app.signIn(PEOPLE.areaChair)
    const { text } = await app.open('package-admin/pages/tree/index', {}, ['华中机械制造有限公司工会', '湘江电子科技有限公司工会'])
    // 张三, 王五 and the two who joined by 王五's code; 周九 by 赵六's.
    expect(text).toContain('华中机械制造有限公司工会基层工会 · 4 名成员')
    expect(text).toContain('湘江电子科技有限公司工会基层工会 · 1 名成员')
    expect(text).toContain('在「经开区工会」下新建单位')
    expect(text).toContain('导出各单位参与情况（Excel）')
  })

  it('the city union sees the industry and township unions under it', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { text } = await app.open('package-admin/pages/tree/index', {}, ['经开区工会', '白石乡工会'])
    for (const t of ['教育系统工会', '卫计局工会', '东城街道工会', '在「市总工会」下新建单位']) expect(text).toContain(t)
  })
})

describe('package-admin/pages/roles/index', () => {
  it('the area chair sees who holds a role in 经开区', async () => {
    await app.signIn(PEOPLE.areaChair)
    const { text } = await app.open('package-admin/pages/roles/index', {}, ['现任职务', '王五'])
    expect(text).toContain('王五基层工会主席华中机械制造有限公司工会')
    expect(text).toContain('赵六行业/乡镇工会主席经开区工会')
  })

  it('the city union sees the city’s own: its admin and both judges', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { text } = await app.open('package-admin/pages/roles/index', {}, ['孙八', '钱七'])
    for (const t of ['市总工会管理员', '冯十二', '评审专家', '任命职务']) expect(text).toContain(t)
  })
})

describe('package-admin/pages/campaign/index', () => {
  it('the city union edits the campaign, each goal beside what is done', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { page, text } = await app.open('package-admin/pages/campaign/index', {}, ['目标（三百、三千、三万）', '保存设置'])
    expect(text).toContain(`目前已完成 ${DEMO_CONTENT.worksExhibited} 幅`)
    expect(text).toContain(`目前已完成 ${demoParticipants().length} 名`)
    expect(pageData(page)).toContain('庆“五一”系列活动')
  })

  it('a worker is told only the city union may change it', async () => {
    await app.signIn(PEOPLE.worker)
    const { text } = await app.open('package-admin/pages/campaign/index', {}, ['只有市总工会管理员可以修改活动设置'])
    expect(text).not.toContain('保存设置')
  })
})
