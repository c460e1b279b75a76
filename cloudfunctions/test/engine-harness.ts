// The engine tests' database (cloudfunctions/local/engine/engine*.test.ts): the embedded engine under
// the real wx-server-sdk, emptied before each test. `engine`, `db` and `_` are live bindings: importers
// see them once beforeAll made them.
import cloud from 'wx-server-sdk'
import type { CollectionDecl } from '../database/schema'
import { installDatabaseSeam } from '../local/seam'
import { LocalDatabase } from '../local/engine/engine'

export const COLLECTIONS: CollectionDecl[] = [
  {
    name: 'items',
    purpose: 'test',
    indexes: [
      { name: 'n', fields: [['n', 1]] },
      {
        name: 'tag_n',
        fields: [
          ['tag', 1],
          ['n', -1],
        ],
      },
    ],
  },
  { name: 'people', purpose: 'test', indexes: [{ name: 'openid', fields: [['_openid', 1]], unique: true }] },
  {
    name: 'pairs',
    purpose: 'test',
    indexes: [
      {
        name: 'a_b',
        fields: [
          ['a', 1],
          ['b', 1],
        ],
        unique: true,
      },
    ],
  },
  { name: 'counters', purpose: 'test', indexes: [] },
]

// eslint-disable-next-line import/no-mutable-exports
export let engine: LocalDatabase
// eslint-disable-next-line @typescript-eslint/no-explicit-any, import/no-mutable-exports
export let db: any
// eslint-disable-next-line @typescript-eslint/no-explicit-any, import/no-mutable-exports
export let _: any

beforeAll(async () => {
  cloud.init({ env: 'test' })
  engine = await new LocalDatabase({ collections: COLLECTIONS }).open()
  installDatabaseSeam(engine)
  db = cloud.database({ throwOnNotFound: false } as Parameters<typeof cloud.database>[0])
  _ = db.command
})

beforeEach(async () => {
  await engine.clear()
})
