// Unit summary reports (R9) in the browser, end to end at 375 px: the city sees 华中机械 among the units
// that have not submitted; its chair opens 我的 → 工作总结, finds the draft made from the unit's figures,
// adds two photos and submits; the city sees the unit move from 未提交 to 已提交, reads the report with
// its photos, and reminds another unit (once a day: the row then says so). Screens are saved under
// tests/e2e/screenshots/reports-*.png.
import type { Page } from 'playwright-core'
import { close, launch, phone } from './browser'
import { avatarPng, look, openRoute, tapButton } from './app'

beforeAll(launch)
afterAll(close)

const STATUS = '/package-command/pages/report-status/index'
const JIXIE = '华中机械制造有限公司工会'

async function openTab(page: Page, label: '已提交' | '未提交' | '逾期提交'): Promise<void> {
  await page.locator('#report-status').getByText(label, { exact: false }).first().click()
}

test('a unit chair submits the summary with photos; the city sees the unit move from missing to submitted and reminds another', async () => {
  // 1. The city: 华中机械 is among the units that have not submitted.
  const city = await phone('demo-city-admin')
  await openRoute(city.page, STATUS)
  await city.page.locator('#report-row-u-jkq-jixie').waitFor()
  expect(await city.page.locator('#report-counts').innerText()).toMatch(/未提交 \d+/)
  await look(city.page, 'reports-status-missing')

  // 2. The chair: 我的 → 工作总结, the prefilled draft, two photos, submitted.
  const chair = await phone('demo-unit-chair')
  await openRoute(chair.page, '/pages/me/index')
  await chair.page.getByText('工作总结', { exact: true }).first().click()
  await chair.page.locator('#report-mine').waitFor()
  await chair.page.locator('#report-figures').waitFor()
  expect(await chair.page.locator('#report-body textarea').inputValue()).toContain('会员人数')
  await look(chair.page, 'reports-mine-draft')
  await chair.page.locator('#report-photos-picker-add').evaluate((el) => el.scrollIntoView({ block: 'center' }))
  const chooser = chair.page.waitForEvent('filechooser')
  await chair.page.locator('#report-photos-picker-add').click()
  await (
    await chooser
  ).setFiles([
    { name: 'meeting.png', mimeType: 'image/png', buffer: avatarPng() },
    { name: 'contest.png', mimeType: 'image/png', buffer: avatarPng() },
  ])
  await chair.page.locator('#report-photos-picker .image-picker__tile--done').nth(1).waitFor()
  await look(chair.page, 'reports-mine-filled')
  await tapButton(chair.page, '提交总结')
  await chair.page.locator('#report-mine').getByText('等待上级工会审阅').waitFor()
  await look(chair.page, 'reports-mine-submitted')

  // 3. The city: the unit is now among the submitted; the report reads with its two photos.
  await openRoute(city.page, STATUS)
  await city.page.locator('#report-counts').waitFor()
  await openTab(city.page, '已提交')
  await city.page.locator('#report-row-u-jkq-jixie').waitFor()
  await look(city.page, 'reports-status-submitted')
  await city.page.locator('#report-row-u-jkq-jixie').click()
  await city.page.locator('#report-read').waitFor()
  expect(await city.page.locator('#report-read').innerText()).toContain(JIXIE)
  await city.page.locator('#report-photos .report-photos__item').nth(1).waitFor()
  await look(city.page, 'reports-read')

  // 4. The city reminds another unit that has not submitted: once today, and the row says so.
  await openRoute(city.page, STATUS)
  await city.page.locator('#report-counts').waitFor()
  await openTab(city.page, '未提交')
  const other = city.page.locator('#report-row-u-jkq-dianzi')
  await other.waitFor()
  await other.locator('.report-remind').click()
  await other.getByText('今日已提醒').waitFor()
  await look(city.page, 'reports-status-reminded')
})
