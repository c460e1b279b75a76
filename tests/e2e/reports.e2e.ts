// Unit summary reports (R9) in the browser, end to end at 375 px (a phone) and at 1280 px (staff at a
// desk, the H5 wide layout): the city sees a grassroots union among the units that have not submitted
// (华中机械 on the phone; 市中医医院, whose new chair the city appoints, at the desk); its chair opens 我的 → 工作总结, finds the draft made from the unit's figures,
// adds two photos and submits; the city sees the unit move from 未提交 to 已提交, reads the report with
// its photos, and reminds another unit (once a day: the row then says so). Screens are saved under
// tests/e2e/screenshots/reports-*.png.
import type { Page } from 'playwright-core'
import { close, device, launch, phone } from './browser'
import { avatarPng, callAs, look, openRoute, tapButton } from './app'

beforeAll(launch)
afterAll(close)

const STATUS = '/package-command/pages/report-status/index'

/** Each width has its own unit (a unit reports once): who chairs it, and another missing unit to remind. */
const CASES = [
  { width: 375, chair: 'demo-unit-chair', unitId: 'u-jkq-jixie', unitName: '华中机械制造有限公司工会', remind: 'u-jkq-dianzi' },
  { width: 1280, chair: 'e2e-report-chair', unitId: 'u-health-zhongyi', unitName: '市中医医院工会', remind: 'u-edu-shiyan' },
]

/** A new member of `unitId` (joined with the code the city made) whom the city appoints the unit's chair. */
async function appointChair(openid: string, unitId: string): Promise<void> {
  const city = await phone('demo-city-admin')
  const invite = (await callAs(city.context, 'org.createInvite', { unitId, days: 7 })) as { code: string }
  const person = await phone(openid)
  await callAs(person.context, 'people.saveProfile', { nickname: '小周', realName: '周总结' })
  await callAs(person.context, 'people.joinByInvite', { code: invite.code })
  const me = (await callAs(person.context, 'people.me', {})) as { id: string }
  await callAs(city.context, 'org.grantRole', { userId: me.id, role: 'unit_chair', unitId })
  await person.context.close()
  await city.context.close()
}

async function openTab(page: Page, label: '已提交' | '未提交' | '逾期提交'): Promise<void> {
  await page.locator('#report-status').getByText(label, { exact: false }).first().click()
}

test.each(CASES)(
  'at $width px: a unit chair submits the summary with photos; the city sees the unit move from missing to submitted and reminds another',
  async ({ width, chair: chairId, unitId, unitName, remind }) => {
    if (chairId !== 'demo-unit-chair') await appointChair(chairId, unitId)
    // 1. The city: the unit is among those that have not submitted.
    const city = await device(width, 'demo-city-admin')
    await openRoute(city.page, STATUS)
    await openTab(city.page, '未提交')
    await city.page.locator(`#report-row-${unitId}`).waitFor()
    expect(await city.page.locator('#report-counts').innerText()).toMatch(/未提交 \d+/)
    await look(city.page, `reports-status-missing-${width}`)

    // 2. The chair: 我的 → 工作总结, the prefilled draft, two photos, submitted.
    const chair = await device(width, chairId)
    await openRoute(chair.page, '/pages/me/index')
    await chair.page.getByText('工作总结', { exact: true }).first().click()
    await chair.page.locator('#report-mine').waitFor()
    await chair.page.locator('#report-figures').waitFor()
    expect(await chair.page.locator('#report-body textarea').inputValue()).toContain('会员人数')
    await look(chair.page, `reports-mine-draft-${width}`)
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
    await look(chair.page, `reports-mine-filled-${width}`)
    await tapButton(chair.page, '提交总结')
    await chair.page.locator('#report-mine').getByText('等待上级工会审阅').waitFor()
    await look(chair.page, `reports-mine-submitted-${width}`)

    // 3. The city: the unit is now among the submitted; the report reads with its two photos.
    await openRoute(city.page, STATUS)
    await city.page.locator('#report-counts').waitFor()
    await openTab(city.page, '已提交')
    await city.page.locator(`#report-row-${unitId}`).waitFor()
    await look(city.page, `reports-status-submitted-${width}`)
    await city.page.locator(`#report-row-${unitId}`).click()
    await city.page.locator('#report-read').waitFor()
    expect(await city.page.locator('#report-read').innerText()).toContain(unitName)
    await city.page.locator('#report-photos .report-photos__item').nth(1).waitFor()
    await look(city.page, `reports-read-${width}`)

    // 4. The city reminds another unit that has not submitted: once today, and the row says so.
    await openRoute(city.page, STATUS)
    await city.page.locator('#report-counts').waitFor()
    await openTab(city.page, '未提交')
    const other = city.page.locator(`#report-row-${remind}`)
    await other.waitFor()
    await other.locator('.report-remind').click()
    await other.getByText('今日已提醒').waitFor()
    await look(city.page, `reports-status-reminded-${width}`)
  },
)
