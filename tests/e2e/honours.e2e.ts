// 展职工风采 in the browser, end to end at 375 px: the city gives places to 经开区, which gives some to
// 华中机械; its chair nominates a worker (paper consent); 经开区 forwards and the city passes the
// nomination; the city publishes the notice (公示); another worker objects from the public notice; the
// city dismisses the objection. Then the public pages: the notice without the objection, the story column
// and the certificate check. Every screen is checked at 375 px and saved under
// tests/e2e/screenshots/honours-*.png.
//
// Commendation waits for the notice to run out (at least 5 days, HONOUR_LIMITS.noticeDays): the local
// server has no clock to move, so this suite checks that the city is told so and stops there; the
// compiled suites (tests/compiled/honours-*.test.ts) cover the pages after the commendation.
import type { BrowserContext } from 'playwright-core'
import type { ActionName, InputOf, OutputOf } from '../../types/actions/index'
import type { Result } from '../../types/errors'
import { BASE_URL, close, launch, phone } from './browser'
import { confirmModal, fillInput, fillTextarea, hideLocalBadge, look, openRoute, tapButton, toastText } from './app'

beforeAll(launch)
afterAll(close)

const NAME = '欧阳明'
const DEEDS = '扎根装配一线十八年，牵头攻克齿轮箱装配精度难题，装配一次合格率由百分之九十二提高到百分之九十九点五，带出高级工十二名，连续五年获评公司先进个人。'
const OBJECTION = '听说他的攻关成果是班组集体完成的，请核实是否属实。'

async function api<N extends ActionName>(context: BrowserContext, action: N, input: InputOf<N>): Promise<Result<OutputOf<N>>> {
  const res = await context.request.post(`${BASE_URL}/api/${action.split('.')[0]}`, { data: { action, input } })
  return res.json()
}

test('a chair nominates, the tree forwards, the city publishes the notice, an objection is dismissed', async () => {
  // 1. The city gives 经开区 its places on the quotas page.
  const city = await phone('demo-city-admin')
  await openRoute(city.page, '/package-honours/pages/quotas/index')
  await city.page.locator('#quota-rows').waitFor()
  await fillInput(city.page, 'quota-u-jkq', '6')
  await city.page.locator('#quota-total', { hasText: '已分配 6' }).waitFor()
  await look(city.page, 'honours-quotas-city')
  await city.page.locator('#quota-save').click()
  expect(await toastText(city.page)).toContain('名额已保存')

  // 2. 经开区 gives 华中机械 three of them.
  const area = await phone('demo-area-chair')
  await openRoute(area.page, '/package-honours/pages/quotas/index')
  await area.page.locator('#quota-total', { hasText: '本级名额 6 名' }).waitFor()
  await fillInput(area.page, 'quota-u-jkq-jixie', '3')
  await look(area.page, 'honours-quotas-area')
  await area.page.locator('#quota-save').click()
  expect(await toastText(area.page)).toContain('名额已保存')

  // 3. 华中机械's chair nominates a worker who is not in the app yet, with paper consent.
  const chair = await phone('demo-unit-chair')
  await openRoute(chair.page, '/package-honours/pages/nominations/index')
  await chair.page.locator('#quota-line', { hasText: '已用 0 / 共 3 名' }).waitFor()
  await look(chair.page, 'honours-nominations-empty')
  await chair.page.locator('#nominate-new').click()
  await chair.page.locator('#nominate-form').waitFor()
  await hideLocalBadge(chair.page)
  await fillInput(chair.page, 'nominee-name', NAME)
  await fillInput(chair.page, 'nominee-job', '装配钳工')
  await chair.page.locator('#nominate-form .hon__choice', { hasText: '工匠能手' }).click()
  await fillTextarea(chair.page, 'nominee-deeds', DEEDS)
  await chair.page.locator('#paper-consent').click()
  await look(chair.page, 'honours-nominate-form')
  await chair.page.locator('#nominate-submit').click()
  expect(await toastText(chair.page)).toContain('已提交')
  await chair.page.locator('#quota-line', { hasText: '已用 1 / 共 3 名' }).waitFor()
  await chair.page.getByText('审核中').first().waitFor()
  await look(chair.page, 'honours-nominations')

  // 4. 经开区 forwards it to the city.
  await openRoute(area.page, '/package-honours/pages/review/index')
  await area.page.locator('#review-list').getByText(NAME).waitFor()
  await look(area.page, 'honours-review-area')
  await tapButton(area.page, '同意上报')
  await confirmModal(area.page)
  expect(await toastText(area.page)).toContain('已上报')

  // 5. The city passes it for the notice and publishes the notice for the default 5 days.
  await openRoute(city.page, '/package-honours/pages/review/index')
  await city.page.locator('#review-list').getByText(NAME).waitFor()
  await look(city.page, 'honours-review-city')
  await tapButton(city.page, '通过，列入公示')
  await confirmModal(city.page)
  expect(await toastText(city.page)).toContain('已通过')
  await openRoute(city.page, '/package-honours/pages/city/index')
  await city.page.locator('#notice-publish').waitFor()
  expect(await city.page.locator('#notice-days input').inputValue()).toBe('5')
  await look(city.page, 'honours-city-publish')
  await city.page.locator('#notice-publish').click()
  await confirmModal(city.page)
  expect(await toastText(city.page)).toMatch(/已公示 \d+ 人/)
  await city.page.locator('#notice-state', { hasText: '（公示中）' }).waitFor()

  // 6. Another worker objects from the public notice; the reason is never public.
  const other = await phone('demo-worker-2')
  await openRoute(other.page, '/package-honours/pages/notice/index')
  const line = other.page.locator('.notice__line', { hasText: NAME })
  await line.waitFor()
  expect(await line.innerText()).not.toContain('齿轮箱')
  await look(other.page, 'honours-notice')
  await line.getByText('提出异议').click()
  await other.page.locator('#reason-dialog').waitFor()
  await fillTextarea(other.page, 'reason-input', OBJECTION)
  await look(other.page, 'honours-notice-object')
  await tapButton(other.page, '提交异议')
  expect(await toastText(other.page)).toContain('已提交')

  // 7. The city reads it (with the nominee, never shown to them) and dismisses it with its finding.
  await openRoute(city.page, '/package-honours/pages/city/index')
  await city.page.locator('.seg-tabs__tab', { hasText: '异议' }).first().click()
  const objection = city.page.locator('#objection-list .hon__card', { hasText: NAME })
  await objection.waitFor()
  expect(await objection.innerText()).toContain(OBJECTION)
  await look(city.page, 'honours-city-objections')
  await tapButton(city.page, '异议不成立')
  await city.page.locator('#reason-dialog').waitFor()
  await fillTextarea(city.page, 'reason-input', '经核实，攻关项目由其牵头完成')
  await tapButton(city.page, '确定异议不成立')
  expect(await toastText(city.page)).toContain('已处理')
  await city.page.locator('#objection-list .hon__card', { hasText: NAME }).waitFor({ state: 'detached' })

  // 8. Commendation waits for the notice to end: the page does not offer it, the action says so.
  await openRoute(city.page, '/package-honours/pages/city/index')
  await city.page.locator('#notice-state', { hasText: '（公示中）' }).waitFor()
  expect(await city.page.locator('#commend').count()).toBe(0)
  const early = await api(city.context, 'honours.commend', {})
  expect(early.ok ? '' : early.error.code).toBe('HONOUR.NOTICE_RUNNING')

  // 9. The public pages for someone with no profile: the notice, the story column, the certificate check.
  const stranger = await phone('someone-who-opened-a-card')
  await openRoute(stranger.page, '/package-honours/pages/notice/index')
  await stranger.page.locator('.notice__line', { hasText: NAME }).waitFor()
  expect(await stranger.page.locator('body').innerText()).not.toContain(OBJECTION)
  await openRoute(stranger.page, '/package-honours/pages/stories/index')
  await stranger.page.locator('.hon__title', { hasText: '匠心筑梦' }).waitFor()
  await look(stranger.page, 'honours-stories')
  await openRoute(stranger.page, '/package-honours/pages/verify/index?no=2027-0001-K7QM')
  await stranger.page.locator('#verify-result').waitFor()
  expect(await stranger.page.locator('#verify-result').innerText()).toContain('查无此证书')
  await look(stranger.page, 'honours-verify-unknown')

  // 10. From the home page, 展职工风采 opens the story column.
  await openRoute(stranger.page, '/pages/index/index')
  await stranger.page.locator('#line-fengcai').click()
  await stranger.page.locator('.hon__muted', { hasText: '市总工会讲述百名先进职工的奋斗故事' }).waitFor()

  for (const c of [city, area, chair, other, stranger]) await c.context.close()
})
