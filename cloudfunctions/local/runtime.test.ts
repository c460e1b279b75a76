// Each invocation is held to its function's timeout, as the platform holds it: 3 s where none was set
// (the default, and what a plain upload leaves), the configured number of seconds otherwise. The caller
// gets -504003 "Invoking task timed out after N seconds"; the invocation's later writes still land.
import type { AddressInfo } from 'node:net'
import { startLocalCloud } from './index'
import { DEFAULT_TIMEOUT_SECONDS, FunctionTimeoutError, LocalRuntime } from './runtime'
import { createLocalServer } from './server'
import { FUNCTIONS } from '../src/functions/index'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A function that works for `ms`, then records that it finished. */
function slow(ms: number, done: string[], name: string) {
  return () => ({
    main: async () => {
      await sleep(ms)
      done.push(name)
      return { ok: true, data: name }
    },
  })
}

test('no timeout configured: the platform default of 3 s applies', async () => {
  expect(DEFAULT_TIMEOUT_SECONDS).toBe(3)
  const done: string[] = []
  const runtime = new LocalRuntime({ plain: slow(3300, done, 'plain') })
  const started = performance.now()
  const err = await runtime.invoke('plain', {}, {}).catch((e: unknown) => e)
  const ms = performance.now() - started
  expect(err).toBeInstanceOf(FunctionTimeoutError)
  expect(err).toMatchObject({ errCode: -504003, message: 'Invoking task timed out after 3 seconds' })
  expect(ms).toBeGreaterThanOrEqual(2990)
  expect(ms).toBeLessThan(3300)
  // What it would have written after the caller was told it failed still lands.
  expect(done).toEqual([])
  await runtime.settled()
  expect(done).toEqual(['plain'])
})

test('a configured timeout is the limit: under it answers, over it fails for the caller', async () => {
  const done: string[] = []
  const runtime = new LocalRuntime({ quick: slow(600, done, 'quick'), tight: slow(1300, done, 'tight') }, { quick: 1, tight: 1 })
  expect((await runtime.invoke('quick', {}, {})).result).toEqual({ ok: true, data: 'quick' })
  await expect(runtime.invoke('tight', {}, {})).rejects.toMatchObject({ errCode: -504003, message: 'Invoking task timed out after 1 seconds' })
  await runtime.settled()
  expect(done).toEqual(['quick', 'tight'])
})

test('the local cloud holds every function to the timeout its configuration declares', async () => {
  const cloud = await startLocalCloud({ functions: {} })
  try {
    for (const [fn, config] of Object.entries(FUNCTIONS)) expect(cloud.runtime.timeoutOf(fn)).toBe(config.timeout ?? 3)
    expect(cloud.runtime.timeoutOf('undeclared')).toBe(3)
  } finally {
    await cloud.stop()
  }
})

test('the local server answers a timed-out call as wx.cloud.callFunction reports it', async () => {
  const done: string[] = []
  const cloud = await startLocalCloud({ functions: { slowfn: slow(1300, done, 'slowfn') }, functionConfigs: { slowfn: { timeout: 1 } } })
  const server = createLocalServer({ runtime: cloud.runtime, storage: cloud.storage, openapi: cloud.openapi, port: 0 })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/slowfn`, { method: 'POST', body: '{}' })
    expect(res.status).toBe(504)
    expect(await res.json()).toEqual({
      errCode: -504003,
      errMsg: 'cloud.callFunction:fail Error: errCode: -504003 | errMsg: Invoking task timed out after 1 seconds',
    })
  } finally {
    await new Promise((resolve) => server.close(resolve))
    // stop() waits for the timed-out invocation to finish.
    await cloud.stop()
    expect(done).toEqual(['slowfn'])
  }
})
