// Round trips counted at the SDK seam, per invocation: every request wx-server-sdk sends to the
// database (or storage / openapi) is one round trip to the cloud. The local runtime opens a scope per
// cloud function invocation; the benchmark and tests read the counts.
import { AsyncLocalStorage } from 'node:async_hooks'

export interface CallCounts {
  db: number
  dbByAction: Record<string, number>
  storage: number
  openapi: number
}

const scope = new AsyncLocalStorage<CallCounts>()

export const emptyCounts = (): CallCounts => ({ db: 0, dbByAction: {}, storage: 0, openapi: 0 })

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

export function resetTotals(): void {
  Object.assign(totals, emptyCounts())
}
