/** @jest-environment-options {"customExportConditions": ["node", "node-addons"]} */
// (The local cloud runs in this jsdom suite: its packages must resolve to their Node builds, e.g. jimp.)
//
// The BUILT honours pages (展职工风采) in the main package, calling the honours function through
// wx.cloud. The demo has no honours yet: they are made here through the real actions (demo-honours.ts),
// first up to the published notice, then to a commendation with its certificate.
import { PEOPLE, START_TIMEOUT_MS, startDemoApp, type DemoApp } from './demo-app'
import { commendDemo, NOMINEE, publishDemoNotice } from './demo-honours'

let app: DemoApp

beforeAll(async () => {
  app = await startDemoApp()
  await publishDemoNotice(app)
}, START_TIMEOUT_MS)
afterAll(() => app.stop())

describe('pages/honours/notice', () => {
  it('someone who opened a shared card sees the notice: name, unit, job, honour, and a way to object', async () => {
    await app.signIn(PEOPLE.cardOpener)
    const { text, actions } = await app.open('pages/honours/notice', {}, ['先进职工评选公示（共 1 人）', NOMINEE.name])
    for (const t of [NOMINEE.unit, NOMINEE.job, NOMINEE.category, '公示期：', '提出异议']) expect(text).toContain(t)
    expect(text).not.toContain('（已结束）')
    // Only the four public fields: never the deeds.
    expect(text).not.toContain('数控车间')
    expect(actions).toEqual(['honours.notice'])
  })
})

describe('pages/honours/verify', () => {
  let number: string
  beforeAll(async () => {
    number = await commendDemo(app)
  })

  it('a worker opening it from the certificate’s code (scene = the number) sees it valid', async () => {
    await app.signIn(PEOPLE.worker)
    const { text, actions } = await app.open('pages/honours/verify', { scene: encodeURIComponent(number) }, ['证书有效', `证书编号：${number}`])
    for (const t of [`姓名：${NOMINEE.name}`, `荣誉：${NOMINEE.category}`, '颁发单位：市总工会']) expect(text).toContain(t)
    expect(actions).toEqual(['honours.verify'])
  })

  it('someone who opened a shared link with the number checks it the same way', async () => {
    await app.signIn(PEOPLE.cardOpener)
    const { text } = await app.open('pages/honours/verify', { no: number }, ['证书有效', `姓名：${NOMINEE.name}`])
    expect(text).not.toContain('证书已撤销')
  })
})
