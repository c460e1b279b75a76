// Per-invocation identity for cloud.getWXContext().
// wx-server-sdk reads process.env at call time (WX_CONTEXT_KEYS and each listed WX_* key). Locally many
// invocations run at once in one process, so process.env is replaced by a Proxy that answers those keys
// from the current invocation's AsyncLocalStorage store, and everything else from the real environment.
// Node refuses accessor properties on process.env itself, hence the Proxy.
import { AsyncLocalStorage } from 'node:async_hooks'
import { assertNotInCloud } from './sdk-internals'

export interface Invocation {
  OPENID?: string
  APPID?: string
  UNIONID?: string
  CLIENTIP?: string
  /** Set for message-push and timer invocations, which carry no user. */
  SOURCE?: string
}

const store = new AsyncLocalStorage<Record<string, string>>()
let installed = false

export const LOCAL_APPID = 'wx0000000000local'
export const LOCAL_ENV = 'local-cloud'

function toEnv(inv: Invocation): Record<string, string> {
  const env: Record<string, string> = {}
  const keys: string[] = []
  for (const [k, v] of Object.entries({ OPENID: inv.OPENID, APPID: inv.APPID ?? LOCAL_APPID, UNIONID: inv.UNIONID, CLIENTIP: inv.CLIENTIP })) {
    if (v === undefined || v === '') continue
    env[`WX_${k}`] = v
    keys.push(`WX_${k}`)
  }
  env.WX_CONTEXT_KEYS = keys.join(',')
  if (inv.SOURCE) env.TCB_SOURCE = inv.SOURCE
  return env
}

export function installIdentity(): void {
  if (installed) return
  assertNotInCloud()
  const real = process.env
  process.env.TCB_ENV = process.env.TCB_ENV || LOCAL_ENV
  const CONTEXT_KEY = /^(WX_|TCB_SOURCE$)/
  process.env = new Proxy(real, {
    get(target, key) {
      if (typeof key === 'string' && CONTEXT_KEY.test(key)) {
        const current = store.getStore()
        if (current) return current[key]
      }
      return Reflect.get(target, key)
    },
    has(target, key) {
      if (typeof key === 'string' && CONTEXT_KEY.test(key)) {
        const current = store.getStore()
        if (current) return key in current
      }
      return Reflect.has(target, key)
    },
  })
  installed = true
}

/** Run `fn` as one invocation with the given identity; getWXContext() inside answers from it. */
export function runAs<T>(inv: Invocation, fn: () => T): T {
  if (!installed) installIdentity()
  return store.run(toEnv(inv), fn)
}
