/** @jest-environment-options {"customExportConditions": ["node", "node-addons"]} */
// (The local cloud runs in this jsdom suite: its packages must resolve to their Node builds, e.g. jimp.)
//
// The BUILT pages that may be shared to Moments, opened from Moments: WeChat runs the page alone in
// single-page mode (scene 1154), nobody signed in, and the functions' security rule lets through only
// the functions open to everyone. Each page shows its public content and calls nothing it may not.
// https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/share-timeline.html
import { DEMO_CONTENT } from '../../cloudfunctions/local/seed/demo-content'
import { PEOPLE, START_TIMEOUT_MS, startDemoApp, type DemoApp } from './demo-app'
import { commendDemo, NOMINEE, publishDemoNotice, publishDemoStory, STORY } from './demo-honours'
import { enterApp, MOMENTS_SCENE } from './harness'

let app: DemoApp
let ids: { work: string; idea: string; competition: string }

/** Opened from a Moments share of `path`: the app enters at that page, in single-page mode. */
function fromMoments(path: string, query: Record<string, string> = {}): void {
  enterApp({ scene: MOMENTS_SCENE, path, query })
}

beforeAll(async () => {
  app = await startDemoApp({ scene: MOMENTS_SCENE, path: 'pages/index/index' })
  const work = (await app.call('works.gallery', {}, PEOPLE.moments)).items.find((w) => w.title === '剪纸《齿轮与麦穗》')!
  const idea = (await app.call('ideas.showcase', {}, PEOPLE.moments)).items.find((i) => i.title === '输液余量提醒夹')!
  const competition = (await app.call('competition.list', {}, PEOPLE.moments)).items.find((c) => c.title === '全市职工计算机操作竞赛')!
  ids = { work: work.id, idea: idea.id, competition: competition.id }
  // The demo has no honours: a notice is published here through the real actions.
  await publishDemoNotice(app)
  await app.signIn(PEOPLE.moments)
}, START_TIMEOUT_MS)
afterAll(() => app.stop())

it('the launch in single-page mode asks nothing about the person (the people function needs a sign-in)', () => {
  expect(app.calls.filter((c) => c.fn === 'people')).toEqual([])
})

describe('pages/index/index', () => {
  it('shows the campaign and its counts', async () => {
    fromMoments('pages/index/index')
    const { actions } = await app.open('pages/index/index', {}, ['庆“五一”系列活动', `${DEMO_CONTENT.worksExhibited} / 100 幅`])
    expect(actions).toEqual(['campaign.home'])
  })
})

describe('pages/works/index', () => {
  it('shows the exhibition, without the ways to submit', async () => {
    fromMoments('pages/works/index')
    const { text } = await app.open('pages/works/index', {}, ['职工作品展', '剪纸《齿轮与麦穗》'], ['我要投稿', '我的作品'])
    expect(text).toContain('组照《夜班》')
  })
})

describe('pages/works/detail', () => {
  it('shows the work and its likes as a count, with nothing to tap that needs a sign-in', async () => {
    fromMoments('pages/works/detail', { id: ids.work })
    const { actions } = await app.open('pages/works/detail', { id: ids.work }, ['剪纸《齿轮与麦穗》', '作者：刘一', '♥ 6 人点赞'], ['看更多职工作品', '已赞'])
    expect(actions).toEqual(['works.detail'])
  })
})

describe('pages/ideas/index', () => {
  it('shows the counts and the adopted ideas, without the ways to write one', async () => {
    fromMoments('pages/ideas/index')
    const { text } = await app.open('pages/ideas/index', {}, ['金点子展示', '输液余量提醒夹', `${DEMO_CONTENT.ideasAdopted}已采纳`], ['我要提金点子'])
    expect(text).toContain('数控车床切削液集中过滤循环使用')
  })
})

describe('pages/ideas/detail', () => {
  it('shows the adopted idea, without the links onward', async () => {
    fromMoments('pages/ideas/detail', { id: ids.idea })
    const { text } = await app.open('pages/ideas/detail', { id: ids.idea }, ['输液余量提醒夹', '由市总工会采纳'], ['看更多金点子'])
    for (const t of ['二等奖', '李四', '市人民医院工会']) expect(text).toContain(t)
  })
})

describe('pages/competition/detail', () => {
  it('shows the competition and where to sign up, without the sign-up itself', async () => {
    fromMoments('pages/competition/detail', { id: ids.competition })
    const { text, actions } = await app.open(
      'pages/competition/detail',
      { id: ids.competition },
      ['全市职工计算机操作竞赛', '在小程序中打开即可报名'],
      ['我要报名', '主办单位管理'],
    )
    expect(text).toContain('市职工服务中心二楼机房')
    expect(actions).toEqual(['competition.detail'])
  })
})

describe('package-honours/pages/notice/index', () => {
  it('shows the notice (name, unit, job, honour), without the objection that needs a sign-in', async () => {
    fromMoments('package-honours/pages/notice/index')
    const { text, actions } = await app.open('package-honours/pages/notice/index', {}, ['先进职工评选公示（共 1 人）', NOMINEE.name])
    for (const t of [NOMINEE.unit, NOMINEE.job, NOMINEE.category]) expect(text).toContain(t)
    expect(text).not.toContain('提出异议')
    expect(actions).toEqual(['honours.notice'])
  })
})

describe('匠心筑梦 after the commendation', () => {
  let storyId: string
  beforeAll(async () => {
    const nominationId = (await app.call('honours.notice', { page: 1 }, PEOPLE.moments)).items[0].id
    await commendDemo(app)
    storyId = await publishDemoStory(app, nominationId)
  })

  it('package-honours/pages/stories/index: shows the published stories', async () => {
    fromMoments('package-honours/pages/stories/index')
    const { text, actions } = await app.open('package-honours/pages/stories/index', {}, ['匠心筑梦', STORY.title])
    expect(text).toContain(STORY.lead)
    expect(actions).toEqual(['honours.stories'])
  })

  it('package-honours/pages/story/index: shows the story, without the like and share buttons that need a sign-in', async () => {
    fromMoments('package-honours/pages/story/index', { id: storyId })
    const { text, actions } = await app.open('package-honours/pages/story/index', { id: storyId }, [STORY.title, STORY.text])
    expect(text).not.toContain('点赞')
    expect(text).not.toContain('分享给工友')
    expect(actions).toEqual(['honours.story'])
  })
})
