// Day one in the browser: the city union's admin imports the union tree from a sheet. A sheet with
// mistakes is previewed with each problem on its row and cannot be imported; the corrected sheet is
// previewed and imported once; then every new unit's chair gets an invitation, and one chair accepts theirs.
// Screens at 375 px: tests/e2e/screenshots/setup-*.png.
import type { Page } from 'playwright-core'
import { sheetBytes, type SheetCell } from '../../cloudfunctions/test/setup-sheets'
import { close, launch, phone } from './browser'
import { hideLocalBadge, look, openRoute, tapButton, tapText } from './app'

beforeAll(launch)
afterAll(close)

async function pickSheet(page: Page, rows: SheetCell[][], name: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await tapButton(page, '选择填好的表格')
  await (await chooser).setFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: await sheetBytes(rows) })
}

const GOOD: SheetCell[][] = [
  ['高新区工会', '行业工会', ''],
  ['西城街道工会', '乡镇（街道）工会', ''],
  ['高新光电有限公司工会', '基层工会', '高新区工会'],
  ['西城农贸市场联合工会', '基层工会', '西城街道工会'],
  ['华中机械二分厂工会', '基层工会', '经开区工会'],
]

test('the import preview shows each mistake on its row; the corrected sheet imports once; a new chair accepts their invitation', async () => {
  const { page } = await phone('demo-city-admin')
  await openRoute(page, '/pages/me/index')
  await tapText(page, '初始化向导')
  await page.locator('#setup-wizard').waitFor()
  await hideLocalBadge(page)
  await look(page, 'setup-wizard')
  await page.locator('#setup-step-import').click()
  await page.locator('#import-pick').waitFor()
  await hideLocalBadge(page)

  // A sheet with mistakes: a duplicate, a missing parent, a cycle, a formula.
  await pickSheet(
    page,
    [
      ...GOOD,
      ['高新区工会', '行业工会', ''],
      ['某某公司工会', '基层工会', '不存在的工会'],
      ['甲区工会', '行业工会', '乙区工会'],
      ['乙区工会', '行业工会', '甲区工会'],
      [{ formula: 'CONCAT("某","公司工会")', result: '某公司工会' }, '基层工会', '高新区工会'],
    ],
    '组织架构-有错误.xlsx',
  )
  const errors = page.locator('#import-errors')
  await errors.waitFor()
  const text = await errors.innerText()
  expect(text).toMatch(/第 7 行[\s\S]*与第 2 行的单位名称重复/)
  expect(text).toMatch(/第 8 行[\s\S]*找不到上级单位“不存在的工会”/)
  expect(text).toMatch(/循环/)
  expect(text).toMatch(/第 11 行[\s\S]*公式/)
  expect(await page.locator('#import-error-count').innerText()).toBe('5 行有错误')
  // Nothing can be imported from a sheet with errors.
  expect(await page.locator('#import-apply').count()).toBe(0)
  await look(page, 'setup-import-errors')

  // The corrected sheet: previewed, then imported.
  await pickSheet(page, GOOD, '组织架构.xlsx')
  await page.locator('#import-apply').waitFor()
  expect(await page.locator('#import-preview').innerText()).toContain('新建 5')
  expect(await page.locator('#import-errors').count()).toBe(0)
  await look(page, 'setup-import-preview')
  await tapButton(page, /确认导入/)
  await page.locator('#import-result', { hasText: '已导入 5 个单位' }).waitFor()
  await look(page, 'setup-import-done')

  // The same sheet again: nothing new, nothing to import.
  await pickSheet(page, GOOD, '组织架构.xlsx')
  await page.locator('#import-preview', { hasText: '已存在 5' }).waitFor()
  expect(await page.locator('#import-apply').count()).toBe(0)

  // Next (from the wizard): every new unit's chair invited; each invitation with its code and mini-program code.
  await openRoute(page, '/package-admin/pages/setup/index')
  await page.locator('#setup-step-invite').click()
  await page.locator('#invites-issue').waitFor()
  await hideLocalBadge(page)
  await tapButton(page, '为所有单位生成主席邀请码')
  await page.locator('#invites-sheet').waitFor()
  const first = page.locator('#invites-list .chair-invite').first()
  await first.waitFor()
  expect(await first.locator('.chair-invite__code').innerText()).toMatch(/^[23456789A-Z]{4} [23456789A-Z]{4}$/)
  await page.locator('#invites-list .chair-invite img').first().waitFor()
  await look(page, 'setup-chair-invites')
  const unitName = await first.locator('.chair-invite__unit').innerText()
  const code = (await first.locator('.chair-invite__code').innerText()).replace(/\s/g, '')

  // A new chair opens the invitation (as scanning its code does), gives their name, accepts; the code then stops working.
  const chair = await phone('e2e-new-chair')
  await openRoute(chair.page, `/package-admin/pages/chair-invite/index?scene=${code}`)
  await chair.page.locator('#privacy-sheet').waitFor()
  await tapButton(chair.page, '同意并继续')
  await chair.page.locator('#real-name input').fill('周建华')
  await chair.page.locator('#nickname input').fill('周主席')
  expect(await chair.page.locator('#chair-code input').inputValue()).toMatch(new RegExp(code.slice(0, 4)))
  await look(chair.page, 'setup-chair-accept')
  await tapButton(chair.page, '接受邀请')
  await chair.page.getByText(`您已是${unitName}的`).waitFor()
  const again = await phone('e2e-second-person')
  await openRoute(again.page, `/package-admin/pages/chair-invite/index?scene=${code}`)
  await tapButton(again.page, '同意并继续')
  await again.page.locator('#real-name input').fill('吴小明')
  await again.page.locator('#nickname input').fill('小吴')
  await tapButton(again.page, '接受邀请')
  expect(await again.page.locator('#chair-error').innerText()).toContain('已经使用过')
}, 120_000)
