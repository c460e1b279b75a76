// The BUILT weapp home page, loaded the way WeChat loads it, calling the campaign function through
// wx.cloud (answered by the local cloud), rendering the seven targets.
import { seedDemo } from '../../cloudfunctions/local/seed/demo'
import { startTestCloud, type TestCloud } from '../../cloudfunctions/local/testing'
import { installWxCloud, launchApp, openPage, requireBuild, waitForText } from './harness'

let cloud: TestCloud

describe('compiled weapp: pages/index/index', () => {
  // No skip when the build is missing: the suite exists to test the build.
  beforeAll(async () => {
    requireBuild()
    cloud = await startTestCloud()
    await seedDemo(cloud.db)
    installWxCloud(cloud.runtime, 'someone-who-opened-a-card')
  })
  afterAll(() => cloud.stop())

  it('renders the campaign with its targets from the cloud function', async () => {
    launchApp()
    const page = await openPage('pages/index/index')
    const text = await waitForText(page, '动员三万名职工参加')
    expect(text).toContain('庆“五一”系列活动')
    for (const label of ['举办百场竞赛', '宣传百名劳模', '展示百幅作品', '帮扶千名困难职工', '征集千条金点子', '表彰千名先进工作者']) expect(text).toContain(label)
    expect(text).toContain('/ 30,000 名')
  })
})
