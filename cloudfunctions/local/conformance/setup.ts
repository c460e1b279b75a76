// The conformance suite's database: the local engine behind the real wx-server-sdk, with the
// collections the behaviours below are stated over. Each test file gets its own engine (jest isolates
// modules per file) and starts every test from an empty database.
import cloud from 'wx-server-sdk'
import type { CollectionDecl } from '../../database/schema'
import { LocalDatabase } from '../engine/engine'
import { installDatabaseSeam } from '../seam'

export const COLLECTIONS: CollectionDecl[] = [
  { name: 'passages', purpose: 'conformance', indexes: [] },
  { name: 'students', purpose: 'conformance', indexes: [] },
  { name: 'goods', purpose: 'conformance', indexes: [] },
  { name: 'persons', purpose: 'conformance', indexes: [] },
  { name: 'articles', purpose: 'conformance', indexes: [] },
  { name: 'users', purpose: 'conformance', indexes: [] },
  { name: 'items', purpose: 'conformance', indexes: [{ name: 'n', fields: [['n', 1]] }] },
  { name: 'accounts', purpose: 'conformance', indexes: [{ name: 'login', fields: [['login', 1]], unique: true }] },
]

/** A transaction as the conformance tests use it: the SDK's own object, typed by the calls made on it. */
export interface ConformanceTransaction {
  collection(name: string): {
    add(options: { data: Record<string, unknown> }): Promise<{ _id: string }>
    doc(id: string): {
      get(): Promise<{ data: unknown }>
      update(options: { data: Record<string, unknown> }): Promise<unknown>
    }
  }
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the SDK's own typings mix callback and promise styles */
export interface Conformance {
  engine: LocalDatabase
  db: any
  _: any
  $: any
}

/** Start a fresh engine for this test file and clear it before each test. */
export function conformanceDatabase(): Conformance {
  const ctx = {} as Conformance
  beforeAll(async () => {
    cloud.init({ env: 'conformance' })
    ctx.engine = await new LocalDatabase({ collections: COLLECTIONS }).open()
    installDatabaseSeam(ctx.engine)
    ctx.db = cloud.database({ throwOnNotFound: false } as Parameters<typeof cloud.database>[0])
    ctx._ = ctx.db.command
    ctx.$ = ctx.db.command.aggregate
  })
  beforeEach(async () => {
    await ctx.engine.clear()
  })
  return ctx
}

/** What a rejected promise rejected with (the test then states its shape). */
export async function rejection(p: Promise<unknown>): Promise<any> {
  try {
    await p
  } catch (e) {
    return e
  }
  throw new Error('expected a rejection, the call succeeded')
}
