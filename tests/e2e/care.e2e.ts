// 展工会爱心 in the browser, end to end at 375 px: a unit chair records a visit from 我的 in a few large
// steps, picking the member visited by the start of the name; the city's care officer sees the home count rise, and the chair's entry in the access log (whose
// chain verifies); a worker and a judge find nothing: no entry on 我的, an empty page at the address,
// and the action refused. Screens are saved under tests/e2e/screenshots/care-*.png.
import type { BrowserContext, Page } from 'playwright-core'
import { BASE_URL, close, launch, phone } from './browser'
import { callAs, fillInput, fillTextarea, look, openRoute, tapButton } from './app'

beforeAll(launch)
afterAll(close)

async function api(
  context: BrowserContext,
  action: string,
  input: Record<string, unknown>,
): Promise<{ ok: boolean; data?: unknown; error?: { code: string } }> {
  const res = await context.request.post(`${BASE_URL}/api/${action.split('.')[0]}`, { data: { action, input } })
  return res.json()
}

async function hardshipCount(context: BrowserContext): Promise<number> {
  const home = (await callAs(context, 'campaign.home', {})) as { targets: Array<{ key: string; count: number }> }
  return home.targets.find((t) => t.key === 'hardshipVisits')!.count
}

async function staffEntriesOn(page: Page): Promise<string> {
  await openRoute(page, '/pages/me/index')
  await page.getByText('隐私保护指引').waitFor()
  return page.locator('body').innerText()
}

test('a unit chair records a visit; the city sees the count rise and the log entry; a worker and a judge find nothing', async () => {
  // The city admin makes themself the city's care officer (the roles page does the same through org.grantRole).
  const city = await phone('demo-city-admin')
  const granted = await api(city.context, 'org.grantRole', { userId: 'user-demo-city-admin', role: 'care_officer', unitId: 'u-city' })
  expect(granted.ok || granted.error?.code === 'ROLE.ALREADY_HELD').toBe(true)
  const before = await hardshipCount(city.context)

  // 1. The chair: 我的 → 走访慰问 → 登记走访, the form, saved.
  const chair = await phone('demo-unit-chair')
  expect(await staffEntriesOn(chair.page)).toContain('走访慰问')
  await chair.page.getByText('走访慰问', { exact: true }).first().click()
  await chair.page.locator('#care-visits').waitFor()
  await chair.page.getByText('还没有走访记录').waitFor()
  await look(chair.page, 'care-visits-empty')
  await tapButton(chair.page, '登记走访')
  await chair.page.locator('#care-form').waitFor()
  await look(chair.page, 'care-form-empty')
  // Saving at once shows what is missing, field by field.
  await tapButton(chair.page, '保存走访记录')
  await chair.page.getByText('请按提示修改后再提交').waitFor()
  expect(await chair.page.locator('#care-form').innerText()).toContain('请选择走访对象类别')
  await chair.page.locator('#care-category-hardship').click()
  expect(await chair.page.locator('#care-form').innerText()).toContain('请查找并选择走访对象')
  // The person: a member of the unit, found by the start of the name and picked.
  await fillInput(chair.page, 'care-pick-keyword', '张')
  await tapButton(chair.page, '查找')
  await chair.page.locator('#care-pick-user-demo-worker').waitFor()
  await look(chair.page, 'care-form-picker')
  await chair.page.locator('#care-pick-user-demo-worker').click()
  await chair.page.locator('#care-picked').waitFor()
  expect(await chair.page.locator('#care-picked').innerText()).toContain('张三')
  await chair.page.locator('#care-difficulties-illness').click()
  await chair.page.locator('#care-difficulties-lowIncome').click()
  await fillTextarea(chair.page, 'care-note', '妻子住院治疗，家中两个孩子上学')
  await chair.page.locator('#care-help-money').click()
  await fillInput(chair.page, 'care-amount', '2000')
  await chair.page.locator('#care-basis-writtenConsent').click()
  await look(chair.page, 'care-form-filled')
  await tapButton(chair.page, '保存走访记录')
  await chair.page.locator('#care-saved').waitFor()
  expect(await chair.page.locator('#care-saved').innerText()).toContain('已计入目标')
  await look(chair.page, 'care-saved')
  await tapButton(chair.page, '查看这条记录')
  await chair.page.locator('#care-visit-name').waitFor()
  const detail = await chair.page.locator('#care-visit').innerText()
  expect(detail).toContain('张三')
  expect(detail).toContain('妻子住院治疗')
  await look(chair.page, 'care-visit-own')

  // 2. The city: the count rose by one; the list masks the name; the log names the chair's visit.
  expect(await hardshipCount(city.context)).toBe(before + 1)
  await openRoute(city.page, '/pages/index/index')
  await city.page.getByText('帮扶千名困难职工').waitFor()
  const target = city.page.locator('.target-progress', { hasText: '帮扶千名困难职工' })
  expect(await target.locator('.target-progress__count').innerText()).toBe(String(before + 1))
  expect(await staffEntriesOn(city.page)).toContain('走访访问日志')
  await openRoute(city.page, '/package-care/pages/visits/index')
  await city.page.locator('.care-row__name').first().waitFor()
  expect(await city.page.locator('#care-visits').innerText()).toContain('张*')
  expect(await city.page.locator('#care-visits').innerText()).not.toContain('张三')
  await look(city.page, 'care-visits-city-masked')
  await openRoute(city.page, '/package-care/pages/log/index')
  await city.page.locator('.care-log-row').first().waitFor()
  const log = await city.page.locator('#care-log').innerText()
  expect(log).toMatch(/王五 登记走访 · 1 条记录/)
  expect(log).not.toContain('张三')
  await tapButton(city.page, '校验日志完整性')
  await city.page.locator('#care-verified').waitFor()
  expect(await city.page.locator('#care-verified').innerText()).toMatch(/日志完整/)
  await look(city.page, 'care-log-city')

  // 3. A worker and a judge: nothing on 我的, nothing at the address, the action refused. (李四: the other
  // suites share this server, and one of them appoints 张三 a unit chair.)
  for (const openid of ['demo-worker-2', 'demo-judge']) {
    const p = await phone(openid)
    const me = await staffEntriesOn(p.page)
    expect(me).not.toContain('走访慰问')
    expect(me).not.toContain('走访访问日志')
    await openRoute(p.page, '/package-care/pages/visits/index')
    await p.page.getByText('您没有可查看的走访记录').waitFor()
    expect(await p.page.locator('body').innerText()).not.toContain('张三')
    if (openid === 'demo-worker-2') await look(p.page, 'care-worker-nothing')
    const res = await api(p.context, 'care.visits', { unitId: 'u-city' })
    expect(res.error?.code).toBe('AUTH.FORBIDDEN')
    await p.context.close()
  }
  // …and their attempts are in the log the city reviews.
  const entries = (await callAs(city.context, 'care.accessLog', {})) as { items: Array<{ actor: { openid: string | null }; outcome: string }> }
  expect(entries.items.filter((e) => e.outcome === 'AUTH.FORBIDDEN').map((e) => e.actor.openid)).toEqual(
    expect.arrayContaining(['demo-worker-2', 'demo-judge']),
  )
  await chair.context.close()
  await city.context.close()
}, 180000)
