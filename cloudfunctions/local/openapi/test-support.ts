// Shared setup for the openapi tests: a fresh folder, the local openapi installed on it, and the real
// wx-server-sdk initialised on the local environment.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LOCAL_APPID, LOCAL_ENV } from '../identity'
import { installOpenApi, type LocalOpenApi, type LocalOpenApiOptions } from './index'

export interface OpenApiFixture {
  dir: string
  api: LocalOpenApi
  /** Events delivered through pushEvent, in order. */
  pushed: Array<Record<string, unknown>>
  /** The identity each of those pushes was delivered as, in the same order. */
  pushedAs: Array<{ OPENID: string }>
  // wx-server-sdk has no type declarations for this use; tests read its replies loosely.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  cloud: any
  /** Install again on the same folder (a restart of the local server). */
  reinstall(overrides?: Partial<LocalOpenApiOptions>): LocalOpenApi
  cleanup(): void
}

export function setupOpenApi(overrides: Partial<LocalOpenApiOptions> = {}): OpenApiFixture {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-openapi-'))
  const pushed: Array<Record<string, unknown>> = []
  const pushedAs: Array<{ OPENID: string }> = []
  const options = (extra: Partial<LocalOpenApiOptions>): LocalOpenApiOptions => ({
    dir,
    appid: LOCAL_APPID,
    mediaCheckDelayMs: 60_000,
    pushEvent: async (event, identity) => {
      pushed.push(event)
      pushedAs.push(identity)
    },
    fetchMedia: async () => null,
    baseUrl: () => 'http://127.0.0.1:8787',
    pages: () => ['pages/index/index', 'pages/works/detail', 'package-review/pages/queue/index'],
    ...overrides,
    ...extra,
  })
  const api = installOpenApi(options({}))
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const cloud = require('wx-server-sdk')
  cloud.init({ env: LOCAL_ENV })
  return {
    dir,
    api,
    pushed,
    pushedAs,
    cloud,
    reinstall: (extra = {}) => installOpenApi(options(extra)),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  }
}

/** What an SDK call rejected with (fails the test if it resolved). */
export async function rejection(promise: Promise<unknown>): Promise<{ errCode: number; errMsg: string; message: string }> {
  try {
    await promise
  } catch (e) {
    return e as { errCode: number; errMsg: string; message: string }
  }
  throw new Error('expected the call to reject, but it resolved')
}
