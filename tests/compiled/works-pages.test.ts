/** @jest-environment-options {"customExportConditions": ["node", "node-addons"]} */
// (The local cloud runs in this jsdom suite: its packages must resolve to their Node builds, e.g. jimp.)
//
// The BUILT works pages (R5), loaded the way WeChat loads them and calling the works function through
// wx.cloud (answered by the local cloud with the demo made through the real actions: pictures uploaded,
// checked, recommended up the tree and selected into the exhibition, liked).
import { DEMO_CONTENT } from '../../cloudfunctions/local/seed/demo-content'
import { PEOPLE, START_TIMEOUT_MS, startDemoApp, type DemoApp } from './demo-app'
import { pageData } from './harness'

let app: DemoApp
/** The exhibited paper cut, as the gallery lists it. */
let paperCut: string

beforeAll(async () => {
  app = await startDemoApp()
  const gallery = await app.call('works.gallery', {}, PEOPLE.cardOpener)
  paperCut = gallery.items.find((w) => w.title === '剪纸《齿轮与麦穗》')!.id
}, START_TIMEOUT_MS)
afterAll(() => app.stop())

describe('pages/works/index', () => {
  it('someone who opened a shared card sees the exhibition from one works.gallery call', async () => {
    await app.signIn(PEOPLE.cardOpener)
    const { text, actions } = await app.open('pages/works/index', {}, ['剪纸《齿轮与麦穗》'])
    for (const t of ['职工作品展', '水彩《湘江晨曦》', '楷书《匠心》', '湘绣《映山红》', '组照《夜班》', '刘一', '华中机械制造有限公司工会', '♥ 6'])
      expect(text).toContain(t)
    // One card per exhibited work, each with its likes.
    expect(text.match(/♥ \d+/g)).toHaveLength(DEMO_CONTENT.worksExhibited)
    // Not yet selected: never shown.
    expect(text).not.toContain('木雕《转动》')
    expect(actions).toEqual(['works.gallery'])
  })

  it('a worker also finds the ways to submit and to their own works', async () => {
    await app.signIn(PEOPLE.worker)
    const { text } = await app.open('pages/works/index', {}, ['组照《夜班》', '我要投稿'])
    expect(text).toContain('我的作品')
  })
})

describe('pages/works/detail', () => {
  it('someone who opened a shared card sees the work, its author and unit, and its likes', async () => {
    await app.signIn(PEOPLE.cardOpener)
    const { text } = await app.open('pages/works/detail', { id: paperCut }, ['剪纸《齿轮与麦穗》', '作者：刘一'])
    for (const t of ['华中机械制造有限公司工会', '共 2 张，点图片可以放大', '入选职工作品展', '分享给工友', '点赞6']) expect(text).toContain(t)
    expect(text).not.toContain('已赞')
  })

  it('a worker who liked it sees their like', async () => {
    await app.signIn(PEOPLE.worker)
    const { text } = await app.open('pages/works/detail', { id: paperCut }, ['剪纸《齿轮与麦穗》', '已赞6'])
    expect(text).toContain('看更多职工作品')
  })
})

describe('package-works/pages/submit/index', () => {
  it('a worker gets the native image picker, uploading into their own folder', async () => {
    await app.signIn(PEOPLE.worker)
    const { page, text } = await app.open('package-works/pages/submit/index', {}, ['添加图片', '作品类别'])
    expect(text).toContain('0/9')
    expect(page.dom!.querySelector('image-picker')).not.toBeNull()
    // The folder it uploads into is the author's own (the server accepts nothing else).
    expect(pageData(page)).toContain('works/user-demo-worker/')
  })
})

describe('package-works/pages/mine/index', () => {
  it('a worker sees each work with where it stands: one exhibited with its likes, one waiting at their unit', async () => {
    await app.signIn(PEOPLE.worker)
    const { text, actions } = await app.open('package-works/pages/mine/index', {}, ['楷书《匠心》', '摄影《车间里的晨光》'])
    for (const t of ['已入展', '♥ 3 人点赞', '查看展出', '待审核', '等待「华中机械制造有限公司工会」审核', '上传新作品']) expect(text).toContain(t)
    expect(actions).toContain('works.myWorks')
  })

  it('a unit chair with no works of their own finds their review page there', async () => {
    await app.signIn(PEOPLE.unitChair)
    const { text } = await app.open('package-works/pages/mine/index', {}, ['还没有作品', '作品审核 ›'])
    expect(text).not.toContain('作品遴选')
  })
})

describe('package-works/pages/review/index', () => {
  it('the unit chair sees the work waiting at their union, with 选送', async () => {
    await app.signIn(PEOPLE.unitChair)
    const { text } = await app.open('package-works/pages/review/index', {}, ['摄影《车间里的晨光》', '选送'])
    for (const t of ['华中机械制造有限公司工会', '张三', '不通过', '早班进车间时']) expect(text).toContain(t)
  })
})

describe('package-works/pages/select/index', () => {
  it('the city union sees how full the exhibition is and the work sent up to it', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { text } = await app.open('package-works/pages/select/index', {}, ['木雕《转动》', '作品展已入选'])
    expect(text).toContain(`${DEMO_CONTENT.worksExhibited} / 100 件`)
    for (const t of ['陈二', '已报送市总工会', '入选作品展', '不入选', '导出全市作品（Excel）']) expect(text).toContain(t)
  })
})
