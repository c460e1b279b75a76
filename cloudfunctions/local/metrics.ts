// Round trips counted at the SDK seam, per invocation: every request wx-server-sdk sends to the
// database (or storage / openapi) is one round trip to the cloud. The local runtime opens a scope per
// cloud function invocation; the benchmark and tests read the counts.
import { AsyncLocalStorage } from 'node:async_hooks'

export interface CallCounts {
  db: number
  dbByAction: Record<string, number>
  storage: number
  openapi: number
  /**
   * Sequential round trips: the longest chain of round trips each of which started after the one
   * before it had come back (requests sent together count once). What a function waits for in the
   * cloud is this times the round-trip latency. Measured meaningfully with a latency set.
   */
  sequential: number
  /** The deepest chain that has come back so far (internal to the depth count). */
  settledDepth: number
}

const scope = new AsyncLocalStorage<CallCounts>()

export const emptyCounts = (): CallCounts => ({ db: 0, dbByAction: {}, storage: 0, openapi: 0, sequential: 0, settledDepth: 0 })

/** Totals across every invocation since start (or the last reset). */
export const totals: CallCounts = emptyCounts()

export function withCounts<T>(fn: () => T): { result: T; counts: CallCounts } {
  const counts = emptyCounts()
  const result = scope.run(counts, fn)
  return { result, counts }
}

export function count(kind: 'db' | 'storage' | 'openapi', action?: string): void {
  for (const c of [scope.getStore(), totals]) {
    if (!c) continue
    c[kind]++
    if (kind === 'db' && action) c.dbByAction[action] = (c.dbByAction[action] ?? 0) + 1
  }
}

/**
 * The cost of one round trip to the cloud. Locally a request is answered in microseconds, so a chain of
 * sequential round trips looks free; in WeChat's cloud each database, storage or openapi request costs
 * ~10–20 ms from a function. With a latency set, every counted round trip waits that long, so the
 * benchmark and the latency suite see what a sequence of requests costs against a function's timeout.
 * 0 (the default) for `npm start` and most tests; LOCAL_CLOUD_LATENCY_MS sets it from outside.
 */
let latencyMs = Number(process.env.LOCAL_CLOUD_LATENCY_MS ?? 0) || 0

export function setRoundTripLatency(ms: number): void {
  if (!Number.isFinite(ms) || ms < 0) throw new Error(`round-trip latency must be a non-negative number of ms, not ${ms}`)
  latencyMs = ms
}

export const roundTripLatency = (): number => latencyMs

/** Counts one round trip and waits what it would cost in the cloud. Every transport calls this. */
export async function roundTrip(kind: 'db' | 'storage' | 'openapi', action?: string): Promise<void> {
  count(kind, action)
  // Its place in the invocation's chain: one after the deepest round trip that had come back when it
  // was sent. Round trips sent together (Promise.all) see the same depth; one sent after another came
  // back is one deeper. The round trip comes back when its latency has passed.
  const c = scope.getStore()
  const depth = c ? c.settledDepth + 1 : 0
  if (c) c.sequential = Math.max(c.sequential, depth)
  if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs))
  else await Promise.resolve()
  if (c) c.settledDepth = Math.max(c.settledDepth, depth)
}

export function resetTotals(): void {
  Object.assign(totals, emptyCounts())
}
