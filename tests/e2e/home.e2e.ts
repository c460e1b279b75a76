// The campaign home (R1) as someone opening a shared card sees it: no sign-in, a phone, Chinese.
import { BASE_URL, close, launch, overflowing, phone, shot } from './browser'

beforeAll(launch)
afterAll(close)

const TARGET_LABELS = ['举办百场竞赛', '宣传百名劳模', '展示百幅作品', '帮扶千名困难职工', '征集千条金点子', '表彰千名先进工作者', '动员三万名职工参加']

test('a first-time visitor sees the theme, dates, five lines and the seven targets with counts', async () => {
  const { context, page } = await phone()
  await page.goto(`${BASE_URL}/`)
  await page.getByText('动员三万名职工参加').waitFor()
  const text = await page.locator('body').innerText()
  for (const label of TARGET_LABELS) expect(text).toContain(label)
  for (const line of ['展职工风采', '展职工技能', '展职工作品', '展职工智慧', '展工会爱心']) expect(text).toContain(line)
  expect(text).toMatch(/庆“五一”系列活动/)
  expect(text).toMatch(/活动进行中 · 还剩 \d+ 天/)
  expect(text).toMatch(/\d+ \/ 30,000 名/)
  expect(await overflowing(page)).toEqual([])
  // Chinese is drawn with a CJK font, not tofu boxes: the title is as wide as real glyphs make it.
  const titleWidth = await page.locator('.campaign-hero__title').evaluate((el) => (el as HTMLElement).getBoundingClientRect().width)
  expect(titleWidth).toBeGreaterThan(150)
  await shot(page, 'home')
  await shot(page, 'home-first-screen', false)
  await context.close()
})

test('while loading it shows a skeleton, and a failed call offers a retry that works', async () => {
  const { context, page } = await phone()
  let release: () => void = () => {}
  const held = new Promise<void>((r) => (release = r))
  await page.route('**/api/campaign', async (route) => {
    await held
    await route.abort('internetdisconnected')
  })
  await page.goto(`${BASE_URL}/`)
  await page.locator('.page-state--loading').waitFor()
  await shot(page, 'home-loading', false)
  release()
  await page.getByText('没能加载出来').waitFor()
  expect(await page.locator('body').innerText()).toContain('网络不给力')
  await shot(page, 'home-error', false)
  await page.unroute('**/api/campaign')
  // Taro's H5 button is a custom element wrapping its label; the element itself takes the tap.
  await page.locator('taro-button-core', { hasText: '重新加载' }).click()
  await page.getByText('动员三万名职工参加').waitFor()
  await context.close()
})
