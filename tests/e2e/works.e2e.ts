// Works and the online exhibition (R5) in the browser, end to end: a worker uploads a work with two
// photos (one upload fails and is retried; the draft survives leaving the page), the content checks
// pass, the unit chair recommends it, the city union selects it, and it appears in the public
// gallery for someone with no profile, who likes it. Every screen is checked at 375 px and saved under
// tests/e2e/screenshots/works-*.png.
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { close, launch, phone } from './browser'
import { confirmModal, look, fillInput, fillTextarea, hideLocalBadge, openRoute, tapButton, toastText } from './app'

beforeAll(launch)
afterAll(close)

const TITLE = '湘绣《洞庭秋色》'
const DESCRIPTION = '用了三个月业余时间绣成，针法是湘绣的掺针和鬅毛针，献给厂里的工友。'

/** A picture as a phone would take it: soft colour bands and a round shape, 900 × 675. */
function photo(hue: number): Buffer {
  const w = 900
  const h = 675
  const png = new PNG({ width: w, height: h })
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4
      const inSun = (x - w * 0.68) ** 2 + (y - h * 0.35) ** 2 < (h * 0.16) ** 2
      png.data[i] = inSun ? 240 : (120 + hue + (y * 90) / h) & 255
      png.data[i + 1] = inSun ? 190 : (90 + (x * 60) / w) & 255
      png.data[i + 2] = inSun ? 60 : (150 - hue / 2 + (y * 40) / h) & 255
      png.data[i + 3] = 255
    }
  }
  return PNG.sync.write(png)
}

/** Picks pictures in the H5 picker (Taro.chooseImage opens a file input). */
async function pick(page: Page, files: Array<{ name: string; buffer: Buffer }>): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.locator('#image-picker-add').click()
  await (await chooser).setFiles(files.map((f) => ({ ...f, mimeType: 'image/png' })))
}

const tiles = (page: Page) => page.locator('.image-picker__tile')
const tileSources = (page: Page) => page.locator('.image-picker__img img').evaluateAll((els) => els.map((el) => (el as HTMLImageElement).src))

/** Reload until the text shows (the media check reports a few seconds after submission). */
async function waitForStatus(page: Page, text: string, timeoutMs = 30000): Promise<void> {
  const until = Date.now() + timeoutMs
  for (;;) {
    if (await page.getByText(text, { exact: true }).count()) return
    if (Date.now() > until) throw new Error(`"${text}" did not appear`)
    await page.waitForTimeout(1000)
    await page.reload()
    await hideLocalBadge(page)
  }
}

test('a worker’s work goes from two photos to the public exhibition', async () => {
  // ---- the worker: from the gallery to the form
  const worker = await phone('demo-worker')
  await openRoute(worker.page, '/pages/works/index')
  await worker.page.getByText('作品展正在筹备').waitFor()
  await look(worker.page, 'works-gallery-empty')
  await tapButton(worker.page, '我要投稿')
  await worker.page.locator('#work-title input').waitFor()
  await hideLocalBadge(worker.page)
  expect(await worker.page.locator('#work-author').innerText()).toContain('张三 · 华中机械制造有限公司工会')

  // submitting an empty form says what is missing, in plain words, and sends nothing
  await tapButton(worker.page, '提交作品')
  await worker.page.locator('#form-error').waitFor()
  expect(await worker.page.locator('body').innerText()).toContain('请选择作品类别')
  expect(await worker.page.locator('body').innerText()).toContain('请至少上传 1 张作品照片')

  await worker.page.locator('#work-category-湘绣').click()
  await fillInput(worker.page, 'work-title', TITLE)
  await fillTextarea(worker.page, 'work-description', DESCRIPTION)

  // the first upload fails (the network drops), is shown as failed, and a retry sends it
  await worker.page.route('**/api/_upload**', (route) => route.abort('internetdisconnected'))
  await pick(worker.page, [{ name: 'first.png', buffer: photo(0) }])
  await worker.page.locator('.image-picker__tile--failed').waitFor()
  await look(worker.page, 'works-submit-upload-failed')
  await worker.page.unroute('**/api/_upload**')
  await worker.page.locator('.image-picker__retry').click()
  await worker.page.locator('.image-picker__tile--done').waitFor()

  await pick(worker.page, [{ name: 'second.png', buffer: photo(80) }])
  await worker.page.locator('.image-picker__tile--done').nth(1).waitFor()
  expect(await tiles(worker.page).count()).toBe(2)
  // the second photo becomes the cover
  const before = await tileSources(worker.page)
  await worker.page.locator('.image-picker__move', { hasText: '右移' }).first().click()
  expect(await tileSources(worker.page)).toEqual([before[1], before[0]])
  await worker.page.getByText(/草稿已自动保存/).waitFor({ timeout: 15000 })
  await look(worker.page, 'works-submit-form')

  // leaving the page keeps the draft: back on the form, everything is there
  await openRoute(worker.page, '/pages/works/index')
  await tapButton(worker.page, '我要投稿')
  await worker.page.locator('#work-title input').waitFor()
  await worker.page.locator('.image-picker__tile--done').nth(1).waitFor()
  expect(await worker.page.locator('#work-title input').inputValue()).toBe(TITLE)
  expect(await worker.page.locator('#work-description textarea').inputValue()).toBe(DESCRIPTION)
  expect(await worker.page.locator('#work-category-湘绣').getAttribute('class')).toContain('--on')

  await tapButton(worker.page, '提交作品')
  await worker.page.locator('#my-works').waitFor()
  await hideLocalBadge(worker.page)
  expect(await worker.page.locator('#my-works').innerText()).toContain(TITLE)
  expect(await worker.page.locator('#my-works').innerText()).toMatch(/检查中|待审核/)
  await look(worker.page, 'works-mine-checking')
  // WeChat's media check reports a few seconds later: then it waits for the unit chair
  await waitForStatus(worker.page, '待审核')
  expect(await worker.page.locator('#my-works').innerText()).toContain('等待「华中机械制造有限公司工会」审核')
  await worker.page.getByText('查看进度').first().click()
  await look(worker.page, 'works-mine-reviewing')

  // ---- the unit chair recommends it (选送)
  const chair = await phone('demo-unit-chair')
  await openRoute(chair.page, '/package-works/pages/mine/index')
  await chair.page.locator('#go-review').click()
  await chair.page.locator('#review-list').getByText(TITLE).waitFor()
  await hideLocalBadge(chair.page)
  const card = chair.page.locator('.work-review-card', { hasText: TITLE })
  expect(await card.locator('.work-review-card__img').count()).toBe(2)
  expect(await card.innerText()).toContain('张三 · 华中机械制造有限公司工会')
  await look(chair.page, 'works-review-queue')
  await card.locator('taro-button-core', { hasText: '选送' }).click()
  await confirmModal(chair.page, '选送到上级工会')
  expect(await toastText(chair.page)).toContain('已选送')
  await chair.page.getByText('没有待审核的作品').waitFor()

  // ---- at 经开区 the button says 报送市总工会, and so does the dialog it opens (the area chair looks, then cancels)
  const area = await phone('demo-area-chair')
  await openRoute(area.page, '/package-works/pages/review/index')
  const areaCard = area.page.locator('.work-review-card', { hasText: TITLE })
  await areaCard.waitFor()
  await areaCard.locator('taro-button-core', { hasText: '报送市总工会' }).click()
  const ask = area.page.locator('.taro__modal .taro-modal__content')
  await ask.waitFor({ state: 'visible' })
  expect(await ask.innerText()).toContain('报送市总工会')
  expect(await ask.innerText()).not.toContain('选送')
  expect(await ask.locator('.taro-model__confirm').innerText()).toBe('报送')
  await look(area.page, 'journey-forward-confirm')
  await ask.locator('.taro-model__cancel').click()
  await area.context.close()

  // ---- the city union selects it into the exhibition
  const city = await phone('demo-city-admin')
  await openRoute(city.page, '/package-works/pages/select/index')
  const poolCard = city.page.locator('.work-review-card', { hasText: TITLE })
  await poolCard.waitFor()
  await hideLocalBadge(city.page)
  expect(await poolCard.innerText()).toContain('「经开区工会」审核中，可直接入选')
  expect(await city.page.locator('#exhibition-fill').innerText()).toMatch(/0\s*\/ 100 件/)
  await look(city.page, 'works-select-pool')
  await poolCard.locator('taro-button-core', { hasText: '入选作品展' }).click()
  await confirmModal(city.page, '入选职工作品展')
  expect(await toastText(city.page)).toContain('已入选')
  await city.page.locator('#exhibition-fill', { hasText: '1' }).waitFor()
  await city.page.locator('#tab-exhibited').click()
  await city.page.locator('.work-review-card', { hasText: TITLE }).waitFor()
  await look(city.page, 'works-select-exhibited')

  // ---- anyone: the public gallery and the work's page, without a profile
  const visitor = await phone()
  await openRoute(visitor.page, '/pages/works/index')
  const galleryCard = visitor.page.locator('.work-card', { hasText: TITLE })
  await galleryCard.waitFor()
  await hideLocalBadge(visitor.page)
  expect(await galleryCard.innerText()).toContain('张三')
  expect(await galleryCard.innerText()).toContain('华中机械制造有限公司工会')
  // the card shows the list size, not the photo as uploaded (the image is lazy: its src is set
  // once the card is in view, so wait for it rather than read it at once)
  const coverImg = galleryCard.locator('.work-card__img img').first()
  await coverImg.scrollIntoViewIfNeeded()
  await visitor.page.waitForFunction((el) => Boolean(el?.getAttribute('src')), await coverImg.elementHandle())
  expect(await coverImg.getAttribute('src')).toContain('-400.jpg')
  await visitor.page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.work-card img')).every((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0),
  )
  await look(visitor.page, 'works-gallery')
  // by category
  await visitor.page.locator('#gallery-category-书法').click()
  await visitor.page.getByText('还没有入展的书法作品').waitFor()
  await visitor.page.locator('#gallery-category-湘绣').click()
  await galleryCard.waitFor()

  await galleryCard.click()
  await visitor.page.locator('#work-detail-title', { hasText: TITLE }).waitFor()
  await visitor.page.waitForFunction(
    () => Array.from(document.querySelectorAll('.work-detail__image img')).filter((img) => (img as HTMLImageElement).src.includes('-1080.jpg')).length === 2,
  )
  const previews = await visitor.page.locator('.work-detail__image img').evaluateAll((els) => els.map((el) => el.getAttribute('src') ?? ''))
  expect(previews.length).toBe(2)
  for (const src of previews) expect(src).toContain('-1080.jpg')
  const text = await visitor.page.locator('body').innerText()
  expect(text).toContain('作者：张三')
  expect(text).toContain(DESCRIPTION)
  expect(text).not.toContain('数控车工') // the author's job is not public
  await visitor.page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.work-detail__image img')).every(
      (img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth > 0,
    ),
  )
  await look(visitor.page, 'works-detail')
  await visitor.page.locator('#like-button').click()
  await visitor.page.locator('#like-button', { hasText: '已赞' }).waitFor()
  expect(await visitor.page.locator('#like-button').innerText()).toContain('1')
  await look(visitor.page, 'works-detail-liked')
  // a like is kept: after a reload it is still theirs
  await visitor.page.reload()
  await visitor.page.locator('#like-button', { hasText: '已赞' }).waitFor()

  // ---- the author sees where it ended up; the campaign home counts it toward 百幅
  await openRoute(worker.page, '/package-works/pages/mine/index')
  await worker.page.getByText('已入展', { exact: true }).waitFor()
  await hideLocalBadge(worker.page)
  await worker.page.getByText('查看进度').first().click()
  const steps = await worker.page.locator('.work-steps').innerText()
  for (const s of ['提交作品', '通过内容安全检查', '「华中机械制造有限公司工会」选送到上级工会', '入选市总工会职工作品展']) expect(steps).toContain(s)
  await look(worker.page, 'works-mine-exhibited')
  await openRoute(worker.page, '/pages/index/index')
  await worker.page.locator('#line-zuopin').click()
  await worker.page.locator('.work-card', { hasText: TITLE }).waitFor()

  for (const c of [worker, chair, city, visitor]) await c.context.close()
})
