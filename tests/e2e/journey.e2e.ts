// Journeys as each role walks them, at the moments that used to make people give up or act twice:
// a worker whose join request waits, a winner reading 我的报名 after the results, the ticket at the door,
// the number of competitions held (one definition everywhere), and finding a competition by words.
// Screens are checked at 375 px and saved under tests/e2e/screenshots/journey-*.png.
import type { BrowserContext } from 'playwright-core'
import { close, launch, phone } from './browser'
import { callAs, confirmModal, fillTextarea, hideLocalBadge, look, openRoute, tapButton } from './app'

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
    // which unit, and who decides: its union and chair(s) by name (other suites may have named more chairs)
    expect(page).toContain('您申请加入「华中机械制造有限公司工会」，正在等待华中机械制造有限公司工会（')
    expect(page).toMatch(/（[^）]*王五[^）]*）审核。/)
    expect(page).not.toContain('要先填写姓名并加入所在单位')
    await look(worker.page, 'journey-pending-competition')
    // The button leads to where the request is shown (and can be withdrawn), not to the profile form.
    await tapButton(worker.page, '入会审核通过后可报名')
    await worker.page.locator('#join-pending', { hasText: '王五' }).waitFor()
    expect(worker.page.url()).not.toContain('profile')

    await openRoute(worker.page, '/package-ideas/pages/submit/index')
    const notice = worker.page.locator('#pending-join-notice')
    await notice.waitFor()
    expect(await notice.innerText()).toMatch(/正在等待华中机械制造有限公司工会（[^）]*王五[^）]*）审核/)
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

const IDEA = {
  type: '金点子',
  title: '',
  problem: '车间照明一直开着，白天靠窗的工位其实不需要开灯，每年浪费电费不少。',
  proposal: '靠窗一排灯改成单独开关，并装上光照感应，天亮自动关灯。',
  benefit: '每年节约用电约 30 多吨标准煤折算的电量。',
}

describe('a chair deciding golden ideas', () => {
  test('after 转送 on an idea’s page, the review list no longer shows it as waiting', async () => {
    const worker = await phone('demo-worker')
    const title = '靠窗灯具分组控制'
    const submitted = (await callAs(worker.context, 'ideas.submit', { ...IDEA, title })) as { id: string }
    await worker.context.close()

    const chair = await phone('demo-unit-chair')
    await openRoute(chair.page, '/package-ideas/pages/review/index')
    const row = chair.page.locator('#review-queue .ideas-row', { hasText: title })
    await row.waitFor()
    await row.click()
    await chair.page.locator('#review-idea').waitFor()
    await tapButton(chair.page, '转送评审')
    await confirmModal(chair.page, '转送市总工会')
    // Back on the list (the page goes back by itself): it is gone from 待审核 within a second.
    await chair.page.locator('#review-queue').waitFor()
    await row.waitFor({ state: 'detached', timeout: 2000 })
    await chair.page.locator('#tab-forwarded').click()
    await chair.page.locator('#review-queue .ideas-row', { hasText: title }).waitFor()
    await look(chair.page, 'journey-review-after-forward')
    expect(submitted.id).toBeTruthy()
    await chair.context.close()
  })
})

describe('after submitting an idea, and on the home page', () => {
  test('an idea’s own page leads to 我的金点子; the line cards without a feature say what is coming', async () => {
    const worker = await phone('demo-worker')
    const done = (await callAs(worker.context, 'ideas.submit', { ...IDEA, title: '仓库叉车充电错峰' })) as { id: string }
    await openRoute(worker.page, `/package-ideas/pages/idea/index?id=${done.id}`)
    await worker.page.locator('#idea-next').waitFor()
    await look(worker.page, 'journey-idea-next')
    await tapButton(worker.page, '我的金点子')
    await worker.page.locator('#my-ideas .ideas-row', { hasText: '仓库叉车充电错峰' }).waitFor()

    await openRoute(worker.page, '/pages/index/index')
    await worker.page.locator('#line-aixin').click()
    const modal = worker.page.locator('.taro__modal .taro-modal__content')
    await modal.waitFor({ state: 'visible' })
    expect(await modal.innerText()).toContain('即将上线')
    await look(worker.page, 'journey-home-line-coming')
    await modal.locator('.taro-model__confirm').click()
    await worker.context.close()
  })
})

describe('layout at 375 px', () => {
  test('a returned idea’s bar fits on one line, text areas use their box’s font, numbers are not split', async () => {
    const worker = await phone('demo-worker')
    const title = '焊接烟尘集中收集'
    const idea = (await callAs(worker.context, 'ideas.submit', { ...IDEA, title })) as { id: string }
    const chair = await phone('demo-unit-chair')
    await callAs(chair.context, 'ideas.decide', { ideaId: idea.id, decision: 'return', reason: '请补充预计能节约多少' })
    await chair.context.close()

    await openRoute(worker.page, `/package-ideas/pages/submit/index?id=${idea.id}`)
    const submit = worker.page.locator('#submit-idea')
    await submit.waitFor()
    await worker.page.locator('#idea-problem textarea').waitFor()
    const [button, textarea, input] = await Promise.all([
      submit.evaluate((el) => {
        const text = el.querySelector('.ui-button__text, span') as HTMLElement | null
        const lineHeight = parseFloat(getComputedStyle(text ?? el).lineHeight) || parseFloat(getComputedStyle(text ?? el).fontSize) * 1.4
        return { height: (text ?? el).getBoundingClientRect().height, lineHeight, text: (text ?? el).textContent }
      }),
      worker.page.locator('#idea-problem textarea').evaluate((el) => getComputedStyle(el).fontSize),
      worker.page.locator('#idea-title input').evaluate((el) => getComputedStyle(el).fontSize),
    ])
    expect(button.text).toContain('改好了，重新提交')
    expect(button.height).toBeLessThan(button.lineHeight * 1.5)
    expect(textarea).toBe(input)
    await look(worker.page, 'journey-returned-idea-bar')

    // "30 多吨" stays together: no text on the idea pages breaks inside words or numbers
    await openRoute(worker.page, `/package-ideas/pages/idea/index?id=${idea.id}`)
    await worker.page.getByText('30 多吨', { exact: false }).first().waitFor()
    const breaking = await worker.page.evaluate(
      () => Array.from(document.querySelectorAll('body *')).filter((el) => getComputedStyle(el).wordBreak === 'break-all').length,
    )
    expect(breaking).toBe(0)
    await worker.context.close()
  })
})

describe('people at scale', () => {
  test('a chair finds a member by name and moves them to another unit with a reason; 我的 puts union work first and names the competition waiting', async () => {
    const area = await phone('demo-area-chair')
    const invite = (await callAs(area.context, 'org.createInvite', { unitId: 'u-jkq-jixie', days: 7 })) as { code: string }
    const newcomer = await phone('journey-mover')
    await callAs(newcomer.context, 'people.saveProfile', { nickname: '欧阳', realName: '欧阳调动' })
    await callAs(newcomer.context, 'people.joinByInvite', { code: invite.code })
    await newcomer.context.close()

    await openRoute(area.page, '/package-admin/pages/unit/index')
    await area.page.locator('#member-search input').waitFor()
    await area.page.locator('#member-search input').fill('欧阳')
    await area.page.locator('#member-search input').press('Enter')
    const row = area.page.locator('#member-list .member-row', { hasText: '欧阳调动' })
    // only the one found (the list of everyone is replaced by the answer to the search)
    await area.page.waitForFunction(() => {
      const rows = Array.from(document.querySelectorAll('#member-list .member-row'))
      return rows.length === 1 && (rows[0].textContent ?? '').includes('欧阳调动')
    })
    await look(area.page, 'journey-member-search')
    await row.locator('.unit-admin__member-action', { hasText: '调动' }).click()
    await area.page.locator('#transfer-units').getByText('湘江电子科技有限公司工会').click()
    await area.page.locator('#reason-dialog').waitFor()
    await fillTextarea(area.page, 'reason-input', '调往湘江电子工作')
    await look(area.page, 'journey-member-transfer')
    await tapButton(area.page, '确定调动')
    await area.page.locator('#member-list .member-row', { hasText: '湘江电子科技有限公司工会' }).waitFor()

    // a competition that needs approval, with one sign-up waiting
    const now = Date.now()
    const made = (await callAs(area.context, 'competition.create', {
      organizerUnitId: 'u-jkq',
      title: '经开区叉车技能比武',
      category: '技能比武',
      description: '叉车操作现场比武，欢迎一线职工报名参加，名额有限。',
      place: '经开区物流园',
      signupStartAt: now - HOUR,
      signupEndAt: now + 24 * HOUR,
      eventStartAt: now + 48 * HOUR,
      eventEndAt: now + 50 * HOUR,
      capacity: 10,
      mode: 'individual',
      eligibility: 'subtree',
      needsApproval: true,
    })) as { id: string }
    await callAs(area.context, 'competition.publish', { competitionId: made.id })
    const worker = await phone('demo-worker')
    await callAs(worker.context, 'competition.signup', { competitionId: made.id })
    await worker.context.close()

    await openRoute(area.page, '/pages/me/index')
    await area.page.getByText('「经开区叉车技能比武」1 人待审核', { exact: false }).waitFor()
    const order = await area.page.evaluate(() => {
      const text = document.body.innerText
      return [text.indexOf('工会工作'), text.indexOf('我参加的')]
    })
    expect(order[0]).toBeGreaterThanOrEqual(0)
    expect(order[0]).toBeLessThan(order[1])
    await look(area.page, 'journey-me-staff-first')
    await area.context.close()
  })
})
