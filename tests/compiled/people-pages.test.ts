// The BUILT weapp pages of people and unions, loaded the way WeChat loads them, calling the people
// function through wx.cloud (answered by the local cloud): 我的 for a chair lists their staff page;
// the profile page of someone new asks for consent first, with WeChat's own agree button.
import { seedDemo } from '../../cloudfunctions/local/seed/demo'
import { startTestCloud, type TestCloud } from '../../cloudfunctions/local/testing'
import { installWxCloud, launchApp, openPage, requireBuild, waitForText } from './harness'

let cloud: TestCloud
// Who is calling: the app is launched once (its wx.cloud is fixed at launch), each test picks a person.
let openid = 'demo-unit-chair'

describe('compiled weapp: people pages', () => {
  beforeAll(async () => {
    requireBuild()
    cloud = await startTestCloud()
    await seedDemo(cloud.db)
    installWxCloud({ invoke: (name, event) => cloud.runtime.invoke(name, event, { OPENID: openid }) }, openid)
    launchApp()
  })
  afterAll(() => cloud.stop())

  it('我的 shows a unit chair their unit path, role and 单位管理', async () => {
    openid = 'demo-unit-chair'
    const page = await openPage('pages/me/index')
    const text = await waitForText(page, '单位管理')
    expect(text).toContain('王五')
    expect(text).toContain('市总工会 › 经开区工会 › 华中机械制造有限公司工会')
    expect(text).toContain('基层工会主席')
    expect(text).not.toContain('组织架构')
  })

  it('the profile page asks someone new for consent before any field, with agreePrivacyAuthorization', async () => {
    openid = 'someone-new-in-weapp'
    const page = await openPage('pages/profile/index')
    const text = await waitForText(page, '同意并继续')
    expect(text).toContain('个人信息保护提示')
    expect(text).not.toContain('真实姓名必填')
    // j-component does not reflect a button's open-type into the DOM; the page data Taro rendered from does.
    const data = JSON.stringify((page.instance as unknown as { data: unknown }).data)
    expect(data).toContain('agreePrivacyAuthorization')
    expect(data).toContain('agree-privacy')
  })
})
