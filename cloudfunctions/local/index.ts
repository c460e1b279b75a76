// The local cloud: the real wx-server-sdk with its transports replaced underneath (database seam,
// storage, openapi), an embedded database, and an in-process function runtime with per-invocation
// identity. Used by `npm start`, jest and the benchmark; never part of a cloud function bundle.
import { collections } from '../database/collections'
import { LocalDatabase } from './engine/engine'
import { installIdentity } from './identity'
import { LocalRuntime, type FunctionLoaders } from './runtime'
import { assertNotInCloud } from './sdk-internals'
import { installDatabaseSeam } from './seam'

export interface LocalCloudOptions {
  /** Folder for persistent data; omitted: the database lives in memory. */
  dataDir?: string
  functions: FunctionLoaders
}

export interface LocalCloud {
  db: LocalDatabase
  runtime: LocalRuntime
  stop(): Promise<void>
}

export async function startLocalCloud(options: LocalCloudOptions): Promise<LocalCloud> {
  assertNotInCloud()
  installIdentity()
  const db = await new LocalDatabase({ dir: options.dataDir ? `${options.dataDir}/db` : undefined, collections }).open()
  installDatabaseSeam(db)
  const runtime = new LocalRuntime(options.functions)
  return {
    db,
    runtime,
    async stop() {
      if (options.dataDir) await db.compact()
    },
  }
}
