// Timer triggers on the local cloud: each function's trigger from its configuration (FUNCTIONS[fn].triggers,
// the config.json `triggers` the build writes) fires on its cron schedule while `npm start` runs, and tests
// fire one on demand. The function receives what the platform sends a timer-triggered function
// (https://www.tencentcloud.com/document/product/583/31439, "Timer 触发器的事件消息结构"):
// `{ Type: 'Timer', TriggerName, Time }` with Time in UTC to the second (e.g. "2019-02-21T11:49:00Z"); the
// documented optional `Message` is not configurable from config.json and is left out. No user is behind a
// timer: the invocation has no OPENID. What the function returns goes nowhere.
import { parseCron, type Cron } from './cron'
import type { InvokeResult, LocalRuntime } from './runtime'

export interface TimerTriggerConfig {
  name: string
  type: 'timer'
  config: string
}

export interface TimerEvent {
  Type: 'Timer'
  TriggerName: string
  Time: string
}

export interface TimerTriggers {
  /** Every declared trigger with its next firing time. */
  list(): Array<{ fn: string; name: string; config: string; next: Date | null }>
  /** Fires `fn`'s trigger now (or as of `at`), as the platform would; answers the invocation. */
  fire(fn: string, triggerName?: string, at?: Date): Promise<InvokeResult>
  /** Fires every trigger on its schedule until stop(). */
  start(): void
  stop(): void
}

export const timerEvent = (name: string, at: Date): TimerEvent => ({ Type: 'Timer', TriggerName: name, Time: at.toISOString().replace(/\.\d{3}Z$/, 'Z') })

/** setTimeout's longest delay; a later firing is waited for in steps. */
const MAX_DELAY_MS = 2 ** 31 - 1

export function timerTriggers(runtime: LocalRuntime, declared: Record<string, readonly TimerTriggerConfig[] | undefined>): TimerTriggers {
  const entries: Array<{ fn: string; trigger: TimerTriggerConfig; cron: Cron }> = []
  for (const [fn, triggers] of Object.entries(declared)) {
    for (const trigger of triggers ?? []) {
      if (trigger.type !== 'timer') throw new Error(`${fn}: trigger ${trigger.name} has type ${trigger.type}; only timer triggers exist`)
      entries.push({ fn, trigger, cron: parseCron(trigger.config) })
    }
  }
  const timers = new Set<NodeJS.Timeout>()
  let running = false

  const fire: TimerTriggers['fire'] = async (fn, triggerName, at = new Date()) => {
    const entry = entries.find((e) => e.fn === fn && (triggerName === undefined || e.trigger.name === triggerName))
    if (!entry) throw new Error(`no timer trigger ${triggerName ?? ''} on ${fn}`)
    return runtime.invoke(fn, timerEvent(entry.trigger.name, at), {})
  }

  const arm = (entry: (typeof entries)[number], after: Date) => {
    if (!running) return
    const next = entry.cron.next(after)
    if (!next) return
    const delay = next.getTime() - Date.now()
    const timer = setTimeout(
      () => {
        timers.delete(timer)
        if (delay > MAX_DELAY_MS) return arm(entry, after)
        fire(entry.fn, entry.trigger.name, next).catch((e) =>
          console.error(`[local cloud] timer ${entry.fn}/${entry.trigger.name} failed:`, (e as Error).message ?? e),
        )
        arm(entry, next)
      },
      Math.max(0, Math.min(delay, MAX_DELAY_MS)),
    )
    timer.unref()
    timers.add(timer)
  }

  return {
    list: () => entries.map((e) => ({ fn: e.fn, name: e.trigger.name, config: e.trigger.config, next: e.cron.next(new Date()) })),
    fire,
    start() {
      if (running) return
      running = true
      for (const entry of entries) arm(entry, new Date())
    },
    stop() {
      running = false
      for (const t of timers) clearTimeout(t)
      timers.clear()
    },
  }
}
