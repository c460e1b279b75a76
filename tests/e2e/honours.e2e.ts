// 展职工风采 in the browser, end to end at 375 px: the city gives places to 经开区, which gives some to
// 华中机械; its chair nominates a worker not in the app (paper consent) and a member of the app, 张三, who
// confirms his consent in 我的荣誉; 经开区 forwards both and the city passes them; the city publishes the
// notice (公示); another worker objects from the public notice; the city dismisses the objection. Then the
// public pages. The second test moves the local server's test clock (--test-clock, POST /local/clock) past
// the notice's end: the city uploads the union's seal and confirms the commendation; 张三 opens his
// certificate and downloads it; the verification page shows it valid; the city writes, reviews and
// publishes his 匠心筑梦 story; the home page's counts move. Every screen is checked at 375 px and saved
// under tests/e2e/screenshots/honours-*.png.
import fs from 'node:fs'
import type { BrowserContext } from 'playwright-core'
import type { ActionName, InputOf, OutputOf } from '../../types/actions/index'
import type { Result } from '../../types/errors'
import { HONOUR_LIMITS } from '../../types/entities/honours'
import { BASE_URL, close, launch, phone } from './browser'
import { confirmModal, fillInput, fillTextarea, hideLocalBadge, look, openRoute, tapButton, toastText } from './app'
import { advanceClock, DAY_MS, homeCount, sealPng, until } from './honours-support'

beforeAll(launch)
afterAll(close)

const NAME = '欧阳明'
const DEEDS = '扎根装配一线十八年，牵头攻克齿轮箱装配精度难题，装配一次合格率由百分之九十二提高到百分之九十九点五，带出高级工十二名，连续五年获评公司先进个人。'
// 张三 (demo-worker) is the one member of 华中机械 without a role in the demo; other suites give him a
// role (people.e2e) but none nominates him, and a person is nominated once per campaign.
const MEMBER = '张三'
const MEMBER_DEEDS = '在数控车间工作十二年，主持刀具寿命改进，单件加工时间缩短百分之十八，年节约成本六十余万元，带徒八名均已取得技师资格。'
const STORY_TITLE = '数控车床旁的十二年'
// The notice runs HONOUR_LIMITS.noticeDays (5 by default); a day more is past its end however it is counted.
const HONOUR_NOTICE_DAYS_AND_ONE = HONOUR_LIMITS.noticeDefaultDays + 1
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

  // 3b. ...and a member of the app, picked from the unit's members: he confirms his consent himself.
  await chair.page.locator('#nominate-new').click()
  await chair.page.locator('#nominate-form').waitFor()
  await hideLocalBadge(chair.page)
  await fillInput(chair.page, 'nominee-name', MEMBER)
  await chair.page.locator('#member-matches .hon__choice', { hasText: MEMBER }).click()
  await chair.page.getByText('已关联本单位成员').waitFor()
  await fillInput(chair.page, 'nominee-job', '数控车工')
  await chair.page.locator('#nominate-form .hon__choice', { hasText: '工匠能手' }).click()
  await fillTextarea(chair.page, 'nominee-deeds', MEMBER_DEEDS)
  await look(chair.page, 'honours-nominate-member')
  await chair.page.locator('#nominate-submit').click()
  expect(await toastText(chair.page)).toContain('已提交')
  await chair.page.locator('#quota-line', { hasText: '已用 2 / 共 3 名' }).waitFor()

  const worker = await phone('demo-worker')
  await openRoute(worker.page, '/package-honours/pages/mine/index')
  await worker.page.getByText('您被推荐参评先进职工').waitFor()
  await look(worker.page, 'honours-mine-consent')
  await worker.page.locator('#my-honours [id^="consent-"]').click()
  expect(await toastText(worker.page)).toContain('已确认同意')
  await worker.page.locator('#my-honours [id^="consent-"]').waitFor({ state: 'detached' })

  // 4. 经开区 forwards both to the city.
  await openRoute(area.page, '/package-honours/pages/review/index')
  await area.page.locator('#review-list').getByText(NAME).waitFor()
  await look(area.page, 'honours-review-area')
  for (const name of [NAME, MEMBER]) {
    const card = area.page.locator('#review-list [id^="nomination-"]', { hasText: name })
    await card.locator('taro-button-core', { hasText: '同意上报' }).click()
    await confirmModal(area.page)
    expect(await toastText(area.page)).toContain('已上报')
    await card.waitFor({ state: 'detached' })
  }

  // 5. The city passes it for the notice and publishes the notice for the default 5 days.
  await openRoute(city.page, '/package-honours/pages/review/index')
  await city.page.locator('#review-list').getByText(NAME).waitFor()
  await look(city.page, 'honours-review-city')
  for (const name of [NAME, MEMBER]) {
    const card = city.page.locator('#review-list [id^="nomination-"]', { hasText: name })
    await card.locator('taro-button-core', { hasText: '通过，列入公示' }).click()
    await confirmModal(city.page)
    expect(await toastText(city.page)).toContain('已通过')
    await card.waitFor({ state: 'detached' })
  }
  await openRoute(city.page, '/package-honours/pages/city/index')
  await city.page.locator('#notice-publish').waitFor()
  expect(await city.page.locator('#notice-days input').inputValue()).toBe('5')
  await look(city.page, 'honours-city-publish')
  await city.page.locator('#notice-publish').click()
  await confirmModal(city.page)
  expect(await toastText(city.page)).toMatch(/已公示 2 人/)
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

  for (const c of [city, area, chair, worker, other, stranger]) await c.context.close()
})

test('after the notice: the seal, the commendation, the certificate checks valid, the story, the home counts', async () => {
  const city = await phone('demo-city-admin')
  const worker = await phone('demo-worker')
  const visitor = await phone('someone-who-opened-a-card')
  const commendedBefore = await homeCount(visitor.page, '表彰千名先进工作者')
  const publicisedBefore = await homeCount(visitor.page, '宣传百名劳模')
  expect([commendedBefore.goal, publicisedBefore.goal]).toEqual([1000, 100])

  // 1. The city uploads the union's seal; the media check answers by push a moment later, and the page
  //    shows the seal in use once it passed.
  await openRoute(city.page, '/package-honours/pages/city/index')
  await city.page.locator('.seg-tabs__tab', { hasText: '证书' }).first().click()
  const seal = city.page.locator('#seal-section')
  await seal.getByText('还没有印章').waitFor()
  const chooser = city.page.waitForEvent('filechooser')
  await seal.locator('#image-picker-add').click()
  await (await chooser).setFiles({ name: 'seal.png', mimeType: 'image/png', buffer: sealPng() })
  await seal.locator('#seal-upload').click()
  expect(await toastText(city.page)).toContain('印章已上传')
  await until(async () => {
    await openRoute(city.page, '/package-honours/pages/city/index')
    await city.page.locator('.seg-tabs__tab', { hasText: '证书' }).first().click()
    await seal.waitFor()
    await city.page.waitForTimeout(300)
    return (await seal.locator('.hon__photo').count()) === 1 && (await seal.getByText('检测中').count()) === 0
  }, 30000)
  await look(city.page, 'honours-city-seal')

  // 2. The notice runs its 5 days: the test clock moves past its end, and the city confirms.
  await advanceClock(HONOUR_NOTICE_DAYS_AND_ONE * DAY_MS)
  await openRoute(city.page, '/package-honours/pages/city/index')
  await city.page.locator('#notice-state', { hasText: '（已结束）' }).waitFor()
  await look(city.page, 'honours-city-commend')
  await city.page.locator('#commend').click()
  await confirmModal(city.page, '表彰公示中的全部人员')
  expect(await toastText(city.page)).toBe('已表彰 2 人')

  // 3. 张三 opens 我的荣誉: his certificate, drawn on the server at 1080 px wide, and downloads it (H5).
  await openRoute(worker.page, '/package-honours/pages/mine/index')
  const card = worker.page.locator('[id^="certificate-"]').filter({ hasText: '证书编号' })
  await card.waitFor()
  const number = /证书编号：(\S+)/.exec(await card.innerText())![1]
  if (await worker.page.locator('#certificate-view').count()) await worker.page.locator('#certificate-view').click()
  const img = worker.page.locator('#certificate-image img')
  await img.waitFor()
  await worker.page.waitForFunction((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0, await img.elementHandle())
  expect(await img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1080)
  // Shown whole: the image's box is as tall as the picture at the width it is drawn (not cut off).
  const shown = await worker.page.locator('#certificate-image').evaluate((el) => {
    const picture = el.querySelector('img') as HTMLImageElement
    const box = el.getBoundingClientRect()
    return { height: box.height, expected: (box.width * picture.naturalHeight) / picture.naturalWidth }
  })
  expect(Math.abs(shown.height - shown.expected)).toBeLessThan(2)
  expect(await card.innerText()).toContain('有效')
  await look(worker.page, 'honours-mine-certificate')
  const download = worker.page.waitForEvent('download')
  await worker.page.locator('#certificate-download').click()
  const file = await download
  expect(file.suggestedFilename()).toBe(`证书-${number}.png`)
  const saved = await file.path()
  expect(saved && fs.readFileSync(saved).subarray(1, 4).toString()).toBe('PNG')

  // 4. The verification page, opened with the number, says it is valid (for someone with no profile).
  await openRoute(visitor.page, `/package-honours/pages/verify/index?no=${number}`)
  const verdict = visitor.page.locator('#verify-result')
  await verdict.locator('.verify__state--valid').waitFor()
  expect(await verdict.locator('.verify__state').innerText()).toContain('有效')
  expect(await verdict.innerText()).toContain(MEMBER)
  await look(visitor.page, 'honours-verify-valid')

  // 5. The city writes 张三's 匠心筑梦 story, submits it, reviews and publishes it.
  await openRoute(city.page, '/package-honours/pages/story-admin/index')
  const row = city.page.locator('#commended-list .hon__card', { hasText: MEMBER })
  await row.waitFor()
  await look(city.page, 'honours-story-admin')
  await row.getByText('撰写故事').click()
  await city.page.locator('#story-editor').waitFor()
  await hideLocalBadge(city.page)
  await fillInput(city.page, 'story-title', STORY_TITLE)
  await fillTextarea(city.page, 'story-lead', '十二年守在数控车床旁，他把一把刀具的寿命延长了三成。')
  await city.page.locator('#block-0 textarea').fill(MEMBER_DEEDS)
  await look(city.page, 'honours-story-edit')
  await city.page.locator('#story-submit').click()
  expect(await toastText(city.page)).toContain('已提交审核')
  await openRoute(city.page, '/package-honours/pages/story-admin/index')
  await city.page.locator('.seg-tabs__tab', { hasText: '待审核' }).first().click()
  const story = city.page.locator('#story-admin-list .hon__card', { hasText: STORY_TITLE })
  await story.waitFor()
  await look(city.page, 'honours-story-review')
  await story.locator('taro-button-core', { hasText: '发布' }).click()
  await confirmModal(city.page, STORY_TITLE)
  await toastText(city.page)
  await story.waitFor({ state: 'detached' })

  // 6. The public story list shows it, opened cold by someone with no profile.
  await openRoute(visitor.page, '/package-honours/pages/stories/index')
  await visitor.page.locator('#story-list', { hasText: STORY_TITLE }).waitFor()
  await look(visitor.page, 'honours-stories-published')

  // 7. The home page's counts moved: two commended (toward 1,000), one publicised (toward 100).
  expect((await homeCount(visitor.page, '表彰千名先进工作者')).count).toBe(commendedBefore.count + 2)
  expect((await homeCount(visitor.page, '宣传百名劳模')).count).toBe(publicisedBefore.count + 1)
  await look(visitor.page, 'honours-home-counts')

  for (const c of [city, worker, visitor]) await c.context.close()
})
