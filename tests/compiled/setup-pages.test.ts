/** @jest-environment-options {"customExportConditions": ["node", "node-addons"]} */
// (The local cloud runs in this jsdom suite: its packages must resolve to their Node builds, e.g. jimp.)
//
// The BUILT day-one pages (package-admin: setup, import, chair invitations, a chair accepting one),
// calling the org function through wx.cloud. The compiled suites' cloud holds the demo, which is an
// environment already claimed: the setup page shows the city union's admin the wizard and anyone else
// that the setup is done. The chair invitations are issued here through the real action.
import { PEOPLE, START_TIMEOUT_MS, startDemoApp, type DemoApp } from './demo-app'
import { pageData } from './harness'

let app: DemoApp
/** One live invitation, as the city union's list gives it. */
let invite: { code: string; unit: string }

beforeAll(async () => {
  app = await startDemoApp()
  const issued = await app.call('org.issueChairInvites', {}, PEOPLE.cityAdmin)
  if (issued.issued < 1) throw new Error('the demo has no unit without a chair to invite one for')
  const first = (await app.call('org.chairInvites', { page: 1 }, PEOPLE.cityAdmin)).items[0]
  invite = { code: first.code, unit: first.unit.name }
}, START_TIMEOUT_MS)
afterAll(() => app.stop())

describe('package-admin/pages/setup/index', () => {
  it('the city union’s admin sees the wizard: the city done, the next three steps to go', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { text, actions } = await app.open('package-admin/pages/setup/index', {}, ['初始化向导', '导入组织架构'])
    for (const t of ['创建市总工会', '邀请各单位主席', '设置活动', '去完成 ›']) expect(text).toContain(t)
    // Claimed already: no claim form.
    expect(text).not.toContain('初始化码')
    expect(actions).toContain('org.setupStatus')
  })

  it('a unit chair is told the setup is done', async () => {
    await app.signIn(PEOPLE.unitChair)
    const { text } = await app.open('package-admin/pages/setup/index', {}, ['本系统已完成初始化'])
    expect(text).not.toContain('初始化向导')
  })
})

describe('package-admin/pages/import/index', () => {
  it('the city union’s admin gets the template and the sheet picker, with the columns to fill', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { text } = await app.open('package-admin/pages/import/index', {}, ['导入组织架构', '下载导入模板'])
    for (const t of ['选择填好的表格', '只支持 .xlsx']) expect(text).toContain(t)
    expect(text).not.toContain('确认导入')
  })

  it('a unit chair is told only the city union imports', async () => {
    await app.signIn(PEOPLE.unitChair)
    await app.open('package-admin/pages/import/index', {}, ['只有市总工会管理员可以导入组织架构'])
  })
})

describe('package-admin/pages/chair-invites/index', () => {
  it('the city union’s admin sees the invitations issued, each unit with its code and how long it lasts', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { text, actions } = await app.open('package-admin/pages/chair-invites/index', {}, ['邀请单位主席', invite.unit])
    for (const t of ['为所有单位生成主席邀请码', '有效期至', '工会主席']) expect(text).toContain(t)
    expect(actions).toContain('org.chairInvites')
  })
})

describe('package-admin/pages/chair-invite/index', () => {
  it('someone opening the invitation’s code (scene = the code) is asked their name to accept it', async () => {
    await app.signIn(PEOPLE.cardOpener)
    const { page, text } = await app.open('package-admin/pages/chair-invite/index', { scene: invite.code }, ['成为单位工会主席', '接受邀请'])
    expect(text).toContain('邀请码只能使用一次')
    expect(pageData(page)).toContain(invite.code)
  })
})
