// The competition e2e's helpers: the demo names it uses, the H5 picker, a competition's id and fields,
// and a published competition made through the actions (its making through the form is competition.e2e's).
import type { BrowserContext, Page } from 'playwright-core'
import { callAs } from './app'

export const JIXIE = '华中机械制造有限公司工会'
export const TITLE = '经开区数控车工技能比武'
export const MINUTE = 60000
export const HOUR = 60 * MINUTE

export const detailRoute = (id: string) => `/pages/competition/detail?id=${id}`

/** Drags one wheel of the open Taro H5 picker by `steps` rows (positive: later values) and confirms. */
export async function turnPicker(page: Page, column: number, steps: number): Promise<void> {
  const picker = page.locator('.weui-picker:visible')
  await picker.waitFor()
  // The wheels slide up first; a drag that starts during the slide lands below the screen.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  const group = picker.locator('taro-picker-group').nth(column)
  const box = (await group.boundingBox())!
  const x = box.x + box.width / 2
  const y = box.y + box.height / 2
  await page.mouse.move(x, y)
  await page.mouse.down()
  // One row is 34 px; moving up brings the next value under the indicator.
  await page.mouse.move(x, y - 34 * steps, { steps: 8 })
  await page.mouse.up()
  await picker.locator('.weui-picker__action', { hasText: '确定' }).click()
  await picker.waitFor({ state: 'hidden' })
}

/** The competition's id from the address of its public page. */
export async function idFromDetail(page: Page): Promise<string> {
  await page.waitForURL(/competition\/detail\?id=/)
  return new URL(page.url().replace('#', '')).searchParams.get('id') ?? ''
}

/** The organiser's fields of a competition, as competition.update takes them. */
export async function fieldsOf(context: BrowserContext, id: string): Promise<Record<string, unknown>> {
  const c = (await callAs(context, 'competition.detail', { competitionId: id })) as Record<string, unknown>
  // An individual competition reads back team sizes of 1, which the update refuses: they are left out.
  const keys = [
    'title',
    'category',
    'description',
    'place',
    'signupStartAt',
    'signupEndAt',
    'eventStartAt',
    'eventEndAt',
    'capacity',
    'mode',
    'eligibility',
    'needsApproval',
    ...(c.mode === 'team' ? ['teamMin', 'teamMax'] : []),
  ]
  return Object.fromEntries(keys.map((k) => [k, c[k]]))
}

/** A published competition made directly (its making through the form is covered above). */
export async function published(context: BrowserContext, overrides: Record<string, unknown>): Promise<string> {
  const now = Date.now()
  const made = (await callAs(context, 'competition.create', {
    organizerUnitId: 'u-jkq',
    title: '职工拔河比赛',
    category: '文体活动',
    description: '以单位为单位组队参加拔河比赛，增进友谊，增强体质。',
    place: '经开区体育馆',
    signupStartAt: now - HOUR,
    signupEndAt: now + 24 * HOUR,
    eventStartAt: now + 48 * HOUR,
    eventEndAt: now + 50 * HOUR,
    capacity: 8,
    mode: 'individual',
    eligibility: 'subtree',
    needsApproval: false,
    ...overrides,
  })) as { id: string }
  await callAs(context, 'competition.publish', { competitionId: made.id })
  return made.id
}
