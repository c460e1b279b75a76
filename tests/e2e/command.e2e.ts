// Steering the campaign in the browser, at 375 px (a phone) and 1280 px (staff at a desk, the H5 wide
// layout): the city union publishes a notice with an attachment, pinned; a unit chair sees it pinned on
// the home page and the unread count on 我的, opens it (read once); the city sees that unit's receipt;
// a nurse's golden idea moves the dashboard, which shows the same counts campaign.dashboard answers. Screens: screenshots/command-*.png.
import type { BrowserContext } from 'playwright-core'
import { close, device, launch } from './browser'
import { callAs, fillInput, fillTextarea, look, openRoute } from './app'

beforeAll(launch)
afterAll(close)

const open = (width: number, openid: string) => device(width, openid)

const unread = async (context: BrowserContext) => ((await callAs(context, 'campaign.notices', {})) as { unread: number }).unread
const grouped = (n: number) => n.toLocaleString('en-US')

test.each([375, 1280])(
  'at %i px: the city publishes, a unit chair sees it pinned and unread, reads it; the city sees the receipt and the dashboard',
  async (width) => {
    const city = await open(width, 'demo-city-admin')
    const chair = await open(width, 'demo-unit-chair')
    const title = `关于报送五一活动总结的通知（${width}）`
    const before = await unread(chair.context)

    // 1. The city: 我的 → 发布通知; the form with an attachment picked from the computer; published to the whole city.
    await openRoute(city.page, '/pages/me/index')
    await city.page.getByText('发布通知', { exact: true }).first().click()
    await city.page.locator('#notice-form').waitFor()
    await fillInput(city.page, 'notice-title-input', title)
    await fillTextarea(city.page, 'notice-body-input', '请各基层工会于月底前报送活动总结和照片。')
    const chooser = city.page.waitForEvent('filechooser')
    await city.page.locator('#notice-add-file').click()
    await (await chooser).setFiles({ name: '活动方案.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 活动方案') })
    await city.page.locator('#notice-form').getByText('活动方案.pdf').waitFor()
    expect(await city.page.locator('#notice-audience').innerText()).toContain('市总工会')
    await look(city.page, `command-publish-${width}`)
    await city.page.locator('#notice-submit').click()
    await city.page.locator('#notice-published').waitFor()
    await look(city.page, `command-published-${width}`)

    // 2. The chair: pinned on the home page, one more unread on 我的.
    expect(await unread(chair.context)).toBe(before + 1)
    await openRoute(chair.page, '/pages/index/index')
    await chair.page.locator('#pinned-notices').getByText(title).waitFor()
    await look(chair.page, `command-home-pinned-${width}`)
    await openRoute(chair.page, '/pages/me/index')
    await chair.page.getByText(`${before + 1} 条未读`).waitFor()
    await look(chair.page, `command-me-unread-${width}`)

    // 3. The chair opens it from the list: the body and the attachment; now read, one fewer unread.
    await chair.page.getByText('通知公告', { exact: true }).click()
    await chair.page.locator('#notices').getByText(title).click()
    await chair.page.locator('#notice-body').getByText('月底前报送').waitFor()
    await chair.page.locator('#attachment-list').getByText('活动方案.pdf').waitFor()
    await look(chair.page, `command-notice-${width}`)
    expect(await unread(chair.context)).toBe(before)

    // 4. The city: the notice's receipts, the chair's unit read.
    const list = (await callAs(city.context, 'campaign.notices', {})) as { items: Array<{ id: string; title: string }> }
    const id = list.items.find((n) => n.title === title)!.id
    await openRoute(city.page, `/package-command/pages/receipts/index?id=${id}&unitId=u-city`)
    await city.page.locator('#receipts-totals').waitFor()
    expect(await city.page.locator('#receipt-u-jkq-jixie').innerText()).toMatch(/已读 1 \/ \d+ 人/)
    await look(city.page, `command-receipts-${width}`)

    // 5. A nurse submits a golden idea: one more entry on the city's dashboard, which shows what
    // campaign.dashboard answers; at a desk its cards sit in two columns.
    type Totals = { totals: { participants: number; entries: number } }
    const before5 = (await callAs(city.context, 'campaign.dashboard', { unitId: 'u-city' })) as Totals
    const nurse = await open(width, 'demo-worker-2')
    await callAs(nurse.context, 'ideas.submit', {
      type: '金点子',
      title: `病房呼叫铃分区提示（${width}）`,
      problem: '夜班时各病房的呼叫铃声音一样，护士站分不清是哪一区在呼叫，来回查看耽误时间。',
      proposal: '按病区设置不同的提示音和指示灯颜色，护士站屏幕同时显示床号。',
      benefit: '夜间响应时间预计缩短一半，减少护士无效走动。',
    })
    await nurse.context.close()
    const d = (await callAs(city.context, 'campaign.dashboard', { unitId: 'u-city' })) as Totals
    expect(d.totals.entries).toBe(before5.totals.entries + 1)
    expect(d.totals.participants).toBeGreaterThanOrEqual(Math.max(1, before5.totals.participants))
    await openRoute(city.page, '/package-command/pages/dashboard/index')
    await city.page.locator('#dashboard-totals').waitFor()
    expect(await city.page.locator('#total-participants').innerText()).toContain(grouped(d.totals.participants))
    expect(await city.page.locator('#total-entries').innerText()).toContain(grouped(d.totals.entries))
    await city.page.locator('#trend-chart').waitFor()
    expect(await city.page.locator('#board-entries').innerText()).toContain('市人民医院工会')
    const columns = await city.page.locator('#dashboard .cmd-grid').evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length)
    const display = await city.page.locator('#dashboard .cmd-grid').evaluate((el) => getComputedStyle(el).display)
    if (width >= 1024) expect([display, columns]).toEqual(['grid', 2])
    else expect(display).not.toBe('grid')
    await look(city.page, `command-dashboard-${width}`)

    // 6. Any other staff page (the city's works review): at a desk a centred column, not a phone's
    // layout stretched across the screen; on a phone the whole width.
    await openRoute(city.page, '/package-works/pages/review/index')
    await city.page.locator('.taro_page .review').waitFor()
    await look(city.page, `command-works-review-${width}`)
    const page = (await city.page.locator('.taro_page:has(.review)').boundingBox())!
    if (width >= 1024) {
      expect(page.width).toBeLessThanOrEqual(960)
      expect(Math.abs(page.x - (width - page.x - page.width))).toBeLessThanOrEqual(1)
    } else expect([page.x, page.width]).toEqual([0, width])

    await city.context.close()
    await chair.context.close()
  },
)
