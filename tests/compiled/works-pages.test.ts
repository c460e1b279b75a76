// The BUILT weapp works pages, loaded the way WeChat loads them: the public gallery calling the works
// function through wx.cloud (answered by the local cloud), and the submission page of the works
// subpackage mounting the native image-picker through its usingComponents path.
import { seedDemo } from '../../cloudfunctions/local/seed/demo'
import { startTestCloud, type TestCloud } from '../../cloudfunctions/local/testing'
import { installWxCloud, launchApp, openPage, requireBuild, waitForText } from './harness'

let cloud: TestCloud
// Who is calling: the app is launched once (its wx.cloud is fixed at launch), each test picks a person.
let openid = 'someone-who-opened-a-card'

async function exhibitedWork(): Promise<void> {
  const now = new Date()
  const thumb = await cloud.storage.putFromClient('gallery/compiled-work/a-400.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xd9]))
  await cloud.db.insertMany('works', [
    {
      _id: 'compiled-work',
      _openid: 'demo-worker',
      campaignId: 'mayday',
      authorId: 'user-demo-worker',
      authorName: '张三',
      unitId: 'u-jkq-jixie',
      unitPath: ['u-city', 'u-jkq', 'u-jkq-jixie'],
      category: '书法',
      title: '楷书《咏梅》',
      description: '业余时间练字十年的一幅楷书。',
      images: [{ file: 'cloud://x/works/user-demo-worker/compiled-work/a.jpg', sealed: true, check: 'pass', thumb, preview: thumb }],
      status: 'exhibited',
      passed: 1,
      flagged: false,
      reviewUnitId: 'u-city',
      passes: 2,
      reason: '',
      steps: [],
      likeCount: 12,
      submittedAt: now,
      exhibitedAt: now,
      createdAt: now,
      updatedAt: now,
    },
  ])
}

describe('compiled weapp: works pages', () => {
  // No skip when the build is missing: the suite exists to test the build.
  beforeAll(async () => {
    requireBuild()
    cloud = await startTestCloud()
    await seedDemo(cloud.db)
    await exhibitedWork()
    installWxCloud({ invoke: (name, event) => cloud.runtime.invoke(name, event, { OPENID: openid }) }, openid)
    launchApp()
  })
  afterAll(() => cloud.stop())

  it('the gallery renders the exhibited work from one works.gallery call, for someone without a profile', async () => {
    openid = 'someone-who-opened-a-card'
    const page = await openPage('pages/works/index')
    const text = await waitForText(page, '楷书《咏梅》')
    expect(text).toContain('职工作品展')
    expect(text).toContain('张三')
    expect(text).toContain('华中机械制造有限公司工会')
    expect(text).toContain('♥ 12')
  })

  it('the submission page mounts the native image picker, uploading into the author’s own folder', async () => {
    openid = 'demo-worker'
    const page = await openPage('package-works/pages/submit/index')
    const text = await waitForText(page, '添加图片')
    expect(text).toContain('作品类别')
    expect(text).toContain('0/9')
    expect(page.dom!.querySelector('image-picker')).not.toBeNull()
    // The folder it uploads into is the author's own (the server accepts nothing else).
    const data = JSON.stringify((page.instance as unknown as { data: unknown }).data)
    expect(data).toContain('works/user-demo-worker/')
  })
})
