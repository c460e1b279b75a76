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
import { LocalRuntime, type FunctionLoaders } from './runtime'
import { assertNotInCloud } from './sdk-internals'
import { installDatabaseSeam } from './seam'
import { installStorage, TEMP_URL_PREFIX, type LocalStorage } from './storage'

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
}

export interface LocalCloud {
  db: LocalDatabase
  runtime: LocalRuntime
  storage: LocalStorage
  openapi: LocalOpenApi
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
  const runtime = new LocalRuntime(options.functions)
  const storage = installStorage({ dir: path.join(dataDir, 'storage'), envId: LOCAL_ENV, baseUrl })
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
    pushEvent: async (event, identity) => {
      if (!options.pushFunction) {
        console.warn('[local cloud] message push with no receiving function:', event.Event)
        return
      }
      await runtime.invoke(options.pushFunction, event, { ...identity, SOURCE: 'wx_msg_push' })
    },
  })
  return {
    db,
    runtime,
    storage,
    openapi,
    async stop() {
      if (temporary) fs.rmSync(dataDir, { recursive: true, force: true })
      else await db.compact()
    },
  }
}
