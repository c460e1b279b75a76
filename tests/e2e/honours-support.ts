// Helpers for the 展职工风采 e2e suite: the local server's test clock, the home page's counts, a seal
// picture, and waiting on something the server does later (the media check's verdict comes by push).
import type { Page } from 'playwright-core'
import { PNG } from 'pngjs'
import { BASE_URL } from './browser'
import { openRoute } from './app'

export const DAY_MS = 24 * 60 * 60 * 1000

/** Moves the time the cloud functions see (scripts/e2e.mjs starts the server with --test-clock). */
export async function advanceClock(ms: number): Promise<void> {
  const res = await fetch(`${BASE_URL}/local/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ advanceMs: ms }),
  })
  if (res.status !== 200) throw new Error(`POST /local/clock answered ${res.status}: ${await res.text()}`)
}

/** The count the home page shows for a target, read from the target's accessible label. */
export async function homeCount(page: Page, label: string): Promise<{ count: number; goal: number }> {
  await openRoute(page, '/pages/index/index')
  const target = page.locator(`.target-progress[aria-label^="${label}，"]`)
  await target.waitFor()
  const m = /已完成(\d+).*目标(\d+)/.exec((await target.getAttribute('aria-label')) ?? '')
  if (!m) throw new Error(`no counts for ${label}`)
  return { count: Number(m[1]), goal: Number(m[2]) }
}

/** Checks `done` every `everyMs` until it holds or `timeoutMs` passes. */
export async function until(done: () => Promise<boolean>, timeoutMs: number, everyMs = 1000): Promise<void> {
  const end = Date.now() + timeoutMs
  for (;;) {
    if (await done()) return
    if (Date.now() > end) throw new Error(`not done within ${timeoutMs} ms`)
    await new Promise((r) => setTimeout(r, everyMs))
  }
}

/** A red ring on white, as a scanned union seal looks (the server turns the white transparent). */
export function sealPng(): Buffer {
  const size = 240
  const png = new PNG({ width: size, height: size })
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4
      const r = Math.hypot(x - size / 2, y - size / 2)
      const ink = (r > 100 && r < 112) || (r < 20 && Math.abs(x - y) < 40)
      png.data[i] = ink ? 0xd0 : 0xff
      png.data[i + 1] = ink ? 0x10 : 0xff
      png.data[i + 2] = ink ? 0x10 : 0xff
      png.data[i + 3] = 0xff
    }
  }
  return PNG.sync.write(png)
}
