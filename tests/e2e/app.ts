// Moving around the H5 app the way a person does, for the e2e suites. Taro's H5 components are custom
// elements: inputs are filled through the real <input>/<textarea> inside them, and a button is the
// `taro-button-core` element itself. WeChat's own dialogs (showModal, showActionSheet, showToast) are
// drawn by Taro's H5 API as plain DOM.
import type { BrowserContext, Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { BASE_URL, overflowing, shot } from './browser'

/** Opens a route (hash routing) and hides the local server's sign-in badge, which is not part of the app. */
export async function openRoute(page: Page, route: string): Promise<void> {
  const url = `${BASE_URL}/#${route}`
  // Asking for the page already shown changes nothing in a hash router: load it afresh instead.
  if (page.url() === url) await page.reload()
  else await page.goto(url)
  await hideLocalBadge(page)
}

export async function hideLocalBadge(page: Page): Promise<void> {
  await page.addStyleTag({ content: '#local-identity{display:none !important}' })
}

/** Taps the visible button showing `text` (pages further back in the stack are hidden, not gone). */
export async function tapButton(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('taro-button-core:visible', { hasText: text }).first().click()
}

/** Taps any visible element with this text (rows, links, tabs). */
export async function tapText(page: Page, text: string | RegExp): Promise<void> {
  await page
    .getByText(text, { exact: typeof text === 'string' })
    .first()
    .click()
}

export async function fillInput(page: Page, id: string, value: string): Promise<void> {
  await page.locator(`#${id} input`).fill(value)
}

export async function fillTextarea(page: Page, id: string, value: string): Promise<void> {
  await page.locator(`#${id} textarea`).fill(value)
}

/** The confirm button of a showModal. */
export async function confirmModal(page: Page, label?: string): Promise<void> {
  // The dialog's own box: its outer element has no size of its own (everything inside is fixed).
  const modal = page.locator('.taro__modal .taro-modal__content')
  await modal.waitFor({ state: 'visible' })
  if (label) await modal.locator('.taro-modal__text', { hasText: label }).waitFor()
  await modal.locator('.taro-model__confirm').click()
}

/** The text of the toast showing now. */
export async function toastText(page: Page): Promise<string> {
  // The toast's box is its second child (the first is an invisible mask); the outer element has no size.
  const toast = page.locator('.taro__toast > div:nth-child(2)')
  await toast.waitFor({ state: 'visible' })
  return toast.innerText()
}

export async function tapTab(page: Page, label: '首页' | '我的'): Promise<void> {
  await page.locator('.taro-tabbar__tabbar .weui-tabbar__item', { hasText: label }).click()
}

/** Screenshot at 375 px, after checking that nothing sticks out past the right edge. */
export async function look(page: Page, name: string): Promise<void> {
  // Let the page settle before judging its layout: a page slides in from the right when opened, and
  // images and fonts arrive a moment later.
  await page.waitForFunction(() => {
    const shown = Array.from(document.querySelectorAll('.taro_page')).filter(
      (p) => (p as HTMLElement).offsetParent !== null || getComputedStyle(p).position === 'fixed',
    )
    // In place: a phone's page at the left edge, a desk's centred column in the middle.
    const settled = (r: DOMRect) => Math.abs(r.left - (window.innerWidth - r.width) / 2) < 0.5
    return shown.every((p) => settled(p.getBoundingClientRect())) && document.getAnimations().every((a) => a.playState !== 'running')
  })
  // A toast from the last action would cover the screen in the picture; it goes after 2–3 s.
  await page.waitForFunction(
    () => Array.from(document.querySelectorAll('.taro__toast')).every((t) => getComputedStyle(t).opacity === '0' || getComputedStyle(t).display === 'none'),
    undefined,
    { timeout: 5000 },
  )
  await page.waitForTimeout(300)
  expect(await overflowing(page)).toEqual([])
  await shot(page, name)
}

/** A small square picture, as a person would pick from their album. */
export function avatarPng(): Buffer {
  const size = 64
  const png = new PNG({ width: size, height: size })
  for (let i = 0; i < size * size; i++) {
    png.data[i * 4] = 0xc8
    png.data[i * 4 + 1] = (i % size) * 3
    png.data[i * 4 + 2] = 0x1d
    png.data[i * 4 + 3] = 0xff
  }
  return PNG.sync.write(png)
}

/**
 * Calls a cloud function action as this browser's person (same identity cookie), for setting the
 * stage quickly where the UI path itself is covered by another test.
 */
export async function callAs(context: BrowserContext, action: string, input: Record<string, unknown>): Promise<unknown> {
  const fn = action.slice(0, action.indexOf('.'))
  const res = await context.request.post(`${BASE_URL}/api/${fn}`, { data: { action, input } })
  const body = (await res.json()) as { ok: boolean; data?: unknown; error?: unknown }
  if (!body.ok) throw new Error(`${action} failed: ${JSON.stringify(body.error)}`)
  return body.data
}
