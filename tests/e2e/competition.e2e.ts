// Competitions and sign-ups (R4) in the browser, the way they are used: an area union creates a
// competition that needs approval and publishes it; workers find it in the list and sign up; the chair
// approves (several at once) and turns one down with a reason; the worker shows the ticket and is
// checked in by its code; results go up and anyone, signed in or not, sees them on the public page;
// the city union sees which unions are behind. Every screen is checked at 375 px and saved under
// tests/e2e/screenshots/competition-*.png.
import { BASE_URL, close, launch, phone } from './browser'
import { detailRoute, fieldsOf, HOUR, idFromDetail, JIXIE, MINUTE, published, TITLE, turnPicker } from './competition-support'
import { avatarPng, look, callAs, confirmModal, fillInput, fillTextarea, hideLocalBadge, openRoute, tapButton, tapText, toastText } from './app'

beforeAll(launch)
afterAll(close)

describe('a competition from creation to results', () => {
  let competitionId = ''

  test('an area union creates a competition that needs approval, and publishes it', async () => {
    const chair = await phone('demo-area-chair')
    await openRoute(chair.page, '/pages/me/index')
    await tapText(chair.page, '竞赛管理')
    await chair.page.locator('#current-unit', { hasText: '经开区工会' }).waitFor()
    await hideLocalBadge(chair.page)
    await chair.page.getByText('还没有竞赛').waitFor()
    await look(chair.page, 'competition-manage-empty')
    await tapButton(chair.page, '新建竞赛')

    await chair.page.locator('#title input').waitFor()
    // Nothing filled in: every required field says what it needs, and nothing is sent.
    await tapButton(chair.page, '保存为草稿')
    await chair.page.getByText('请填写名称').waitFor()
    await chair.page.getByText('请填写介绍').waitFor()

    await fillInput(chair.page, 'title', TITLE)
    await chair.page.locator('#category-技能比武').click()
    await fillTextarea(chair.page, 'description', '经开区数控车工技能比武，理论加实操，一等奖颁发证书和奖金。欢迎各单位一线职工报名参加。')
    const chooser = chair.page.waitForEvent('filechooser')
    await chair.page.locator('#cover-picker').click()
    await (await chooser).setFiles({ name: 'cover.png', mimeType: 'image/png', buffer: avatarPng() })
    await chair.page.getByText('点击更换').waitFor()
    await fillInput(chair.page, 'place', '经开区职工技能实训中心')
    // The event ends an hour later than suggested: the time wheel, as a person turns it.
    expect(await chair.page.locator('#time-eventEndAt-time').innerText()).toContain('17:00')
    await chair.page.locator('#time-eventEndAt-time').click()
    await turnPicker(chair.page, 0, 1)
    await chair.page.locator('#time-eventEndAt-time', { hasText: '18:00' }).waitFor()
    await fillInput(chair.page, 'capacity', '3')
    await chair.page.locator('#eligibility-city').click()
    await chair.page.locator('#approval-yes').click()
    await look(chair.page, 'competition-edit-new')

    await tapButton(chair.page, '保存为草稿')
    expect(await toastText(chair.page)).toContain('已保存为草稿')
    await chair.page.locator('#edit-status', { hasText: '草稿' }).waitFor()
    await look(chair.page, 'competition-edit-draft')
    await tapButton(chair.page, '发布')
    await confirmModal(chair.page, '发布后')
    expect(await toastText(chair.page)).toContain('已发布')
    await chair.page.locator('#edit-status', { hasText: '报名中' }).waitFor()
    await look(chair.page, 'competition-edit-published')

    // It is in the unit's list, with the organiser's links.
    await openRoute(chair.page, '/package-competition/pages/manage/index')
    const card = chair.page.locator('#manage-list .competition-card', { hasText: TITLE })
    await card.waitFor()
    expect(await card.innerText()).toContain('报名中')
    await look(chair.page, 'competition-manage')
    await card.click()
    competitionId = await idFromDetail(chair.page)
    expect(competitionId).toMatch(/^[0-9a-f]{32}$/)
    await chair.page.locator('#competition-title', { hasText: TITLE }).waitFor()
    await chair.page.getByText('主办单位管理').waitFor()
    await chair.context.close()
  })

  test('a worker finds it from the home page and signs up; the status shows at once', async () => {
    const worker = await phone('demo-worker')
    await openRoute(worker.page, '/')
    await worker.page.locator('#line-jineng').click()
    const card = worker.page.locator('#competition-list .competition-card', { hasText: TITLE })
    await card.waitFor()
    await hideLocalBadge(worker.page)
    expect(await card.innerText()).toContain('经开区工会')
    expect(await card.innerText()).toContain('共3个名额 · 剩余3个')
    await look(worker.page, 'competition-list')

    // Filters: open now and the worker's own unions list it; "mine" is empty until they sign up.
    await worker.page.locator('#filter-open').click()
    await card.waitFor()
    await worker.page.locator('#filter-my_unit').click()
    await card.waitFor()
    await worker.page.locator('#filter-mine').click()
    await worker.page.getByText('您还没有报名').waitFor()
    await look(worker.page, 'competition-list-mine-empty')
    await worker.page.locator('#filter-mine').click()
    await worker.page.locator('#tab-文体活动').click()
    await worker.page.getByText('还没有文体活动').waitFor()
    await worker.page.locator('#tab-技能比武').click()
    await card.click()

    await worker.page.locator('#competition-title', { hasText: TITLE }).waitFor()
    const page = await worker.page.locator('body').innerText()
    for (const fact of ['经开区职工技能实训中心', '全市职工都可以报名', '个人报名，需主办单位审核', '主办：经开区工会']) expect(page).toContain(fact)
    await look(worker.page, 'competition-detail')
    await tapButton(worker.page, '我要报名')
    const mine = worker.page.locator('#my-signup')
    await mine.waitFor()
    expect(await mine.innerText()).toContain('待审核')
    expect(await mine.innerText()).toContain('名额已为您保留')
    await look(worker.page, 'competition-detail-pending')

    // Two more sign up (the flow itself is above): 王五 of the same unit and 李四 of a hospital.
    for (const who of ['demo-unit-chair', 'demo-worker-2']) {
      const other = await phone(who)
      await callAs(other.context, 'competition.signup', { competitionId })
      await other.context.close()
    }
    await worker.context.close()
  })

  test('the chair turns one down with a reason and approves the others at once; the worker is told', async () => {
    const chair = await phone('demo-area-chair')
    await openRoute(chair.page, '/package-competition/pages/manage/index')
    await chair.page.locator('#manage-list .competition-card', { hasText: TITLE }).locator('.competition-manage__link', { hasText: '报名名单' }).click()
    await chair.page.locator('#signup-list .competition-signup-row').nth(2).waitFor()
    await hideLocalBadge(chair.page)
    expect(await chair.page.locator('#tab-pending').innerText()).toContain('3')
    await look(chair.page, 'competition-signups-pending')

    const wang = chair.page.locator('.competition-signup-row', { hasText: '王五' })
    await wang.locator('taro-button-core', { hasText: '不通过' }).click()
    await chair.page.locator('#reason-dialog').waitFor()
    await tapButton(chair.page, '确定不通过')
    await chair.page.locator('#reason-dialog').getByText('请填写不通过的原因').waitFor()
    await fillTextarea(chair.page, 'reason-input', '本次只限一线职工参加')
    await look(chair.page, 'competition-signups-reject')
    await tapButton(chair.page, '确定不通过')
    await wang.waitFor({ state: 'detached' })

    await chair.page.getByText('全选（2 个）').click()
    await chair.page.locator('#approve-selected').waitFor()
    await look(chair.page, 'competition-signups-batch')
    await tapButton(chair.page, '全部通过')
    // Several sign-ups at once: asked first, with the button's words.
    await confirmModal(chair.page, '通过已选的 2 个报名')
    expect(await toastText(chair.page)).toContain('已通过 2 人')
    await chair.page.getByText('没有待审核的报名').waitFor()
    await chair.page.locator('#tab-accepted').click()
    await chair.page.locator('.competition-signup-row', { hasText: '张三' }).waitFor()
    await chair.page.locator('.competition-signup-row', { hasText: '李四' }).waitFor()
    await look(chair.page, 'competition-signups-accepted')
    await chair.page.locator('#tab-rejected').click()
    await chair.page.locator('.competition-signup-row', { hasText: '原因：本次只限一线职工参加' }).waitFor()

    // The export opens a real spreadsheet (an .xlsx is a zip: it starts with "PK").
    const requested = chair.context.waitForEvent('request', (r) => /\/exports\/.+\.xlsx/.test(r.url()))
    await tapButton(chair.page, '导出名单（Excel）')
    const file = await chair.context.request.get((await requested).url())
    expect(file.ok()).toBe(true)
    expect((await file.body()).subarray(0, 2).toString()).toBe('PK')

    // WeChat would now deliver 报名审核结果通知 to the worker, who allowed it with the sign-up tap.
    const outbox = (await (await chair.context.request.get(`${BASE_URL}/local/outbox`)).json()) as Array<{ touser: string; data: Record<string, string> }>
    expect(outbox.some((m) => m.touser === 'demo-worker' && m.data.phrase2 === '已通过')).toBe(true)
    await chair.context.close()
  })

  test('the worker sees the place and the ticket; the turned-down one reads the reason', async () => {
    const worker = await phone('demo-worker')
    await openRoute(worker.page, detailRoute(competitionId))
    const mine = worker.page.locator('#my-signup')
    await mine.waitFor()
    await hideLocalBadge(worker.page)
    expect(await mine.innerText()).toContain('已获得名额')
    await look(worker.page, 'competition-detail-accepted')
    await tapButton(worker.page, '查看参赛凭证')
    await worker.page.locator('#ticket-code').waitFor()
    const code = (await worker.page.locator('#ticket-code').innerText()).replace(/\s/g, '')
    expect(code).toMatch(/^[23456789A-HJ-NP-Z]{6}$/)
    expect(await worker.page.locator('#ticket img').first().getAttribute('src')).toMatch(/^data:image\/png;base64,/)
    await look(worker.page, 'competition-ticket')
    await worker.context.close()

    const turnedDown = await phone('demo-unit-chair')
    await openRoute(turnedDown.page, detailRoute(competitionId))
    await turnedDown.page.locator('#my-signup', { hasText: '未通过' }).waitFor()
    expect(await turnedDown.page.locator('#my-signup').innerText()).toContain('原因：本次只限一线职工参加')
    await hideLocalBadge(turnedDown.page)
    await look(turnedDown.page, 'competition-detail-rejected')
    await turnedDown.context.close()

    // The chair checks the worker in by the code, typed the way people type it.
    const chair = await phone('demo-area-chair')
    await openRoute(chair.page, `/package-competition/pages/checkin/index?id=${competitionId}`)
    await chair.page.locator('#checkin-code input').waitFor()
    await hideLocalBadge(chair.page)
    await chair.page.locator('#checkin-code input').pressSequentially('222 222')
    await tapButton(chair.page, /^签到$/)
    await chair.page.locator('#checkin-result', { hasText: '签到失败' }).waitFor()
    expect(await chair.page.locator('#checkin-result').innerText()).toContain('签到码不存在，请核对')
    await look(chair.page, 'competition-checkin-fail')
    await chair.page.locator('#checkin-code input').fill('')
    await chair.page.locator('#checkin-code input').pressSequentially(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`)
    expect(await chair.page.locator('#checkin-code input').inputValue()).toBe(code)
    await tapButton(chair.page, /^签到$/)
    const ok = chair.page.locator('#checkin-result', { hasText: '签到成功' })
    await ok.waitFor()
    expect(await ok.innerText()).toContain('张三')
    expect(await ok.innerText()).toContain(JIXIE)
    await look(chair.page, 'competition-checkin-ok')
    await chair.context.close()
  })

  test('results are published once the event has started, and anyone sees them on the public page', async () => {
    const chair = await phone('demo-area-chair')
    await openRoute(chair.page, `/package-competition/pages/results/index?id=${competitionId}`)
    await chair.page.locator('#result-rows .competition-results-edit__row').nth(1).waitFor()
    await hideLocalBadge(chair.page)
    expect(await chair.page.locator('body').innerText()).toContain('开始后才能发布成绩')
    await look(chair.page, 'competition-results-early')
    await chair.page.locator('.competition-results-edit__row', { hasText: '张三' }).locator('.competition-results-edit__top').click()
    await tapButton(chair.page, /发布成绩/)
    await confirmModal(chair.page, '获奖名次')
    // The server's refusal, in its words.
    await chair.page.getByText('比赛开始后才能发布成绩', { exact: true }).waitFor()

    // The chair moves the event to earlier today (the form's pickers are exercised above; here the
    // same update is sent directly). Sign-up then lies in the past too, which the server accepts.
    const now = Date.now()
    await callAs(chair.context, 'competition.update', {
      competitionId,
      ...(await fieldsOf(chair.context, competitionId)),
      signupStartAt: now - 4 * MINUTE,
      signupEndAt: now - 3 * MINUTE,
      eventStartAt: now - 2 * MINUTE,
      eventEndAt: now + 2 * HOUR,
    })
    await openRoute(chair.page, `/package-competition/pages/results/index?id=${competitionId}`)
    await chair.page.locator('#result-rows .competition-results-edit__row').nth(1).waitFor()
    expect(await chair.page.locator('body').innerText()).not.toContain('开始后才能发布成绩')
    await chair.page.locator('.competition-results-edit__row', { hasText: '张三' }).locator('.competition-results-edit__top').click()
    await chair.page.locator('.competition-results-edit__row', { hasText: '李四' }).locator('.competition-results-edit__top').click()
    // Picked in order: first and second, with the awards those places suggest.
    expect(await chair.page.locator('.competition-results-edit__row', { hasText: '李四' }).locator('.competition-choice__item--on').innerText()).toBe('二等奖')
    await look(chair.page, 'competition-results')
    await tapButton(chair.page, /发布成绩/)
    await confirmModal(chair.page, '获奖名次')
    expect(await toastText(chair.page)).toContain('成绩已发布')
    await chair.context.close()

    // Someone who has never used the app, e.g. from a card shared into a group chat.
    const visitor = await phone()
    await openRoute(visitor.page, detailRoute(competitionId))
    const results = visitor.page.locator('#results')
    await results.waitFor()
    await hideLocalBadge(visitor.page)
    const rows = await results.locator('.competition-results__row').allInnerTexts()
    expect(rows[0]).toContain('张三')
    expect(rows[0]).toContain('一等奖')
    expect(rows[0]).toContain(JIXIE)
    expect(rows[1]).toContain('李四')
    expect(rows[1]).toContain('二等奖')
    const text = await visitor.page.locator('body').innerText()
    expect(text).toContain('已结束')
    expect(text).not.toContain('我的报名')
    expect(text).not.toContain('主办单位管理')
    await look(visitor.page, 'competition-detail-results')
    await visitor.context.close()
  })

  test('我的报名 lists it with the outcome; the list filter finds it', async () => {
    const worker = await phone('demo-worker')
    await openRoute(worker.page, '/pages/me/index')
    await tapText(worker.page, '我的报名')
    const card = worker.page.locator('#my-signups .competition-card', { hasText: TITLE })
    await card.waitFor()
    await hideLocalBadge(worker.page)
    // The results are out: the winner reads the award, not the words for an event still to come.
    const outcome = await card.innerText()
    expect(outcome).toContain('恭喜您获得一等奖')
    expect(outcome).not.toContain('请按时参加')
    await look(worker.page, 'competition-mine')
    await openRoute(worker.page, '/pages/competition/index')
    await worker.page.locator('#filter-mine').click()
    await worker.page.locator('#competition-list .competition-card', { hasText: TITLE }).waitFor()
    await worker.context.close()
  })

  test('the city union sees which industry and township unions have run fewer than 3', async () => {
    const admin = await phone('demo-city-admin')
    await openRoute(admin.page, '/pages/me/index')
    await tapText(admin.page, '竞赛进度')
    await admin.page.locator('#progress-list').waitFor()
    await hideLocalBadge(admin.page)
    const jkq = admin.page.locator('.competition-progress-row', { hasText: '经开区工会' })
    expect(await jkq.innerText()).toContain('还差 2 场')
    expect(await jkq.getAttribute('class')).toContain('competition-progress-row--behind')
    expect(await admin.page.locator('#progress-summary').innerText()).toContain('未达标')
    await look(admin.page, 'competition-progress')
    await admin.context.close()
  })
})

describe('teams, withdrawing, cancelling, the profile gate', () => {
  test('a captain signs up a team of colleagues, then withdraws it', async () => {
    const chair = await phone('demo-area-chair')
    const id = await published(chair.context, { mode: 'team', teamMin: 2, teamMax: 3 })
    await chair.context.close()

    const worker = await phone('demo-worker')
    await openRoute(worker.page, detailRoute(id))
    await worker.page.locator('#competition-title').waitFor()
    await hideLocalBadge(worker.page)
    await tapButton(worker.page, '组队报名')
    const sheet = worker.page.locator('#team-sheet')
    await sheet.waitFor()
    // Sent incomplete, the sheet says what is missing instead.
    await tapButton(worker.page, '提交报名')
    await sheet.getByText('请填写队名（2 到 20 个字）').waitFor()
    await fillInput(worker.page, 'team-name', '机加车间一队')
    await tapButton(worker.page, '提交报名')
    await sheet.getByText('还要再选 1 名队员').waitFor()
    await fillInput(worker.page, 'teammate-search', '王')
    await sheet.locator('taro-button-core', { hasText: '查找' }).click()
    const wang = sheet.locator('.competition-team__person', { hasText: '王五' })
    await wang.waitFor()
    // Only colleagues of the captain's own unit are offered.
    expect(await sheet.locator('#teammates').innerText()).not.toContain('李四')
    await wang.click()
    await sheet.locator('#team-picked', { hasText: '王五' }).waitFor()
    await look(worker.page, 'competition-team-sheet')
    await tapButton(worker.page, '提交报名')
    await sheet.waitFor({ state: 'detached' })
    const mine = worker.page.locator('#my-signup')
    await mine.waitFor()
    expect(await mine.innerText()).toContain('已获得名额')
    expect(await mine.innerText()).toContain('队名：机加车间一队')
    expect(await mine.innerText()).toContain('王五')
    await look(worker.page, 'competition-detail-team')

    await tapButton(worker.page, '取消报名')
    await confirmModal(worker.page, '整支队伍')
    await mine.locator('.status-tag', { hasText: '已取消' }).waitFor()
    await worker.page.locator('#signup-button').waitFor()
    await look(worker.page, 'competition-detail-withdrawn')
    await worker.context.close()
  })

  test('an organiser cancels a competition with a reason, which its page then shows', async () => {
    const chair = await phone('demo-area-chair')
    const id = await published(chair.context, { title: '职工篮球友谊赛', needsApproval: true })
    await openRoute(chair.page, `/package-competition/pages/edit/index?id=${id}`)
    await chair.page.locator('#cancel-competition').waitFor()
    await hideLocalBadge(chair.page)
    await tapButton(chair.page, '取消竞赛')
    await chair.page.locator('#reason-dialog').waitFor()
    await chair.page.locator('#reason-dialog .reason-dialog__chip', { hasText: '报名人数不足' }).click()
    await look(chair.page, 'competition-edit-cancel')
    await tapButton(chair.page, '确定取消竞赛')
    expect(await toastText(chair.page)).toContain('已取消竞赛')
    await chair.page.locator('#edit-status', { hasText: '已取消' }).waitFor()
    await chair.context.close()

    const worker = await phone('demo-worker')
    await openRoute(worker.page, detailRoute(id))
    await worker.page.getByText('该竞赛已取消').waitFor()
    expect(await worker.page.locator('body').innerText()).toContain('原因：报名人数不足')
    expect(await worker.page.locator('#signup-button').count()).toBe(0)
    await hideLocalBadge(worker.page)
    await look(worker.page, 'competition-detail-cancelled')
    await worker.context.close()
  })

  test('someone new who taps 我要报名 fills in their profile first', async () => {
    const chair = await phone('demo-area-chair')
    const id = await published(chair.context, { title: '新生代农民工电工技能培训', category: '技能培训', eligibility: 'city' })
    await chair.context.close()

    const visitor = await phone()
    await openRoute(visitor.page, detailRoute(id))
    await visitor.page.locator('#signup-button').waitFor()
    await hideLocalBadge(visitor.page)
    expect(await visitor.page.locator('#action-bar').innerText()).toContain('第一次报名，要先填写姓名并加入所在单位')
    await look(visitor.page, 'competition-detail-visitor')
    await tapButton(visitor.page, '我要报名')
    await visitor.page.locator('#privacy-sheet').waitFor()
    const url = decodeURIComponent(visitor.page.url())
    expect(url).toContain('/pages/profile/index')
    expect(url).toContain(`redirect=/pages/competition/detail?id=${id}`)
    await visitor.context.close()
  })
})
