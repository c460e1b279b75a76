// The exact modules wx-server-sdk uses underneath, resolved from wx-server-sdk's own folder so a
// second copy elsewhere in node_modules can never be the one patched by mistake.
// See ../../../shared design notes: local-cloud.md ("The database seam").
import path from 'node:path'

const wxServerSdkDir = path.dirname(require.resolve('wx-server-sdk/package.json'))
const nodeSdkEntry = require.resolve('@cloudbase/node-sdk', { paths: [wxServerSdkDir] })
const nodeSdkDir = path.dirname(nodeSdkEntry)
const databaseEntry = require.resolve('@cloudbase/database', { paths: [nodeSdkDir] })

/** The CloudBase class whose instances wx-server-sdk calls for storage, openapi and functions. */
export const CloudBase: { prototype: Record<string, unknown> } = require(path.join(nodeSdkDir, 'cloudbase.js')).CloudBase

/**
 * @cloudbase/node-sdk's own error helpers (`E`, `processReturn`) and error table. Replacements of CloudBase
 * methods report failures through these, so they throw or return exactly as the originals would (node-sdk
 * throws on an error code unless `setThrowOnCode(false)` was called).
 */
export const nodeSdkUtils: {
  E(error: { code: string; message: string; requestId?: string }): Error & { code: string; requestId: string }
  /** Throws `E(result)`, or returns `result` as is when node-sdk is in its no-throw mode. */
  processReturn<T extends { code: string; message: string; requestId?: string }>(result: T): T
} = require(path.join(nodeSdkDir, 'utils', 'utils.js'))
export const nodeSdkErrors: Record<'INVALID_PARAM' | 'SYS_ERR' | 'STORAGE_REQUEST_FAIL' | 'STORAGE_FILE_NONEXIST', { code: string; message: string }> = require(
  path.join(nodeSdkDir, 'const', 'code.js'),
).ERROR

/** The @cloudbase/database Db class; every Query/Document/Transaction sends through `Db.reqClass`. */
export const Db: { reqClass: unknown } = require(databaseEntry).Db

/** Versions the seam was written against; the contract test pins them. */
export const versions = {
  wxServerSdk: require(path.join(wxServerSdkDir, 'package.json')).version as string,
  nodeSdk: require(path.join(nodeSdkDir, '..', 'package.json')).version as string,
  database: require(path.join(path.dirname(databaseEntry), '..', '..', 'package.json')).version as string,
}

/** Refuse to patch anything inside a real cloud function runtime. */
export function assertNotInCloud(): void {
  if (process.env.TENCENTCLOUD_RUNENV === 'SCF') {
    throw new Error('The local cloud must never be installed inside WeChat Cloud Development (TENCENTCLOUD_RUNENV=SCF).')
  }
}

/** The bson package @cloudbase/database serializes with (EJSON on the wire). */
export const bson: typeof import('bson') = require(require.resolve('bson', { paths: [path.dirname(databaseEntry)] }))
