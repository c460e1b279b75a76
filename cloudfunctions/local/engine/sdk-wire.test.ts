// The database requests wx-server-sdk sends, recorded: the engine answers exactly these action names
// and parameter shapes. An SDK upgrade that changes any of them fails here, before it can make the
// local cloud answer something the real SDK no longer asks (or ask something the engine never
// learned). Review the engine against the new SDK, then update sdk-wire.json.
import fs from 'node:fs'
import path from 'node:path'
import cloud from 'wx-server-sdk'
import { collections } from '../../database/collections'
import { installDatabaseSeam, wireLog } from '../seam'
import { versions } from '../sdk-internals'
import { LocalDatabase } from './engine'

const FIXTURE = path.join(__dirname, 'sdk-wire.json')

/** Keys and value kinds of a request, with generated ids replaced so the record is stable. */
function shape(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(params).sort()) {
    const v = params[key]
    out[key] = key === 'transactionId' && v !== undefined ? '<transactionId>' : v
  }
  return out
}

test('the SDK version is the one the local cloud was written against', () => {
  expect(versions).toEqual({ wxServerSdk: '4.0.2', nodeSdk: '3.17.2', database: '1.4.3' })
})

test('database requests keep their names and shapes', async () => {
  cloud.init({ env: 'wire' })
  const engine = await new LocalDatabase({ collections }).open()
  installDatabaseSeam(engine)
  const db = cloud.database({ throwOnNotFound: false } as Parameters<typeof cloud.database>[0])
  const _ = db.command
  wireLog.enabled = true
  wireLog.entries.length = 0
  try {
    const users = db.collection('users')
    await users.add({ data: { _id: 'u1', _openid: 'o1', n: 1, at: new Date(0), when: db.serverDate() } })
    await users.doc('u1').get()
    await users.doc('u1').field({ n: true }).get()
    await users
      .where({ n: _.gte(1).and(_.lt(5)), 'profile.name': 'x', tags: _.in(['a']), re: db.RegExp({ regexp: '^a', options: 'i' }) })
      .orderBy('n', 'desc')
      .skip(1)
      .limit(2)
      .field({ n: true })
      .get()
    await users.where(_.or([{ n: 1 }, { n: 2 }])).count()
    await users.doc('u1').update({ data: { n: _.inc(1), list: _.push([1]), gone: _.remove(), profile: { name: 'y' } } })
    await users.doc('u1').set({ data: { _openid: 'o1', n: 9 } })
    await users.where({ n: 9 }).update({ data: { m: 1 } })
    await users
      .aggregate()
      .match({ n: 9 })
      .group({ _id: '$n', c: _.aggregate.sum(1) })
      .limit(5)
      .end()
    await db.runTransaction(
      async (t: {
        collection: (n: string) => {
          doc: (id: string) => {
            get: () => Promise<unknown>
            update: (o: object) => Promise<unknown>
            set: (o: object) => Promise<unknown>
            remove: () => Promise<unknown>
          }
          add: (o: object) => Promise<unknown>
        }
      }) => {
        await t.collection('users').doc('u1').get()
        await t
          .collection('users')
          .doc('u1')
          .update({ data: { n: _.inc(1) } })
        await t.collection('users').add({ data: { _id: 'u2', _openid: 'o2' } })
        await t
          .collection('users')
          .doc('u2')
          .set({ data: { _openid: 'o2', k: 1 } })
        await t.collection('users').doc('u2').remove()
      },
    )
    await db
      .runTransaction(async (t: { rollback: (r: unknown) => Promise<void> }) => {
        await t.rollback('stop')
      })
      .catch(() => undefined)
    await users.doc('u1').remove()
    await users.where({ n: 10 }).remove()
  } finally {
    wireLog.enabled = false
  }
  const recorded = wireLog.entries.map((e) => ({ action: e.action, params: shape(e.params) }))
  if (process.env.UPDATE_SDK_WIRE === '1') fs.writeFileSync(FIXTURE, JSON.stringify(recorded, null, 2) + '\n')
  const expected = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'))
  expect(recorded).toEqual(expected)
})
