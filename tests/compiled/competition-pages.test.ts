// The BUILT weapp competition pages, loaded the way WeChat loads them, calling the competition
// function through wx.cloud (answered by the local cloud): the public page for someone who opened a
// shared card, and the sign-up tap of the mini-program itself — WeChat's subscription request must
// start inside the tap, before any call, and a refusal must not stop the sign-up.
import { seedDemo } from '../../cloudfunctions/local/seed/demo'
import { startTestCloud, type TestCloud } from '../../cloudfunctions/local/testing'
import { subscribeTemplates } from '../../types/subscribe-templates'
import { installWxCloud, launchApp, openPage, requireBuild, waitForText, type RenderedPage } from './harness'

let cloud: TestCloud
// Who is calling: the app is launched once (its wx.cloud is fixed at launch), each test picks a person.
let openid = 'demo-worker'
/** What the page asked of WeChat and of the cloud, in order. */
const log: string[] = []
const HOUR = 3600000
const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx

async function publishedCompetition(needsApproval: boolean): Promise<string> {
  const now = Date.now()
  const made = await cloud.call(
    'competition.create',
    {
      organizerUnitId: 'u-jkq',
      title: needsApproval ? '经开区钳工技能比武' : '经开区职工拔河比赛',
      category: '技能比武',
      description: '经开区钳工技能比武，现场实操，欢迎一线职工报名参加。',
      place: '经开区职工技能实训中心',
      signupStartAt: now - HOUR,
      signupEndAt: now + HOUR,
      eventStartAt: now + 2 * HOUR,
      eventEndAt: now + 5 * HOUR,
      capacity: 5,
      mode: 'individual',
      eligibility: 'subtree',
      needsApproval,
    },
    { OPENID: 'demo-area-chair' },
  )
  if (!made.ok) throw new Error(made.error.code)
  await cloud.call('competition.publish', { competitionId: made.data.id }, { OPENID: 'demo-area-chair' })
  return made.data.id
}

/** A tap on the element with this id, delivered the way WeChat delivers it to the page (`eh`). */
function tap(page: RenderedPage, id: string): void {
  const target = { id, dataset: {} }
  ;(page.instance as unknown as { eh: (e: unknown) => void }).eh({ type: 'tap', timeStamp: Date.now(), target, currentTarget: target, detail: {} })
}

describe('compiled weapp: competition pages', () => {
  beforeAll(async () => {
    requireBuild()
    cloud = await startTestCloud()
    await seedDemo(cloud.db)
    installWxCloud(
      {
        invoke: (name, event) => {
          log.push((event as { action: string }).action)
          return cloud.runtime.invoke(name, event, { OPENID: openid })
        },
      },
      openid,
    )
    launchApp()
  })
  afterAll(() => cloud.stop())

  it('the list renders for someone who opened a shared card: the competition, its organiser, places', async () => {
    await publishedCompetition(false)
    openid = 'someone-who-opened-a-card'
    const page = await openPage('pages/competition/index')
    const text = await waitForText(page, '经开区职工拔河比赛')
    for (const t of ['全部', '技能培训', '报名中', '我报名的', '经开区工会 · 技能比武', '共5个名额 · 剩余5个', '经开区职工技能实训中心']) expect(text).toContain(t)
  })

  it('the sign-up tap asks WeChat for the review notification first, inside the tap; a refusal still signs up', async () => {
    const id = await publishedCompetition(true)
    openid = 'demo-worker'
    let asked: string[] = []
    wx.requestSubscribeMessage = (o: { tmplIds: string[]; fail?: (e: unknown) => void; complete?: (e: unknown) => void }) => {
      log.push('requestSubscribeMessage')
      asked = o.tmplIds
      // The person says no.
      o.fail?.({ errMsg: 'requestSubscribeMessage:fail cancel' })
      o.complete?.({ errMsg: 'requestSubscribeMessage:fail cancel' })
    }

    const page = await openPage('pages/competition/detail', { id })
    const shown = await waitForText(page, '我要报名')
    for (const t of ['经开区钳工技能比武', '主办：经开区工会', '经开区工会及下属单位的职工']) expect(shown).toContain(t)
    await waitForText(page, '报名后由主办单位审核')
    log.length = 0
    tap(page, 'signup-button')
    // Synchronously, within the tap: nothing has been awaited before WeChat's request.
    expect(log).toEqual(['requestSubscribeMessage'])
    expect(asked).toEqual([subscribeTemplates.signupReviewResult.id])
    const text = await waitForText(page, '待审核')
    expect(text).toContain('名额已为您保留')
    expect(log.slice(0, 2)).toEqual(['requestSubscribeMessage', 'competition.signup'])
  })
})
