// Golden ideas in the browser, end to end: a worker writes an idea (a similar one already under
// evaluation shows up while typing) and submits it with a photo; the unit chair forwards it; the city
// union forms a panel and hands it over; two judges score it blind; the city adopts it with an award;
// and anyone, signed in or not, finds it on the public showcase. Every screen is checked at 375 px and
// saved under tests/e2e/screenshots/ideas-*.png.
import type { BrowserContext } from 'playwright-core'
import type { ActionName, InputOf, OutputOf } from '../../types/actions/index'
import type { Result } from '../../types/errors'
import { BASE_URL, close, launch, phone } from './browser'
import { avatarPng, confirmModal, fillInput, fillTextarea, hideLocalBadge, look, openRoute, tapButton, toastText } from './app'

beforeAll(launch)
afterAll(close)

const TITLE = '空压机余热回收给职工浴室供热水'

/** Calls an action the way the app does, as the identity of `context` (its sign-in cookie). */
async function api<N extends ActionName>(context: BrowserContext, action: N, input: InputOf<N>): Promise<Result<OutputOf<N>>> {
  const res = await context.request.post(`${BASE_URL}/api/${action.split('.')[0]}`, { data: { action, input } })
  return res.json()
}

test('a worker’s idea goes through the unit, two blind judges and the city, onto the public showcase', async () => {
  // Setup through the API, as the city admin would do it on the roles page: 李四 becomes the second
  // judge, and an idea much like the one about to be written is already under evaluation.
  const setup = await phone('demo-city-admin')
  const granted = await api(setup.context, 'org.grantRole', { userId: 'user-demo-worker-2', role: 'judge', unitId: 'u-city' })
  expect(granted.ok || granted.error?.code === 'ROLE.ALREADY_HELD').toBe(true)
  const other = await phone('demo-worker-2')
  const earlier = await api(other.context, 'ideas.submit', {
    type: '合理化建议',
    title: '利用空压机散热加热洗澡水',
    problem: '冬天浴室的电热水器耗电很大，而动力站空压机的热量直接排到了室外。',
    proposal: '加装余热回收装置，把空压机冷却油的热量换给生活用水，替代电热水器。',
    benefit: '节约电费。',
  })
  if (!earlier.ok) throw new Error(`ideas.submit failed: ${earlier.error.code}`)
  expect((await api(setup.context, 'ideas.decide', { ideaId: earlier.data.id, decision: 'forward' })).ok).toBe(true)
  await other.context.close()

  // 1. The worker opens the showcase and writes an idea.
  const worker = await phone('demo-worker')
  await openRoute(worker.page, '/pages/ideas/index')
  await worker.page.locator('#idea-counts').waitFor()
  await look(worker.page, 'ideas-showcase-empty')
  await tapButton(worker.page, '我要提金点子')
  await worker.page.locator('#idea-title input').waitFor()
  await hideLocalBadge(worker.page)
  await worker.page.locator('#idea-type .ideas-chip', { hasText: '技术革新' }).click()
  await fillInput(worker.page, 'idea-title', TITLE)
  await fillTextarea(worker.page, 'idea-problem', '车间空压机运行时散发大量热量，白白浪费，职工浴室却要用电烧热水。')
  // While typing: the similar idea already under evaluation, without its author.
  const hint = worker.page.locator('#idea-similar')
  await hint.locator('.idea-similar__name', { hasText: '利用空压机散热加热洗澡水' }).waitFor()
  expect(await hint.innerText()).not.toContain('李四')
  // Leaving the page (here: the app closed and opened again) keeps what was typed.
  await worker.page.goto(`${BASE_URL}/#/package-ideas/pages/submit/index`)
  await worker.page.reload()
  await hideLocalBadge(worker.page)
  await worker.page.getByText('已为您恢复上次没写完的内容').waitFor()
  expect(await worker.page.locator('#idea-title input').inputValue()).toBe(TITLE)
  await hint.locator('.idea-similar__name', { hasText: '利用空压机散热加热洗澡水' }).waitFor()
  await look(worker.page, 'ideas-submit-similar')
  // Too short a proposal is caught before sending.
  await fillTextarea(worker.page, 'idea-proposal', '加装')
  await fillTextarea(worker.page, 'idea-benefit', '每年节约电费约八万元，冬天职工洗澡有热水。')
  await tapButton(worker.page, '提交给单位工会')
  await worker.page.getByText('改进办法至少 10 个字').waitFor()
  await fillTextarea(worker.page, 'idea-proposal', '在空压机油路上加装板式换热器，把余热用来加热浴室用水，夏天多余的热量照常排掉。')
  await fillInput(worker.page, 'idea-savings', '80000')
  // The pinned action bar covers the bottom of the screen: bring the tile to the middle first, as a
  // person scrolls before tapping.
  await worker.page.locator('#idea-images-add').evaluate((el) => el.scrollIntoView({ block: 'center' }))
  const chooser = worker.page.waitForEvent('filechooser')
  await worker.page.locator('#idea-images-add').click()
  await (await chooser).setFiles({ name: 'site.png', mimeType: 'image/png', buffer: avatarPng() })
  await worker.page.locator('#idea-images .image-picker__tile--done').first().waitFor()
  await look(worker.page, 'ideas-submit-filled')
  await tapButton(worker.page, '提交给单位工会')
  await worker.page.locator('#my-idea').getByText('已提交，等待单位工会审核').waitFor()
  await look(worker.page, 'ideas-mine-submitted')

  // 2. The unit chair forwards it; the similar idea is shown beside it.
  const chair = await phone('demo-unit-chair')
  await openRoute(chair.page, '/package-ideas/pages/review/index')
  await chair.page.locator('#review-queue .ideas-row', { hasText: TITLE }).waitFor()
  await hideLocalBadge(chair.page)
  await look(chair.page, 'ideas-review-queue')
  await chair.page.locator('#review-queue .ideas-row', { hasText: TITLE }).click()
  await chair.page.locator('#review-idea').getByText('张三').first().waitFor()
  // Reloaded so the page is alone on the stack (whole-page screenshots measure the first page).
  await chair.page.reload()
  await chair.page.locator('#review-idea').getByText('张三').first().waitFor()
  await hideLocalBadge(chair.page)
  await chair.page.locator('#idea-similar', { hasText: '利用空压机散热加热洗澡水' }).waitFor()
  await look(chair.page, 'ideas-review-detail')
  await tapButton(chair.page, '转送评审')
  await confirmModal(chair.page, '转送市总工会')
  expect(await toastText(chair.page)).toContain('已转送评审')
  await chair.context.close()

  // 3. The city union forms a panel of the two judges and hands the idea over.
  const city = setup
  await openRoute(city.page, '/package-ideas/pages/city/index')
  await city.page.locator('#tab-panels').click()
  await tapButton(city.page, '新建评审组')
  await city.page.locator('#panel-name input').waitFor()
  await fillInput(city.page, 'panel-name', '第一评审组')
  await city.page.locator('#panel-sheet .ideas-person', { hasText: '钱七' }).click()
  await city.page.locator('#panel-sheet .ideas-person', { hasText: '李四' }).click()
  await look(city.page, 'ideas-city-panel')
  await tapButton(city.page, /保存（已选 2 位）/)
  await city.page.locator('#panels .ideas-row', { hasText: '第一评审组' }).waitFor()
  await city.page.locator('#tab-forwarded').click()
  const row = city.page.locator('#city-forwarded .ideas-row', { hasText: TITLE })
  await row.locator('.idea-city__hit').click()
  await look(city.page, 'ideas-city-assign')
  await tapButton(city.page, /轮流分配/)
  expect(await toastText(city.page)).toContain('已分配')

  // 4. Two judges score it, blind: no author, no unit, no other judge's score before their own.
  const scores: Array<[string, number, number, number, string]> = [
    ['demo-judge', 3, 2, 3, '余热回收思路清楚，投入不大，值得推广。'],
    ['demo-worker-2', 2, 1, 2, '可行，建议先在一个浴室试点。'],
  ]
  for (const [judge, plusInnovation, plusFeasibility, plusBenefit, comment] of scores) {
    const j = await phone(judge)
    await openRoute(j.page, '/package-ideas/pages/judge/index')
    await j.page.locator('#judge-queue .ideas-row', { hasText: TITLE }).click()
    await j.page.locator('#score-form').waitFor()
    await j.page.reload()
    await j.page.locator('#score-form').waitFor()
    await hideLocalBadge(j.page)
    const text = await j.page.locator('body').innerText()
    for (const hidden of ['张三', '张师傅', '华中机械', '经开区']) expect(text).not.toContain(hidden)
    expect(text).not.toContain('平均')
    // Each stepper starts empty; the first + makes it 5.
    for (const [key, times] of [
      ['innovation', plusInnovation],
      ['feasibility', plusFeasibility],
      ['benefit', plusBenefit],
    ] as const) {
      for (let i = 0; i < times; i++) await j.page.locator(`#score-${key} .idea-score-input__step`).nth(1).click()
    }
    await fillTextarea(j.page, 'score-comment', comment)
    if (judge === 'demo-judge') await look(j.page, 'ideas-judge-scoring')
    await tapButton(j.page, '提交评分')
    await confirmModal(j.page, '提交后不能修改')
    await j.page.locator('#my-score').waitFor()
    if (judge === 'demo-worker-2') {
      expect(await j.page.locator('#my-score').innerText()).toContain('已有 2 位专家打分')
      await look(j.page, 'ideas-judge-scored')
    }
    await j.context.close()
  }

  // 5. The city adopts it with an award: 7·4+6·3+7·3 = 67 and 6·4+5·3+6·3 = 57 → mean 62, spread 10.
  await openRoute(city.page, '/package-ideas/pages/city/index')
  await city.page.locator('#tab-reviewing').click()
  await city.page.locator('#city-reviewing .ideas-row', { hasText: TITLE }).locator('.ideas-row__title').click()
  await city.page.locator('#city-scores', { hasText: '平均 62 分' }).waitFor()
  await city.page.reload()
  await city.page.locator('#city-scores', { hasText: '平均 62 分' }).waitFor()
  expect(await city.page.locator('#city-scores').innerText()).toContain('相差 10')
  await hideLocalBadge(city.page)
  await look(city.page, 'ideas-city-detail')
  await city.page.locator('#adopt-idea').click()
  await city.page.locator('#award-sheet .ideas-chip', { hasText: '一等奖' }).click()
  // Adopting publishes it: the tap asks first, with the verb of the button that opened the sheet.
  const ask = city.page.locator('.taro__modal .taro-modal__content')
  await ask.waitFor({ state: 'visible' })
  expect(await ask.innerText()).toContain('并评为一等奖')
  expect(await ask.locator('.taro-model__confirm').innerText()).toBe('采纳')
  await look(city.page, 'journey-adopt-confirm')
  await confirmModal(city.page, '采纳')
  expect(await toastText(city.page)).toContain('已采纳')
  await city.page.locator('#city-idea .ideas-tag--award', { hasText: '一等奖' }).waitFor()
  await city.context.close()

  // 6. Anyone opening the shared showcase sees it, with author, unit and award.
  const visitor = await phone()
  await openRoute(visitor.page, '/pages/ideas/index')
  const card = visitor.page.locator('#showcase-list .idea-card', { hasText: TITLE })
  await card.waitFor()
  const cardText = await card.innerText()
  for (const shown of ['一等奖', '张三', '华中机械制造有限公司工会', '技术革新']) expect(cardText).toContain(shown)
  expect(await visitor.page.locator('#idea-counts').innerText()).toMatch(/已采纳/)
  await look(visitor.page, 'ideas-showcase')
  await card.click()
  await visitor.page.locator('#showcase-idea').getByText('由市总工会采纳').waitFor()
  const page = await visitor.page.locator('#showcase-idea').innerText()
  expect(page).toContain('80,000 元')
  expect(page).not.toMatch(/评分|评语|钱七|李四/)
  await look(visitor.page, 'ideas-showcase-detail')
  // From the showcase, 我的 · 审核评审 leads a newcomer to writing; no staff work is offered to them.
  await openRoute(visitor.page, '/pages/ideas/index')
  await tapButton(visitor.page, '我的 · 审核评审')
  await visitor.page.locator('#write-idea').waitFor()
  for (const hidden of ['单位审核', '专家评审', '市总评审管理']) expect(await visitor.page.locator('body').innerText()).not.toContain(hidden)
  await visitor.page.reload()
  await visitor.page.locator('#write-idea').waitFor()
  await hideLocalBadge(visitor.page)
  await look(visitor.page, 'ideas-hub')
  // Writing asks a newcomer for their name and unit first, then comes back.
  await tapButton(visitor.page, '写一条金点子')
  await visitor.page.getByText('先完善个人资料').waitFor()
  await look(visitor.page, 'ideas-submit-profile-gate')
  await visitor.context.close()

  // 7. The worker sees the outcome in 我的金点子.
  await openRoute(worker.page, '/package-ideas/pages/mine/index')
  await worker.page.locator('#my-ideas .ideas-row', { hasText: TITLE }).getByText('一等奖').waitFor()
  await look(worker.page, 'ideas-mine-adopted')

  await worker.context.close()
})
