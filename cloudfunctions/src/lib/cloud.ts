// The one place the cloud SDK is initialised. In WeChat Cloud Development DYNAMIC_CURRENT_ENV is the
// environment the function runs in; locally the same call runs over the local cloud.
import cloud from 'wx-server-sdk'
import type { Database } from './db-types'

// The SDK's typings declare env as a string; DYNAMIC_CURRENT_ENV is a symbol it accepts at run time.
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })

export { cloud }

let database: Database | undefined

/** The database, with throwOnNotFound:false so doc().get() of a missing id answers data: null. */
export function db(): Database {
  if (!database) database = cloud.database({ throwOnNotFound: false } as Parameters<typeof cloud.database>[0]) as unknown as Database
  return database
}
