// The local cloud: the real wx-server-sdk with its transports replaced underneath (database seam,
// storage, openapi), an embedded database, and an in-process function runtime with per-invocation
// identity. Used by `npm start`, jest and the benchmark; never part of a cloud function bundle.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { collections } from '../database/collections'
import { LocalDatabase } from './engine/engine'
import { installIdentity, LOCAL_APPID, LOCAL_ENV } from './identity'
import { installOpenApi, type LocalOpenApi } from './openapi'
import { installPlatformAnswers } from './platform'
import { FUNCTIONS } from '../src/functions/index'
import { FunctionTimeoutError, LocalRuntime, type FunctionLoaders } from './runtime'
import { assertNotInCloud } from './sdk-internals'
import { installDatabaseSeam } from './seam'
import { installStorage, TEMP_URL_PREFIX, type LocalStorage } from './storage'
import { timerTriggers, type TimerTriggerConfig, type TimerTriggers } from './timers'

export interface LocalCloudOptions {
  /** Folder for persistent data (database, files, outbox); omitted: memory and a temporary folder. */
  dataDir?: string
  functions: FunctionLoaders
  /** Origin of the local server, read at call time (temp URLs and QR codes point there). */
  baseUrl?: () => string
  /** How long the asynchronous media check takes to report (the cloud: up to 30 minutes). */
  mediaCheckDelayMs?: number
  /** The cloud function configured to receive message pushes (wxa_media_check); none: pushes are logged. */
  pushFunction?: string
  /** The mini-program's pages, for openapi page checks. */
  pages?: () => string[] | null
  /**
   * Each function's timeout (seconds; absent: the platform's 3 s) and timer triggers; default: what
   * src/functions/index.ts FUNCTIONS declares, which is what the build writes into config.json.
   */
  functionConfigs?: Record<string, { timeout?: number; triggers?: readonly TimerTriggerConfig[] }>
}

export interface LocalCloud {
  db: LocalDatabase
  runtime: LocalRuntime
  storage: LocalStorage
  openapi: LocalOpenApi
  /** Timer triggers: `start()` for npm start, `fire(fn)` for tests. */
  triggers: TimerTriggers
  stop(): Promise<void>
}

export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  assertNotInCloud()
  installIdentity()
  installPlatformAnswers()
  const temporary = !options.dataDir
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'local-cloud-'))
  const db = await new LocalDatabase({ dir: temporary ? undefined : path.join(dataDir, 'db'), collections }).open()
  installDatabaseSeam(db)
  const baseUrl = options.baseUrl ?? (() => 'http://127.0.0.1:8787')
  const configs: Record<string, { timeout?: number; triggers?: readonly TimerTriggerConfig[] }> = options.functionConfigs ?? FUNCTIONS
  const runtime = new LocalRuntime(options.functions, Object.fromEntries(Object.entries(configs).map(([fn, c]) => [fn, c.timeout])))
  const triggers = timerTriggers(runtime, Object.fromEntries(Object.entries(configs).map(([fn, c]) => [fn, c.triggers])))
  const storage = installStorage({ dir: path.join(dataDir, 'storage'), envId: LOCAL_ENV, baseUrl })
  let pushQueue: Promise<unknown> = Promise.resolve()
  const openapi = installOpenApi({
    dir: path.join(dataDir, 'openapi'),
    appid: LOCAL_APPID,
    mediaCheckDelayMs: options.mediaCheckDelayMs ?? 3000,
    baseUrl,
    pages: options.pages,
    // Temp URLs of the local storage resolve from disk; anything else is fetched.
    fetchMedia: async (url) => {
      const u = new URL(url)
      if (u.pathname.startsWith(TEMP_URL_PREFIX)) {
        const hit = storage.resolveTempUrl(u.pathname + u.search)
        return hit ? fs.readFileSync(hit.filePath) : null
      }
      const res = await fetch(url).catch(() => null)
      return res && res.ok ? Buffer.from(await res.arrayBuffer()) : null
    },
    pushEvent: (event, identity) => {
      const pushFunction = options.pushFunction
      if (!pushFunction) {
        console.warn('[local cloud] message push with no receiving function:', event.Event)
        return Promise.resolve()
      }
      // One push at a time: in the cloud each push runs on an instance of its own (its own CPU share and
      // 512 MB); here every invocation shares this machine's cores, and a burst of pushes each making
      // image sizes at once would measure a contention the cloud does not have and run past the
      // function's timeout. Delivered in turn, each push gets the machine as an instance would.
      const run = pushQueue.then(async () => {
        try {
          await runtime.invoke(pushFunction, event, { ...identity, SOURCE: 'wx_msg_push' })
        } catch (e) {
          // The push's invocation ran out of time: the platform reports it to nobody but the function's log.
          if (e instanceof FunctionTimeoutError) console.warn(`[local cloud] message push to ${pushFunction}: ${e.message}`)
          else throw e
        }
      })
      pushQueue = run.catch(() => undefined)
      return run
    },
  })
  return {
    db,
    runtime,
    storage,
    openapi,
    triggers,
    async stop() {
      triggers.stop()
      // Timed-out invocations run on; let their late writes land before the data is closed.
      await runtime.settled()
      if (temporary) fs.rmSync(dataDir, { recursive: true, force: true })
      else await db.compact()
    },
  }
}
