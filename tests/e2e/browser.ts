// A phone-sized Chromium for the e2e suites: 375 px wide, touch, Chinese locale, one identity per
// context (the local server's OPENID cookie), screenshots under tests/e2e/screenshots/.
import fs from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

export const BASE_URL = process.env.E2E_BASE_URL ?? ''
if (!BASE_URL) throw new Error('E2E_BASE_URL is not set: run the suites with `npm run test:e2e`.')

const SHOTS = path.resolve(__dirname, 'screenshots')
fs.mkdirSync(SHOTS, { recursive: true })

let browser: Browser | undefined

export async function launch(): Promise<Browser> {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  return browser
}

export async function close(): Promise<void> {
  await browser?.close()
}

/**
 * A screen `width` px wide: below 1024 a phone as an older worker holds it (812 high, 2× pixels, touch),
 * from 1024 a desk (900 high, mouse) where the H5 build lays staff pages out wide; zh-CN either way.
 */
export async function device(width: number, openid?: string): Promise<{ context: BrowserContext; page: Page }> {
  if (!browser) throw new Error('launch() first')
  const phone = width < 1024
  const context = await browser.newContext({
    viewport: { width, height: phone ? 812 : 900 },
    deviceScaleFactor: phone ? 2 : 1,
    isMobile: phone,
    hasTouch: phone,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  })
  if (openid) await context.addCookies([{ name: 'lc_openid', value: openid, url: BASE_URL }])
  const page = await context.newPage()
  return { context, page }
}

/** A phone: 375 px. */
export const phone = (openid?: string) => device(375, openid)

/**
 * Saves a screenshot. Taro's H5 pages scroll inside their own container, and earlier pages of the
 * stack stay in the DOM hidden; for the whole page the viewport is stretched to the height of the
 * page showing now, and put back afterwards.
 */
export async function shot(page: Page, name: string, fullPage = true): Promise<string> {
  const file = path.join(SHOTS, `${name}.png`)
  const viewport = page.viewportSize()
  if (fullPage && viewport) {
    const height = await page.evaluate(() => {
      const shown = Array.from(document.querySelectorAll('.taro_page')).filter(
        (p) => (p as HTMLElement).offsetParent !== null || getComputedStyle(p).position === 'fixed',
      )
      const current = shown[shown.length - 1] as HTMLElement | undefined
      return Math.max(current ? current.scrollHeight : 0, document.documentElement.scrollHeight)
    })
    await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) })
    await page.screenshot({ path: file })
    await page.setViewportSize(viewport)
  } else {
    await page.screenshot({ path: file })
  }
  return file
}

/**
 * Elements that stick out past the right edge of the phone (a layout that does not fit 375 px).
 * Anything inside a container that clips its overflow is judged by that container instead.
 */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = window.innerWidth
    const clipped = (el: Element): boolean => {
      for (let p = el.parentElement; p; p = p.parentElement) {
        const style = getComputedStyle(p)
        if (style.overflowX === 'hidden' || style.overflowX === 'clip') return p.getBoundingClientRect().right <= width + 1
      }
      return false
    }
    const out: string[] = []
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 || r.height === 0 || r.right <= width + 1 || clipped(el)) continue
      out.push(`${el.tagName.toLowerCase()}.${(el.getAttribute('class') ?? '').split(' ').join('.')} right=${Math.round(r.right)}`)
    }
    return out
  })
}
