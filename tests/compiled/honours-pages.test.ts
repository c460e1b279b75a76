/** @jest-environment-options {"customExportConditions": ["node", "node-addons"]} */
// (The local cloud runs in this jsdom suite: its packages must resolve to their Node builds, e.g. jimp.)
//
// The BUILT public honours pages (展职工风采) in the package-honours subpackage and 我的荣誉, calling the
// honours function through wx.cloud. The demo has no honours yet: they are made here through the real
// actions (demo-honours.ts): the published notice, then the commendation with its certificate and a
// published 匠心筑梦 story.
import { PEOPLE, START_TIMEOUT_MS, startDemoApp, type DemoApp } from './demo-app'
import { commendDemo, NOMINEE, publishDemoNotice, publishDemoStory, STORY } from './demo-honours'

let app: DemoApp
let nominationId: string

beforeAll(async () => {
  app = await startDemoApp()
  nominationId = await publishDemoNotice(app)
}, START_TIMEOUT_MS)
afterAll(() => app.stop())

describe('package-honours/pages/notice/index', () => {
  it('someone who opened a shared card sees the notice: name, unit, job, honour, and a way to object', async () => {
    await app.signIn(PEOPLE.cardOpener)
    const { text, actions } = await app.open('package-honours/pages/notice/index', {}, ['先进职工评选公示（共 1 人）', NOMINEE.name])
    for (const t of [NOMINEE.unit, NOMINEE.job, NOMINEE.category, '公示期：', '提出异议']) expect(text).toContain(t)
    expect(text).not.toContain('（已结束）')
    // Only the four public fields: never the deeds.
    expect(text).not.toContain('数控车间')
    expect(actions).toEqual(['honours.notice'])
  })
})

describe('package-honours/pages/mine/index', () => {
  it('the nominee sees their nomination on the notice, consent already given on paper, no certificate yet', async () => {
    await app.signIn(PEOPLE.worker)
    const { text, actions } = await app.open('package-honours/pages/mine/index', {}, [NOMINEE.category, '公示中'])
    for (const t of ['推荐单位：华中机械制造有限公司工会', '已收书面同意书']) expect(text).toContain(t)
    expect(text).not.toContain('我同意被推荐')
    expect(text).not.toContain('电子证书')
    expect(actions).toEqual(['honours.mine'])
  })
})

describe('after the commendation', () => {
  let number: string
  let storyId: string
  beforeAll(async () => {
    number = await commendDemo(app)
    storyId = await publishDemoStory(app, nominationId)
  })

  it('package-honours/pages/verify/index: a worker opening it from the certificate’s code (scene = the number) sees it valid', async () => {
    await app.signIn(PEOPLE.worker)
    const { text, actions } = await app.open('package-honours/pages/verify/index', { scene: encodeURIComponent(number) }, ['证书有效', `证书编号：${number}`])
    for (const t of [`姓名：${NOMINEE.name}`, `荣誉：${NOMINEE.category}`, '颁发单位：市总工会']) expect(text).toContain(t)
    expect(actions).toEqual(['honours.verify'])
  })

  it('package-honours/pages/verify/index: someone who opened a shared link with the number checks it the same way', async () => {
    await app.signIn(PEOPLE.cardOpener)
    const { text } = await app.open('package-honours/pages/verify/index', { no: number }, ['证书有效', `姓名：${NOMINEE.name}`])
    expect(text).not.toContain('证书已撤销')
  })

  it('package-honours/pages/mine/index: the worker finds their certificate with its number, to save and share', async () => {
    await app.signIn(PEOPLE.worker)
    const { text } = await app.open('package-honours/pages/mine/index', {}, ['电子证书', `证书编号：${number}`])
    for (const t of ['已表彰', '有效', '查看证书', '分享证书查验']) expect(text).toContain(t)
  })

  it('package-honours/pages/stories/index: someone who opened a shared card sees the published story', async () => {
    await app.signIn(PEOPLE.cardOpener)
    const { text, actions } = await app.open('package-honours/pages/stories/index', {}, ['匠心筑梦', STORY.title])
    for (const t of [STORY.lead, `${NOMINEE.name} · ${NOMINEE.unit}`, '♥ 0', '查看先进职工评选公示']) expect(text).toContain(t)
    expect(actions).toEqual(['honours.stories'])
  })

  it('package-honours/pages/story/index: the story opens cold with its text, likes and share button', async () => {
    await app.signIn(PEOPLE.cardOpener)
    const { text, actions } = await app.open('package-honours/pages/story/index', { id: storyId }, [STORY.title, STORY.text])
    for (const t of [STORY.lead, NOMINEE.category, '点赞 ♥ 0', '分享给工友', '看更多匠心筑梦故事']) expect(text).toContain(t)
    expect(actions).toEqual(['honours.story'])
  })
})
