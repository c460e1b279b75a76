// People and unions in the browser, the way they are used: a new worker joins with the invite code
// their chair made; another asks to join by picking a unit and is turned down with a reason; the city
// union appoints a chair; an area union changes its part of the tree. Every screen is checked at
// 375 px and saved under tests/e2e/screenshots/people-*.png.
import type { Page } from 'playwright-core'
import { close, launch, phone } from './browser'
import { avatarPng, callAs, confirmModal, fillInput, fillTextarea, hideLocalBadge, look, openRoute, tapButton, tapTab, tapText, toastText } from './app'

beforeAll(launch)
afterAll(close)

const JIXIE = '华中机械制造有限公司工会'
const JIXIE_PATH = `市总工会 › 经开区工会 › ${JIXIE}`

/** Profile for someone new: privacy first, then the form. Ends on the page after saving. */
async function fillProfile(page: Page, who: { nickname: string; realName: string; job?: string }, shots?: string): Promise<void> {
  // Nothing personal is asked before consent: the form is not there while the sheet is.
  await page.locator('#privacy-sheet').waitFor()
  expect(await page.locator('#nickname').count()).toBe(0)
  if (shots) await look(page, `${shots}-privacy`)
  await tapButton(page, '同意并继续')
  await page.locator('#nickname input').waitFor()
  await fillInput(page, 'nickname', who.nickname)
  await fillInput(page, 'real-name', who.realName)
  if (who.job) await fillInput(page, 'job', who.job)
}

describe('joining a unit', () => {
  test('a new worker joins with the code their chair made, and the chair sees them among the members', async () => {
    // The unit chair makes a code in 单位管理 → 邀请码.
    const chair = await phone('demo-unit-chair')
    await openRoute(chair.page, '/pages/me/index')
    await tapText(chair.page, '单位管理')
    await chair.page.locator('#current-unit', { hasText: JIXIE }).waitFor()
    await hideLocalBadge(chair.page)
    await look(chair.page, 'people-unit-members')
    await chair.page.locator('#tab-invites').click()
    await chair.page.locator('#days-15').click()
    await tapButton(chair.page, '生成邀请码')
    const card = chair.page.locator('#invite-list .invite-card').first()
    await card.waitFor()
    expect(await card.innerText()).toContain('还剩 15 天')
    expect(await card.innerText()).toContain('已使用 0 次')
    const code = (await card.locator('.invite-card__code').innerText()).replace(/\s/g, '')
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/)
    await look(chair.page, 'people-unit-invites')
    // The same code as a mini-program code to scan.
    await card.locator('taro-button-core', { hasText: '二维码' }).click()
    await chair.page.locator('#invite-qr .unit-admin__qr-image').waitFor()
    await look(chair.page, 'people-unit-invite-qr')
    await chair.page.locator('#invite-qr .sheet__close').click()

    // A new worker (no identity yet) opens the app from a shared link.
    const worker = await phone()
    await openRoute(worker.page, '/')
    await worker.page.getByText('动员三万名职工参加').waitFor()
    await tapTab(worker.page, '我的')
    await worker.page.locator('#next-step', { hasText: '先完善个人资料' }).waitFor()
    await hideLocalBadge(worker.page)
    await look(worker.page, 'people-me-new')
    await tapButton(worker.page, '完善资料')
    await fillProfile(worker.page, { nickname: '新来的师傅', realName: '新职工甲', job: '装配钳工' }, 'people-profile')
    // A picture from the album, uploaded as soon as it is picked.
    const chooser = worker.page.waitForEvent('filechooser')
    await worker.page.locator('#avatar-picker').click()
    await (await chooser).setFiles({ name: 'me.png', mimeType: 'image/png', buffer: avatarPng() })
    await worker.page.locator('#avatar-picker image, #avatar-picker img, #avatar-picker taro-image-core').first().waitFor()
    await worker.page.getByText('点击更换头像').waitFor()
    await look(worker.page, 'people-profile-filled')
    await tapButton(worker.page, '保存，下一步')

    // No unit yet: straight on to joining. The code is typed the way people type it.
    await worker.page.locator('#invite-code input').waitFor()
    await look(worker.page, 'people-join')
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`
    await worker.page.locator('#invite-code input').pressSequentially(typed)
    expect(await worker.page.locator('#invite-code input').inputValue()).toBe(code)
    await tapButton(worker.page, '加入单位')
    await worker.page.locator('#join-done', { hasText: JIXIE }).waitFor()
    expect(await worker.page.locator('#join-done').innerText()).toContain(JIXIE_PATH)
    await look(worker.page, 'people-join-done')
    await tapButton(worker.page, '完成')
    await worker.page.locator('#my-unit', { hasText: JIXIE_PATH }).waitFor()
    const me = await worker.page.locator('body').innerText()
    expect(me).toContain('新职工甲')
    expect(me).toContain('职工')
    expect(me).not.toContain('完善资料')
    // Staff pages are not offered to a worker.
    for (const hidden of ['单位管理', '组织架构', '职务任免', '活动设置', '作品审核', '金点子评审']) expect(me).not.toContain(hidden)
    // A member of a unit signs up, submits works and ideas: each has its entry.
    for (const shown of ['我的报名', '我的作品', '我的金点子']) expect(me).toContain(shown)
    expect(await worker.page.locator('.me-card img, .me-card taro-image-core').count()).toBeGreaterThan(0)
    await look(worker.page, 'people-me-joined')

    // The chair's list now has them, and the code counts the use.
    await openRoute(chair.page, '/package-admin/pages/unit/index')
    await chair.page.locator('#member-list', { hasText: '新职工甲' }).waitFor()
    expect(await chair.page.locator('#member-list').innerText()).toContain('装配钳工')
    await chair.page.locator('#tab-invites').click()
    await chair.page.locator('#invite-list .invite-card', { hasText: '已使用 1 次' }).first().waitFor()

    // Stopping the code: confirmed first, then it no longer works.
    await chair.page.locator('#invite-list .invite-card').first().locator('taro-button-core', { hasText: '停用' }).click()
    await confirmModal(chair.page, '停用后')
    await chair.page.locator('#invite-list .invite-card', { hasText: '已停用' }).first().waitFor()
    await look(chair.page, 'people-unit-invite-revoked')
    await chair.context.close()
    await worker.context.close()
  })

  test('a worker asks to join a unit they picked, the chair turns it down with a reason, the worker reads it', async () => {
    const worker = await phone()
    await openRoute(worker.page, '/pages/join/index')
    // No profile yet: the join page sends them to fill it first, then brings them back.
    await fillProfile(worker.page, { nickname: '来申请的', realName: '申请人乙' })
    await tapButton(worker.page, '保存，下一步')
    await worker.page.locator('#invite-code input').waitFor()

    await tapText(worker.page, '找不到邀请码？选择单位申请加入')
    // Searching finds a unit by part of its name, with the unions above it.
    await fillInput(worker.page, 'unit-search', '湘江')
    await tapButton(worker.page, '查找')
    await worker.page.getByText('找到 1 个单位').waitFor()
    expect(await worker.page.locator('.join__hit-list').innerText()).toContain('市总工会 › 经开区工会')
    await look(worker.page, 'people-join-search')
    await tapText(worker.page, '返回逐级选择')
    // Browsing from the city down.
    await tapText(worker.page, '经开区工会')
    await worker.page.getByText(JIXIE).waitFor()
    await tapText(worker.page, JIXIE)
    await worker.page.locator('#join-request-bar', { hasText: JIXIE }).waitFor()
    await look(worker.page, 'people-join-pick')
    await tapButton(worker.page, '提交申请')
    await worker.page.locator('#join-pending', { hasText: '等待华中机械制造有限公司工会（王五）审核' }).waitFor()
    expect(await worker.page.locator('#join-pending').innerText()).toContain('待审核')
    await look(worker.page, 'people-join-pending')

    // The chair sees the request and turns it down; a reason is required.
    const chair = await phone('demo-unit-chair')
    await openRoute(chair.page, '/package-admin/pages/unit/index')
    await chair.page.locator('#tab-requests').click()
    const row = chair.page.locator('.unit-admin__request', { hasText: '申请人乙' })
    await row.waitFor()
    await look(chair.page, 'people-unit-requests')
    await row.locator('taro-button-core', { hasText: '不通过' }).click()
    await chair.page.locator('#reason-dialog').waitFor()
    await tapButton(chair.page, '确定不通过')
    await chair.page.locator('#reason-dialog').getByText('请填写不通过的原因').waitFor()
    await fillTextarea(chair.page, 'reason-input', '本单位没有这位职工，请联系所在单位')
    await look(chair.page, 'people-unit-reject-reason')
    await tapButton(chair.page, '确定不通过')
    await chair.page.locator('#reason-dialog').waitFor({ state: 'detached' })
    await row.waitFor({ state: 'detached' })
    await chair.page.getByText('没有待审核的申请').waitFor()

    // The worker sees 未通过 with the reason on 我的, and a way to try again.
    await openRoute(worker.page, '/pages/me/index')
    const rejected = worker.page.locator('.me-page #join-rejected')
    await rejected.waitFor()
    const text = await rejected.innerText()
    expect(text).toContain('未通过')
    expect(text).toContain(JIXIE)
    expect(text).toContain('原因：本单位没有这位职工，请联系所在单位')
    await look(worker.page, 'people-me-rejected')
    await chair.context.close()
    await worker.context.close()
  })

  test('a chair approves several requests at once', async () => {
    // Two people ask to join (the asking itself is the test above; here it only sets the stage).
    const askers = []
    for (const realName of ['申请人丙', '申请人丁']) {
      const { context } = await phone()
      await callAs(context, 'people.saveProfile', { nickname: realName, realName })
      await callAs(context, 'people.requestJoin', { unitId: 'u-jkq-jixie' })
      askers.push(context)
    }
    const chair = await phone('demo-unit-chair')
    // Between meetings: 我的 says what waits, beside the entry that leads to it.
    await openRoute(chair.page, '/pages/me/index')
    const unitRow = chair.page.locator('.entry-cell', { hasText: '单位管理' })
    await unitRow.getByText('2 件待办').waitFor()
    await look(chair.page, 'people-me-chair-todo')
    await unitRow.click()
    await chair.page.locator('#tab-requests').click()
    await chair.page.getByText('全选（2 人）').waitFor()
    // Approving needs a choice first: the batch bar appears only then.
    expect(await chair.page.locator('#approve-selected').count()).toBe(0)
    await chair.page.getByText('全选（2 人）').click()
    await chair.page.locator('#approve-selected').waitFor()
    await look(chair.page, 'people-unit-requests-batch')
    await tapButton(chair.page, '全部通过')
    // Several people at once: asked first, with the button's words.
    await confirmModal(chair.page, '通过已选的 2 个入会申请')
    expect(await toastText(chair.page)).toContain('已通过 2 人')
    await chair.page.getByText('没有待审核的申请').waitFor()
    await chair.page.locator('#tab-members').click()
    for (const name of ['申请人丙', '申请人丁']) await chair.page.locator('#member-list', { hasText: name }).waitFor()
    // back in 我的, nothing waits there any more (once people.todo has answered)
    const answered = chair.page.waitForResponse((r) => r.url().endsWith('/api/people') && (r.request().postData() ?? '').includes('people.todo'))
    await openRoute(chair.page, '/pages/me/index')
    expect(await (await answered).json()).toMatchObject({ ok: true, data: { unit: 0 } })
    await chair.page.waitForTimeout(200)
    expect(await chair.page.locator('.entry-cell', { hasText: '单位管理' }).innerText()).not.toContain('待办')
    await chair.context.close()
    for (const c of askers) await c.close()
  })
})

describe('staff pages', () => {
  test('the city union appoints a member as 基层工会主席 and finds it in the history', async () => {
    const admin = await phone('demo-city-admin')
    await openRoute(admin.page, '/pages/me/index')
    for (const entry of ['单位管理', '组织架构', '职务任免', '活动设置']) await admin.page.getByText(entry, { exact: true }).waitFor()
    await look(admin.page, 'people-me-city-admin')
    await tapText(admin.page, '职务任免')
    await admin.page.locator('#holder-list').waitFor()
    await hideLocalBadge(admin.page)
    await look(admin.page, 'people-roles-holders')

    await tapText(admin.page, '切换单位')
    const picker = admin.page.locator('#unit-picker')
    await picker.getByText('经开区工会', { exact: true }).click()
    await picker.getByText(JIXIE, { exact: true }).click()
    await admin.page.locator('#current-unit', { hasText: JIXIE }).waitFor()

    await tapButton(admin.page, '任命职务')
    const sheet = admin.page.locator('#grant-sheet')
    await sheet.locator('#role-unit_chair').click()
    await sheet.locator('#grant-members .member-row', { hasText: '张三' }).click()
    await look(admin.page, 'people-roles-grant')
    await sheet.locator('taro-button-core', { hasText: '任命 张三 为基层工会主席' }).click()
    expect(await toastText(admin.page)).toContain('已任命')
    await sheet.waitFor({ state: 'detached' })
    await admin.page.locator('#holder-list .roles__holder', { hasText: '张三' }).waitFor()

    await admin.page.locator('#tab-history').click()
    await admin.page.locator('#history-list').getByText(`孙八 任命 张三 为「${JIXIE}」基层工会主席`).waitFor()
    await look(admin.page, 'people-roles-history')
    await admin.context.close()
  })

  test('an area union creates a unit, renames it and retires it', async () => {
    const chair = await phone('demo-area-chair')
    await openRoute(chair.page, '/package-admin/pages/tree/index')
    await chair.page.getByText(JIXIE).waitFor()
    await look(chair.page, 'people-tree')

    await tapButton(chair.page, '在「经开区工会」下新建单位')
    await fillInput(chair.page, 'unit-name', '经开区新建示例公司工会')
    await look(chair.page, 'people-tree-create')
    await chair.page.locator('#confirm-create').click()
    const row = chair.page.locator('.unit-row', { hasText: '经开区新建示例公司工会' })
    await row.waitFor()

    await row.locator('.tree__manage').click()
    await chair.page.locator('.taro-actionsheet__cell', { hasText: '更名' }).click()
    await fillInput(chair.page, 'unit-name', '经开区更名示例公司工会')
    await chair.page.locator('#confirm-rename').click()
    const renamed = chair.page.locator('.unit-row', { hasText: '经开区更名示例公司工会' })
    await renamed.waitFor()

    // Moving: an area union reaches no other union that could take the unit, and says so.
    await renamed.locator('.tree__manage').click()
    await chair.page.locator('.taro-actionsheet__cell', { hasText: '移到其他上级单位' }).click()
    await chair.page.locator('#move-unit').getByText('没有其他可以移到的上级单位').waitFor()
    await look(chair.page, 'people-tree-move')
    await chair.page.locator('#move-unit .sheet__close').click()

    await renamed.locator('.tree__manage').click()
    await chair.page.locator('.taro-actionsheet__cell', { hasText: '撤销单位' }).click()
    await confirmModal(chair.page, '邀请码全部停用')
    await renamed.waitFor({ state: 'detached' })
    await chair.context.close()
  })

  test('the city union opens the campaign settings and saves them', async () => {
    const admin = await phone('demo-city-admin')
    await openRoute(admin.page, '/package-admin/pages/campaign/index')
    await admin.page.locator('#campaign-title input').waitFor()
    expect(await admin.page.locator('#campaign-title input').inputValue()).toBe('庆“五一”系列活动')
    expect(await admin.page.locator('#goal-participants input').inputValue()).toBe('30000')
    // A goal that is not a whole number is refused before anything is sent.
    await fillInput(admin.page, 'goal-ideas', '0')
    await tapButton(admin.page, '保存设置')
    await admin.page.getByText('请填写 1 到 1,000,000 之间的整数').waitFor()
    await fillInput(admin.page, 'goal-ideas', '1000')
    await tapButton(admin.page, '保存设置')
    expect(await toastText(admin.page)).toContain('已保存')
    await look(admin.page, 'people-campaign-settings')
    await admin.context.close()
  })

  test('a worker is told plainly that staff pages are not for them', async () => {
    // 李四: a worker with no staff role (张三 may have been made a chair by the test above).
    const worker = await phone('demo-worker-2')
    await openRoute(worker.page, '/package-admin/pages/unit/index')
    await worker.page.getByText('您没有管理的单位').waitFor()
    await look(worker.page, 'people-unit-no-access')
    await openRoute(worker.page, '/pages/privacy/index')
    await worker.page.getByText('职工风采隐私保护指引').first().waitFor()
    await look(worker.page, 'people-privacy')
    await worker.context.close()
  })
})
