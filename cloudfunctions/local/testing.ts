// What scenario tests use: a fresh local cloud per test file (in-memory database), and typed calls
// that go through the same path as the mini-program's: event JSON → function entry → handler.
import type { ActionName, InputOf, OutputOf } from '../../types/actions/index'
import { functionOf } from '../../types/actions/index'
import type { Result } from '../../types/errors'
import { sourceLoaders } from './functions'
import type { Invocation } from './identity'
import { startLocalCloud, type LocalCloud } from './index'
import type { InvokeResult } from './runtime'

export interface TestCloud extends LocalCloud {
  /** Call an action as `who` (an OPENID, or none for a platform-less caller). */
  call<N extends ActionName>(name: N, input: InputOf<N>, who?: Invocation): Promise<Result<OutputOf<N>>>
  /** The same, with round-trip counts and timing. */
  measure<N extends ActionName>(name: N, input: InputOf<N>, who?: Invocation): Promise<InvokeResult<Result<OutputOf<N>>>>
  /** Send any event at all to a function (for bad-input tests). */
  raw(fn: string, event: unknown, who?: Invocation): Promise<Result<unknown>>
}

export async function startTestCloud(): Promise<TestCloud> {
  // Media checks report only when a test flushes them (cloud.openapi.flushMediaChecks()).
  const cloud = await startLocalCloud({ functions: sourceLoaders(), pushFunction: 'content', mediaCheckDelayMs: 3_600_000 })
  const measure = <N extends ActionName>(name: N, input: InputOf<N>, who: Invocation = {}) =>
    cloud.runtime.invoke<Result<OutputOf<N>>>(functionOf(name), { action: name, input }, who)
  return {
    ...cloud,
    measure,
    async call(name, input, who) {
      return (await measure(name, input, who)).result
    },
    async raw(fn, event, who = {}) {
      return (await cloud.runtime.invoke<Result<unknown>>(fn, event, who)).result
    },
  }
}
