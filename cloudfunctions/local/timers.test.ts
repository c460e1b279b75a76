// Timer triggers on the local cloud: the event a timer-triggered function receives
// ({ Type: 'Timer', TriggerName, Time }, tencentcloud.com/document/product/583/31439), with no user behind
// it, fired on demand by tests and on schedule by npm start.
import cloud from 'wx-server-sdk'
import { LocalRuntime } from './runtime'
import { timerTriggers } from './timers'

function recorder() {
  const seen: Array<{ event: unknown; openid: string | undefined }> = []
  const runtime = new LocalRuntime({
    sweeper: () => ({
      main: async (event: unknown) => {
        seen.push({ event, openid: cloud.getWXContext().OPENID })
        return { ok: true, data: null }
      },
    }),
  })
  return { seen, runtime }
}

test('fire() delivers the platform timer event, with no user, at the given time', async () => {
  const { seen, runtime } = recorder()
  const triggers = timerTriggers(runtime, { sweeper: [{ name: 'recheck', type: 'timer', config: '0 */10 * * * * *' }] })
  await triggers.fire('sweeper', 'recheck', new Date('2026-05-01T02:30:00.123Z'))
  expect(seen).toEqual([{ event: { Type: 'Timer', TriggerName: 'recheck', Time: '2026-05-01T02:30:00Z' }, openid: undefined }])
  await expect(triggers.fire('sweeper', 'other')).rejects.toThrow(/no timer trigger/)
  expect(triggers.list()).toMatchObject([{ fn: 'sweeper', name: 'recheck', config: '0 */10 * * * * *' }])
})

test('start() fires on the cron schedule until stop()', async () => {
  const { seen, runtime } = recorder()
  const triggers = timerTriggers(runtime, { sweeper: [{ name: 'everySecond', type: 'timer', config: '* * * * * * *' }] })
  triggers.start()
  await new Promise((resolve) => setTimeout(resolve, 2300))
  triggers.stop()
  const fired = seen.length
  expect(fired).toBeGreaterThanOrEqual(2)
  for (const { event } of seen) expect((event as { Time: string }).Time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
  await new Promise((resolve) => setTimeout(resolve, 1200))
  expect(seen.length).toBe(fired)
})

test('a trigger that is not a timer, or a bad cron, is refused', () => {
  const { runtime } = recorder()
  expect(() => timerTriggers(runtime, { sweeper: [{ name: 'x', type: 'cos' as 'timer', config: '* * * * * * *' }] })).toThrow(/only timer/)
  expect(() => timerTriggers(runtime, { sweeper: [{ name: 'x', type: 'timer', config: '* * * * *' }] })).toThrow(/seven fields/)
})
