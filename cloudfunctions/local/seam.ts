// The database seam: @cloudbase/database sends every request through `new Db.reqClass(config).send()`.
// @cloudbase/node-sdk assigns `Db.reqClass = TcbDBApiHttpRequester` on every `database()` call, so the
// property is pinned with a getter that answers the local requester and a setter that ignores the
// reassignment. Everything above it (query building, EJSON serialization, result shaping, error
// mapping, runTransaction's retry) is the real SDK's code.
import { Db, assertNotInCloud } from './sdk-internals'
import type { LocalDatabase } from './engine/engine'
import { roundTrip } from './metrics'

let current: LocalDatabase | undefined
/** Every request seen, for the wire contract test (off unless a test turns it on). */
export const wireLog: { enabled: boolean; entries: Array<{ action: string; params: Record<string, unknown> }> } = { enabled: false, entries: [] }

class LocalDbRequester {
  constructor(readonly config: unknown) {}

  async send(action: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    if (!current) throw new Error('The local cloud database is not started (call startLocalCloud first).')
    await roundTrip('db', action)
    if (wireLog.enabled) wireLog.entries.push({ action, params: structuredClone(params ?? {}) })
    return current.handle(action, params)
  }
}

let installed = false

export function installDatabaseSeam(engine: LocalDatabase): void {
  assertNotInCloud()
  current = engine
  if (installed) return
  Object.defineProperty(Db, 'reqClass', {
    configurable: true,
    get: () => LocalDbRequester,
    set: () => {
      /* node-sdk reassigns its HTTP requester on every database() call; the local one stays */
    },
  })
  installed = true
}

export function currentDatabase(): LocalDatabase {
  if (!current) throw new Error('The local cloud database is not started.')
  return current
}
