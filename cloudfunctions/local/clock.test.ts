// The test clock: off by default (the endpoint does not exist), and with --test-clock it moves the time
// the functions' process reads, forward only.
import type { AddressInfo } from 'node:net'
import type http from 'node:http'
import { startTestCloud, type TestCloud } from './testing'
import { createLocalServer } from './server'
import { installTestClock, MAX_ADVANCE_MS, type TestClock } from './clock'

const DAY = 24 * 60 * 60 * 1000

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

const post = (url: string, body: unknown) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) })

describe('installTestClock', () => {
  let clock: TestClock | undefined
  afterEach(() => clock?.uninstall())

  test('moves Date.now forward by what was asked, adding up, and puts it back', () => {
    const before = Date.now()
    clock = installTestClock()
    expect(clock.advance(6 * DAY)).toBe(6 * DAY)
    expect(clock.advance(1000)).toBe(6 * DAY + 1000)
    const moved = Date.now() - before
    expect(moved).toBeGreaterThanOrEqual(6 * DAY + 1000)
    expect(moved).toBeLessThan(6 * DAY + 60_000)
    clock.uninstall()
    expect(Date.now() - before).toBeLessThan(60_000)
  })

  test.each([[0], [-DAY], [1.5], [MAX_ADVANCE_MS + 1], ['86400000'], [null]])('refuses %p and does not move', (ms) => {
    clock = installTestClock()
    expect(() => clock!.advance(ms as number)).toThrow(/advanceMs/)
    expect(clock.offsetMs()).toBe(0)
  })
})

describe('POST /local/clock', () => {
  let cloud: TestCloud
  beforeAll(async () => {
    cloud = await startTestCloud()
  })
  afterAll(() => cloud.stop())

  test('does not exist unless the server was started with the test clock', async () => {
    const server = createLocalServer({ runtime: cloud.runtime, storage: cloud.storage, openapi: cloud.openapi, port: 0 })
    const base = await listen(server)
    try {
      const before = Date.now()
      const res = await post(`${base}/local/clock`, { advanceMs: 6 * DAY })
      expect(res.status).toBe(404)
      expect(Date.now() - before).toBeLessThan(60_000)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })

  test('with the test clock, moves the time the process sees and refuses bad input', async () => {
    const clock = installTestClock()
    const server = createLocalServer({ runtime: cloud.runtime, storage: cloud.storage, openapi: cloud.openapi, port: 0, clock })
    const base = await listen(server)
    try {
      const before = Date.now()
      const res = await post(`${base}/local/clock`, { advanceMs: 6 * DAY })
      expect(res.status).toBe(200)
      const body = (await res.json()) as { offsetMs: number; now: string }
      expect(body.offsetMs).toBe(6 * DAY)
      expect(Date.parse(body.now) - before).toBeGreaterThanOrEqual(6 * DAY)
      expect(Date.now() - before).toBeGreaterThanOrEqual(6 * DAY)
      for (const bad of [{ advanceMs: -1 }, { advanceMs: 'soon' }, {}, 'not json']) {
        expect((await post(`${base}/local/clock`, bad)).status).toBe(400)
      }
      expect(clock.offsetMs()).toBe(6 * DAY)
    } finally {
      clock.uninstall()
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
