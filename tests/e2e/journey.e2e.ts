// Journeys as each role walks them, at the moments that used to make people give up or act twice:
// a worker whose join request waits, a winner reading 我的报名 after the results, the ticket at the door,
// the number of competitions held (one definition everywhere), and finding a competition by words.
// Screens are checked at 375 px and saved under tests/e2e/screenshots/journey-*.png.
import type { BrowserContext } from 'playwright-core'
import { close, launch, phone } from './browser'
import { callAs, hideLocalBadge, look, openRoute, tapButton } from './app'

beforeAll(launch)
afterAll(close)

const MINUTE = 60000
const HOUR = 60 * MINUTE

/** A competition made and published by the area union through the real actions. */
async function publishedCompetition(chair: BrowserContext, title: string, eligibility: 'city' | 'subtree' = 'city'): Promise<string> {
  const now = Date.now()
  const made = (await callAs(chair, 'competition.create', {
    organizerUnitId: 'u-jkq',
    title,
    category: '技能比武',
    description: '现场实操比武，欢迎一线职工报名参加，名额有限先到先得。',
    place: '经开区职工技能实训中心',
    signupStartAt: now - HOUR,
    signupEndAt: now + 24 * HOUR,
    eventStartAt: now + 48 * HOUR,
    eventEndAt: now + 50 * HOUR,
    capacity: 10,
    mode: 'individual',
    eligibility,
    needsApproval: false,
  })) as { id: string }
  await callAs(chair, 'competition.publish', { competitionId: made.id })
  return made.id
}

/** The organiser moves the event into the past and publishes the results. */
async function held(chair: BrowserContext, id: string, results: Array<{ signupId: string; rank: number; award: string }>): Promise<void> {
  const c = (await callAs(chair, 'competition.detail', { competitionId: id })) as Record<string, unknown>
  const keys = ['title', 'category', 'description', 'place', 'capacity', 'mode', 'eligibility', 'needsApproval']
  const now = Date.now()
  await callAs(chair, 'competition.update', {
    competitionId: id,
    ...Object.fromEntries(keys.map((k) => [k, c[k]])),
    signupStartAt: now - 4 * HOUR,
    signupEndAt: now - 3 * HOUR,
    eventStartAt: now - 2 * HOUR,
    eventEndAt: now - MINUTE,
  })
  await callAs(chair, 'competition.publishResults', { competitionId: id, results })
}

describe('a worker whose join request waits', () => {
  test('is told, with who decides, on the competition page and the idea form, instead of being sent to the profile', async () => {
    const area = await phone('demo-area-chair')
    const id = await publishedCompetition(area.context, '全市职工计算机操作竞赛')
    const worker = await phone('journey-pending')
    await callAs(worker.context, 'people.saveProfile', { nickname: '小周', realName: '周小满' })
    await callAs(worker.context, 'people.requestJoin', { unitId: 'u-jkq-jixie' })

    await openRoute(worker.page, `/pages/competition/detail?id=${id}`)
    const bar = worker.page.locator('#pending-join-button')
    await bar.waitFor()
    const page = await worker.page.locator('body').innerText()
    expect(page).toContain('您申请加入「华中机械制造有限公司工会」，正在等待华中机械制造有限公司工会（王五）审核。')
    expect(page).not.toContain('要先填写姓名并加入所在单位')
    await look(worker.page, 'journey-pending-competition')
    // The button leads to where the request is shown (and can be withdrawn), not to the profile form.
    await tapButton(worker.page, '入会审核通过后可报名')
    await worker.page.locator('#join-pending', { hasText: '王五' }).waitFor()
    expect(worker.page.url()).not.toContain('profile')

    await openRoute(worker.page, '/package-ideas/pages/submit/index')
    const notice = worker.page.locator('#pending-join-notice')
    await notice.waitFor()
    expect(await notice.innerText()).toContain('正在等待华中机械制造有限公司工会（王五）审核')
    expect(await worker.page.locator('body').innerText()).not.toContain('先完善个人资料')
    await look(worker.page, 'journey-pending-idea')
    await worker.context.close()
    await area.context.close()
  })
})

describe('my sign-ups after the event', () => {
  test('the ticket says who, what, when and where; after the results the winner reads the award, not the check-in words', async () => {
    const area = await phone('demo-area-chair')
    const id = await publishedCompetition(area.context, '经开区钳工技能比武', 'subtree')
    const worker = await phone('demo-worker')
    const mine = (await callAs(worker.context, 'competition.signup', { competitionId: id })) as { id: string }

    await openRoute(worker.page, `/pages/competition/detail?id=${id}`)
    await worker.page.locator('#my-signup').waitFor()
    await tapButton(worker.page, '查看参赛凭证')
    const facts = worker.page.locator('#ticket-facts')
    await facts.waitFor()
    const ticket = await facts.innerText()
    for (const words of ['张三', '华中机械制造有限公司工会', '时间：', '地点：经开区职工技能实训中心']) expect(ticket).toContain(words)
    await worker.page.locator('#ticket-code').waitFor()
    await look(worker.page, 'journey-ticket')

    await held(area.context, id, [{ signupId: mine.id, rank: 1, award: '一等奖' }])
    await openRoute(worker.page, '/package-competition/pages/mine/index')
    const card = worker.page.locator('#my-signups .competition-card', { hasText: '经开区钳工技能比武' })
    await card.waitFor()
    const words = await card.innerText()
    expect(words).toContain('一等奖')
    expect(words).not.toContain('请按时参加')
    expect(words).not.toContain('参赛凭证')
    await look(worker.page, 'journey-mine-finished')

    await openRoute(worker.page, `/pages/competition/detail?id=${id}`)
    const status = worker.page.locator('#my-signup')
    await status.waitFor()
    expect(await status.innerText()).toContain('恭喜您获得一等奖')
    expect(await status.innerText()).not.toContain('查看参赛凭证')
    await look(worker.page, 'journey-detail-finished')
    await worker.context.close()
    await area.context.close()
  })
})

describe('competitions held and finding one', () => {
  test('the home page and the list give the same number of competitions held, each with what it means', async () => {
    const home = (await callAs((await phone()).context, 'campaign.home', {})) as { targets: Array<{ key: string; count: number }> }
    const count = home.targets.find((t) => t.key === 'competitions')!.count
    expect(count).toBeGreaterThan(0)

    const visitor = await phone('demo-worker')
    await openRoute(visitor.page, '/pages/index/index')
    await visitor.page.getByText('“已举办”指比赛结束、主办单位已公布成绩的竞赛').first().waitFor()

    await openRoute(visitor.page, '/pages/competition/index')
    await visitor.page.locator('#filter-held').click()
    const line = visitor.page.locator('#competition-held')
    await line.getByText(`已举办 ${count} 场`).waitFor()
    expect(await line.innerText()).toContain('主办单位已公布成绩')
    await visitor.page.locator('#competition-list .competition-card').first().waitFor()
    expect(await visitor.page.locator('#competition-list .competition-card').count()).toBe(count)
    await hideLocalBadge(visitor.page)
    await look(visitor.page, 'journey-list-held')
    await visitor.context.close()
  })

  test('a competition is found by words in its title', async () => {
    const area = await phone('demo-area-chair')
    await publishedCompetition(area.context, '职工篮球友谊赛(春季)')
    const visitor = await phone()
    await openRoute(visitor.page, '/pages/competition/index')
    await visitor.page.locator('#competition-list .competition-card').first().waitFor()
    await visitor.page.locator('#competition-search input').fill('篮球友谊赛(春')
    await visitor.page.locator('#competition-search input').press('Enter')
    await visitor.page.waitForFunction(() => {
      const cards = Array.from(document.querySelectorAll('#competition-list .competition-card'))
      return cards.length === 1 && (cards[0].textContent ?? '').includes('职工篮球友谊赛(春季)')
    })
    await look(visitor.page, 'journey-list-search')
    await visitor.context.close()
    await area.context.close()
  })
})
