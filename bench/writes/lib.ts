// The write-action table: every action that writes, at its largest allowed input, through the real
// function entry with every round trip costing the cloud's latency. What is measured per action:
// sequential round trips (the critical path, counted at the SDK seam), all round trips, transactions
// begun, p95 wall time; compared with its function's timeout.
import wx from 'wx-server-sdk'
import { functionOf, type ActionName, type InputOf } from '../../types/actions/index'
import type { Result } from '../../types/errors'
import type { LocalCloud } from '../../cloudfunctions/local/index'
import type { InvokeResult } from '../../cloudfunctions/local/runtime'
import { setRoundTripLatency } from '../../cloudfunctions/local/metrics'
import type { Database } from '../../cloudfunctions/src/lib/db-types'

export interface Prepared<N extends ActionName = ActionName> {
  who: string
  input: InputOf<N>
}

export interface WriteCase<N extends ActionName = ActionName> {
  action: N
  /** What makes this input the largest allowed (shown in the table). */
  largest: string
  /** Runs measured (each on its own freshly prepared records). */
  runs?: number
  /** Calls made at the same moment in each run, each with its own prepared input (one unless said): every call is a sample. */
  atOnce?: number
  /** Make what one run needs (with no latency; not measured) and answer who calls with what. */
  prepare(env: Env, run: number): Promise<Prepared<N>>
  /** A check on the answer beyond `ok` (throws when the action did not do its work). */
  check?(data: unknown, env: Env): Promise<void> | void
}

/** What cases use to make their records: the local cloud, real calls, and the SDK for look-ups. */
export interface Env {
  cloud: LocalCloud
  call<N extends ActionName>(name: N, input: InputOf<N>, who: string): Promise<unknown>
  db: { collection(name: string): { where(q: object): { limit(n: number): { get(): Promise<{ data: Array<Record<string, unknown>> }> } } } }
  now: number
  /** A fresh id for this bench run. */
  uid(prefix: string): string
}

/** Ordinary Chinese text of exactly n characters (passes the content check: no flagged words). */
export function zh(n: number): string {
  const phrase = '职工技能比武展示一线风采交流学习共同进步'
  return phrase.repeat(Math.ceil(n / phrase.length)).slice(0, n)
}

export const LATENCY_MS = 15

export interface WriteRow {
  action: ActionName
  largest: string
  runs: number
  sequential: number
  roundTrips: number
  transactions: number
  p95: number
  timeoutMs: number
}

export function makeEnv(cloud: LocalCloud): Env {
  let n = 0
  // The SDK's typings declare env as a string; DYNAMIC_CURRENT_ENV is a symbol it accepts at run time.
  wx.init({ env: wx.DYNAMIC_CURRENT_ENV as unknown as string })
  return {
    cloud,
    async call(name, input, who) {
      const { result } = await cloud.runtime.invoke<Result<unknown>>(functionOf(name), { action: name, input }, { OPENID: who })
      if (!result.ok) throw new Error(`preparing: ${name} as ${who} failed: ${JSON.stringify(result.error)}`)
      return result.data
    },
    db: wx.database({ throwOnNotFound: false } as Parameters<typeof wx.database>[0]) as unknown as Database,
    now: Date.now(),
    uid: (prefix) => `${prefix}-${Date.now().toString(36)}-${(n++).toString(36)}`,
  }
}

const percentile95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(0.95 * xs.length) - 1)]

export async function runCase(env: Env, c: WriteCase, timeoutMs: number): Promise<WriteRow> {
  const runs = c.runs ?? 6
  const samples: Array<InvokeResult<Result<unknown>>> = []
  for (let i = 0; i < runs; i++) {
    setRoundTripLatency(0)
    // Verdicts of media checks sent by an earlier run are delivered now, not during the measured call:
    // in the cloud they run in another instance of another function (content), not beside this one.
    await env.cloud.openapi.flushMediaChecks()
    const atOnce = c.atOnce ?? 1
    const prepared: Prepared[] = []
    for (let k = 0; k < atOnce; k++) prepared.push(await c.prepare(env, i * atOnce + k))
    setRoundTripLatency(LATENCY_MS)
    let rs: Array<InvokeResult<Result<unknown>>>
    try {
      rs = await Promise.all(
        prepared.map(({ who, input }) => env.cloud.runtime.invoke<Result<unknown>>(functionOf(c.action), { action: c.action, input }, { OPENID: who })),
      )
    } finally {
      setRoundTripLatency(0)
    }
    for (const r of rs) {
      if (!r.result.ok) throw new Error(`${c.action} (${c.largest}) failed: ${JSON.stringify(r.result.error)}`)
      await c.check?.(r.result.data, env)
      samples.push(r)
    }
  }
  await env.cloud.openapi.flushMediaChecks()
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length
  return {
    action: c.action,
    largest: c.largest,
    runs,
    sequential: Math.max(...samples.map((s) => s.counts.sequential)),
    roundTrips: mean(samples.map((s) => s.counts.db + s.counts.storage + s.counts.openapi)),
    transactions: mean(samples.map((s) => s.counts.dbByAction['database.startTransaction'] ?? 0)),
    p95: percentile95(samples.map((s) => s.ms)),
    timeoutMs,
  }
}

export function printWriteTable(rows: WriteRow[]): void {
  const head = ['action', 'largest input', 'seq', 'trips', 'txns', 'p95 ms', 'timeout ms', '']
  const body = rows.map((r) => [
    r.action,
    r.largest,
    String(r.sequential),
    r.roundTrips.toFixed(1),
    r.transactions.toFixed(1),
    r.p95.toFixed(0),
    String(r.timeoutMs),
    r.p95 > r.timeoutMs ? 'OVER' : '',
  ])
  const width = head.map((h, i) => Math.max(h.length, ...body.map((b) => [...b[i]].length)))
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 ? c.padStart(width[i]) : c + ' '.repeat(width[i] - [...c].length))).join('  ')
  console.log(
    `\nwrite actions at their largest input, ${LATENCY_MS} ms per round trip (seq: round trips in a row — one sent after another came back counts one more — max over runs; trips, txns: per call, mean)`,
  )
  console.log(line(head))
  console.log(width.map((w) => '-'.repeat(w)).join('  '))
  for (const b of body) console.log(line(b))
}
