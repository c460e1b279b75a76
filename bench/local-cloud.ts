// Raw operations of the local cloud through the real SDK: what one database round trip costs here,
// the yardstick the action figures are compared against.
import cloud from 'wx-server-sdk'
import type { Database } from '../cloudfunctions/src/lib/db-types'
import { percentile, record, timeSerial } from './lib'

export async function benchLocalCloud(): Promise<{ indexedGetP95: number }> {
  // The SDK's typings declare env as a string; DYNAMIC_CURRENT_ENV is a symbol it accepts at run time.
  cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string })
  // The project's typed view of the same object (cloudfunctions/src/lib/cloud.ts does the same).
  const db = cloud.database({ throwOnNotFound: false } as Parameters<typeof cloud.database>[0]) as unknown as Database
  const _ = db.command
  const users = db.collection('users')

  const N = 5000
  const insert = await timeSerial(N, (i) =>
    users.add({ data: { _openid: `bench-raw-${i}`, unitId: `bench-unit-${i % 50}`, realName: `职工${i}`, createdAt: new Date() } }),
  )
  record('local_cloud.insert_p50', percentile(insert, 50), 'ms')
  record('local_cloud.insert_p95', percentile(insert, 95), 'ms')
  record('local_cloud.insert_per_s', 1000 / (insert.reduce((a, b) => a + b, 0) / N), 'ops/s')

  const indexed = await timeSerial(2000, (i) =>
    users
      .where({ unitId: `bench-unit-${i % 50}` })
      .limit(20)
      .get(),
  )
  const indexedGetP95 = percentile(indexed, 95)
  record('local_cloud.indexed_get_p50', percentile(indexed, 50), 'ms')
  record('local_cloud.indexed_get_p95', indexedGetP95, 'ms')

  const byOpenid = await timeSerial(2000, (i) =>
    users
      .where({ _openid: `bench-raw-${i}` })
      .limit(1)
      .get(),
  )
  record('local_cloud.unique_lookup_p95', percentile(byOpenid, 95), 'ms')

  const { _id } = await db.collection('campaigns').add({ data: { status: 'bench', startAt: new Date(), n: 0 } })
  const update = await timeSerial(2000, () =>
    db
      .collection('campaigns')
      .doc(_id)
      .update({ data: { n: _.inc(1) } }),
  )
  record('local_cloud.update_inc_p95', percentile(update, 95), 'ms')

  const txn = await timeSerial(1000, () =>
    db.runTransaction(async (t) => {
      const { data } = await t.collection<{ n: number }>('campaigns').doc(_id).get()
      if (!data) throw new Error('the bench campaign is missing')
      await t
        .collection('campaigns')
        .doc(_id)
        .update({ data: { n: data.n + 1 } })
    }),
  )
  record('local_cloud.transaction_p95', percentile(txn, 95), 'ms')
  await db.collection('campaigns').doc(_id).remove()
  await users.where({ _openid: db.RegExp({ regexp: '^bench-raw-' }) }).remove()
  return { indexedGetP95 }
}
