// The embedded engine, exercised through the real wx-server-sdk (the same calls handlers make).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import cloud from 'wx-server-sdk'
import type { CollectionDecl } from '../../database/schema'
import { installDatabaseSeam } from '../seam'
import { inTransaction } from '../../src/lib/transaction'
import { LocalDatabase } from './engine'

const COLLECTIONS: CollectionDecl[] = [
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

let engine: LocalDatabase
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let db: any
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let _: any

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

describe('documents', () => {
  test('add and get keep types; serverDate becomes the server time', async () => {
    const before = Date.now()
    const { _id } = await db.collection('items').add({ data: { n: 1, when: new Date(5), nested: { a: [1, { b: 'x' }] }, at: db.serverDate() } })
    expect(_id).toMatch(/^[0-9a-f]{32}$/)
    const { data } = await db.collection('items').doc(_id).get()
    expect(data).toMatchObject({ _id, n: 1, nested: { a: [1, { b: 'x' }] } })
    expect(data.when).toBeInstanceOf(Date)
    expect(data.when.getTime()).toBe(5)
    expect(data.at).toBeInstanceOf(Date)
    expect(data.at.getTime()).toBeGreaterThanOrEqual(before)
  })

  test('an equality on an array field under a compound index matches documents whose array holds the value (multikey, as MongoDB)', async () => {
    await db.collection('items').add({ data: { _id: 'p1', tag: ['city', 'area'], n: 1 } })
    await db.collection('items').add({ data: { _id: 'p2', tag: ['city'], n: 1 } })
    await db.collection('items').add({ data: { _id: 'p3', tag: 'city', n: 2 } })
    const ids = async (w: object) => (await db.collection('items').where(w).get()).data.map((d: { _id: string }) => d._id).sort()
    expect(await ids({ tag: 'city', n: 1 })).toEqual(['p1', 'p2'])
    expect(await ids({ tag: 'area', n: 1 })).toEqual(['p1'])
    expect(await ids({ tag: 'city', n: 2 })).toEqual(['p3'])
  })

  test('a missing document answers null with throwOnNotFound:false', async () => {
    const { data } = await db.collection('items').doc('nope').get()
    expect(data).toBeNull()
  })

  test('doc update: inc, nested set, push, unset in one request', async () => {
    await db.collection('items').add({ data: { _id: 'a', n: 1, meta: { x: 1, y: 2 }, list: [1], gone: true } })
    const res = await db
      .collection('items')
      .doc('a')
      .update({ data: { n: _.inc(2), meta: { x: 9 }, list: _.push([2, 3]), gone: _.remove() } })
    expect(res.stats.updated).toBe(1)
    const { data } = await db.collection('items').doc('a').get()
    expect(data).toEqual({ _id: 'a', n: 3, meta: { x: 9, y: 2 }, list: [1, 2, 3] })
  })

  test('set replaces the whole document, or creates it', async () => {
    await db.collection('items').add({ data: { _id: 'a', n: 1, keep: false } })
    await db
      .collection('items')
      .doc('a')
      .set({ data: { n: 5 } })
    expect((await db.collection('items').doc('a').get()).data).toEqual({ _id: 'a', n: 5 })
    await db
      .collection('items')
      .doc('b')
      .set({ data: { n: 6 } })
    expect((await db.collection('items').doc('b').get()).data).toEqual({ _id: 'b', n: 6 })
  })

  test('remove one and many', async () => {
    await db.collection('items').add({ data: { _id: 'a', n: 1 } })
    await db.collection('items').add({ data: { _id: 'b', n: 2 } })
    await db.collection('items').add({ data: { _id: 'c', n: 2 } })
    expect((await db.collection('items').doc('a').remove()).stats.removed).toBe(1)
    expect((await db.collection('items').where({ n: 2 }).remove()).stats.removed).toBe(2)
    expect((await db.collection('items').count()).total).toBe(0)
  })
})

describe('queries', () => {
  beforeEach(async () => {
    const docs = Array.from({ length: 30 }, (_x, i) => ({
      _id: `d${String(i).padStart(2, '0')}`,
      n: i,
      tag: i % 3 === 0 ? 'fizz' : 'plain',
      name: `名字${i}`,
      info: { level: i % 5 },
      arr: [i, i + 100],
    }))
    await engine.insertMany('items', docs)
  })

  test('comparison, $in, regex, nested fields, logic, order, skip, limit, field', async () => {
    const res = await db
      .collection('items')
      .where({ n: _.gte(5).and(_.lt(20)), tag: _.in(['fizz']), 'info.level': _.neq(4) })
      .orderBy('n', 'desc')
      .skip(1)
      .limit(2)
      .field({ n: true })
      .get()
    expect(res.data).toEqual([
      { _id: 'd15', n: 15 },
      { _id: 'd12', n: 12 },
    ])
    const regex = await db
      .collection('items')
      .where({ name: db.RegExp({ regexp: '^名字2', options: 'i' }) })
      .count()
    expect(regex.total).toBe(11)
    const ors = await db
      .collection('items')
      .where(_.or([{ n: 1 }, { n: 2 }, { arr: 129 }]))
      .orderBy('n', 'asc')
      .get()
    expect(ors.data.map((d: { n: number }) => d.n)).toEqual([1, 2, 29])
    const nested = await db
      .collection('items')
      .where({ info: { level: 0 } })
      .count()
    expect(nested.total).toBe(6)
  })

  test('get() answers 100 by default and at most 1000', async () => {
    await engine.insertMany(
      'counters',
      Array.from({ length: 1200 }, (_x, i) => ({ i })),
    )
    expect((await db.collection('counters').get()).data).toHaveLength(100)
    expect((await db.collection('counters').limit(1000).get()).data).toHaveLength(1000)
  })

  test('aggregate: $group, and 20 records unless the pipeline says $limit', async () => {
    const grouped = await db
      .collection('items')
      .aggregate()
      .group({ _id: '$tag', total: _.aggregate.sum(1) })
      .sort({ _id: 1 })
      .end()
    expect(grouped.list).toEqual([
      { _id: 'fizz', total: 10 },
      { _id: 'plain', total: 20 },
    ])
    expect(
      (
        await db
          .collection('items')
          .aggregate()
          .match({ n: _.gte(0) })
          .end()
      ).list,
    ).toHaveLength(20)
    expect(
      (
        await db
          .collection('items')
          .aggregate()
          .match({ n: _.gte(0) })
          .limit(25)
          .end()
      ).list,
    ).toHaveLength(25)
  })

  test('where().update() updates every match atomically with $inc', async () => {
    const res = await db
      .collection('items')
      .where({ tag: 'fizz' })
      .update({ data: { n: _.inc(1000) } })
    expect(res.stats.updated).toBe(10)
    expect(
      (
        await db
          .collection('items')
          .where({ n: _.gte(1000) })
          .count()
      ).total,
    ).toBe(10)
  })
})

describe('cloud errors', () => {
  test('a collection never created answers -502005', async () => {
    await expect(db.collection('nothing').get()).rejects.toMatchObject({ errCode: -502005 })
  })

  test('a unique index refuses a second key with E11000 (-502001) and writes nothing', async () => {
    await db.collection('people').add({ data: { _openid: 'o1', name: 'a' } })
    const err = await db
      .collection('people')
      .add({ data: { _openid: 'o1', name: 'b' } })
      .catch((e: unknown) => e)
    expect(err).toMatchObject({ errCode: -502001 })
    expect(String((err as { errMsg: string }).errMsg)).toMatch(/E11000 duplicate key/)
    expect((await db.collection('people').count()).total).toBe(1)
    // an update that would collide is refused too
    await db.collection('people').add({ data: { _id: 'p2', _openid: 'o2' } })
    await expect(
      db
        .collection('people')
        .doc('p2')
        .update({ data: { _openid: 'o1' } }),
    ).rejects.toMatchObject({ errCode: -502001 })
    expect((await db.collection('people').doc('p2').get()).data._openid).toBe('o2')
  })

  test('compound unique index', async () => {
    await db.collection('pairs').add({ data: { a: 1, b: 1 } })
    await db.collection('pairs').add({ data: { a: 1, b: 2 } })
    await expect(db.collection('pairs').add({ data: { a: 1, b: 1 } })).rejects.toMatchObject({ errCode: -502001 })
  })

  test('operators the cloud does not have are refused with -502002', async () => {
    await engine.insertMany('items', [{ n: 1 }])
    await expect(
      db
        .collection('items')
        .where({ n: { $where: 'this.n > 0' } })
        .get(),
    ).rejects.toMatchObject({ errCode: -502002 })
    const raw = await engine.handle('database.getDocument', { collectionName: 'items', queryType: 'WHERE', query: JSON.stringify({ $where: 'true' }) })
    expect(raw).toMatchObject({ code: 'DATABASE_INVALID_OPERRATOR' })
    const stage = await engine.handle('database.aggregateDocuments', { collectionName: 'items', stages: [{ stageKey: '$out', stageValue: '"x"' }] })
    expect(stage).toMatchObject({ code: 'DATABASE_INVALID_OPERRATOR' })
  })

  test('conflicting update paths are refused and nothing changes', async () => {
    await engine.insertMany('items', [{ _id: 'a', n: 1 }])
    await expect(
      db
        .collection('items')
        .doc('a')
        .update({ data: { n: _.inc(1), 'n.x': 1 } }),
    ).rejects.toMatchObject({ errCode: -502001 })
    expect((await db.collection('items').doc('a').get()).data.n).toBe(1)
  })
})

describe('concurrency', () => {
  test('200 concurrent _.inc(1) add up to 200', async () => {
    await engine.insertMany('counters', [{ _id: 'c', v: 0 }])
    await Promise.all(
      Array.from({ length: 200 }, () =>
        db
          .collection('counters')
          .doc('c')
          .update({ data: { v: _.inc(1) } }),
      ),
    )
    expect((await db.collection('counters').doc('c').get()).data.v).toBe(200)
  })
})

describe('transactions', () => {
  test('commit applies all writes; nothing is visible before commit', async () => {
    await engine.insertMany('counters', [{ _id: 'c', v: 0 }])
    let seenOutside: number | undefined
    await db.runTransaction(
      async (t: { collection: (n: string) => { doc: (id: string) => { update: (o: object) => Promise<unknown> }; add: (o: object) => Promise<unknown> } }) => {
        await t
          .collection('counters')
          .doc('c')
          .update({ data: { v: _.inc(1) } })
        await t.collection('items').add({ data: { _id: 'made-in-txn', n: 1 } })
        seenOutside = (await db.collection('counters').doc('c').get()).data.v
        expect((await db.collection('items').doc('made-in-txn').get()).data).toBeNull()
      },
    )
    expect(seenOutside).toBe(0)
    expect((await db.collection('counters').doc('c').get()).data.v).toBe(1)
    expect((await db.collection('items').doc('made-in-txn').get()).data).toMatchObject({ n: 1 })
  })

  test('rollback and a thrown error leave nothing behind', async () => {
    await engine.insertMany('counters', [{ _id: 'c', v: 0 }])
    await expect(
      db.runTransaction(
        async (t: {
          collection: (n: string) => { doc: (id: string) => { update: (o: object) => Promise<unknown> } }
          rollback: (r: unknown) => Promise<void>
        }) => {
          await t
            .collection('counters')
            .doc('c')
            .update({ data: { v: _.inc(5) } })
          await t.rollback('full')
        },
      ),
    ).rejects.toBe('full')
    await expect(
      db.runTransaction(async (t: { collection: (n: string) => { doc: (id: string) => { update: (o: object) => Promise<unknown> } } }) => {
        await t
          .collection('counters')
          .doc('c')
          .update({ data: { v: _.inc(5) } })
        throw new Error('boom')
      }),
    ).rejects.toThrow('boom')
    expect((await db.collection('counters').doc('c').get()).data.v).toBe(0)
  })

  test('a conflict reaches runTransaction at the write and is not retried; inTransaction retries it', async () => {
    await engine.insertMany('counters', [{ _id: 'c', v: 0 }])
    type Tx = { collection: (n: string) => { doc: (id: string) => { get: () => Promise<{ data: { v: number } }>; update: (o: object) => Promise<unknown> } } }
    const readThenWrite = async (t: Tx) => {
      const { data } = await t.collection('counters').doc('c').get()
      await new Promise((r) => setTimeout(r, 5))
      await t
        .collection('counters')
        .doc('c')
        .update({ data: { v: data.v + 1 } })
    }
    const plain = await Promise.allSettled([db.runTransaction(readThenWrite, 10), db.runTransaction(readThenWrite, 10), db.runTransaction(readThenWrite, 10)])
    expect(plain.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(plain.find((r) => r.status === 'rejected')).toMatchObject({ reason: { errCode: -501001 } })
    expect((await db.collection('counters').doc('c').get()).data.v).toBe(1)

    let attempts = 0
    const counted = (t: Tx) => {
      attempts++
      return readThenWrite(t)
    }
    await Promise.all([inTransaction(counted as never), inTransaction(counted as never), inTransaction(counted as never)])
    expect((await db.collection('counters').doc('c').get()).data.v).toBe(4)
    expect(attempts).toBeGreaterThan(3)
  })

  test('capacity under contention: exactly the capacity succeeds, however many try', async () => {
    await engine.insertMany('counters', [{ _id: 'seats', taken: 0, capacity: 10 }])
    const tryTake = (i: number) =>
      inTransaction(
        (async (t: {
          collection: (n: string) => {
            doc: (id: string) => { get: () => Promise<{ data: { taken: number; capacity: number } }>; update: (o: object) => Promise<unknown> }
          }
        }) => {
          const { data } = await t.collection('counters').doc('seats').get()
          if (data.taken >= data.capacity) return 'full'
          await t
            .collection('counters')
            .doc('seats')
            .update({ data: { taken: _.inc(1) } })
          return `seat-${i}`
        }) as never,
        { retries: 60 },
      ).then(
        (v: unknown) => (v === 'full' ? 'full' : 'ok'),
        () => 'error',
      )
    const outcomes = await Promise.all(Array.from({ length: 40 }, (_x, i) => tryTake(i)))
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(10)
    expect(outcomes.filter((o) => o === 'error')).toHaveLength(0)
    expect((await db.collection('counters').doc('seats').get()).data.taken).toBe(10)
  })

  test('a unique key taken by another transaction makes the later one fail, never both succeed', async () => {
    const add = (name: string) =>
      db
        .runTransaction(async (t: { collection: (n: string) => { add: (o: object) => Promise<unknown> } }) => {
          await new Promise((r) => setTimeout(r, 2))
          await t.collection('people').add({ data: { _openid: 'same', name } })
        }, 3)
        .then(
          () => 'ok',
          () => 'refused',
        )
    const outcomes = await Promise.all([add('a'), add('b'), add('c')])
    expect(outcomes.filter((o) => o === 'ok')).toHaveLength(1)
    expect((await db.collection('people').where({ _openid: 'same' }).count()).total).toBe(1)
  })

  test('only single-document operations are allowed inside a transaction', async () => {
    await expect(
      db.runTransaction(async (t: { collection: (n: string) => { where: (q: object) => { get: () => Promise<unknown> } } }) => {
        await t.collection('items').where({ n: 1 }).get()
      }),
    ).rejects.toBeTruthy()
  })
})

describe('persistence', () => {
  test('a file-backed database keeps documents and indexes across a restart', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'engine-'))
    const first = await new LocalDatabase({ dir, collections: COLLECTIONS }).open()
    await first.handle('database.insertDocument', { collectionName: 'people', data: [JSON.stringify({ _id: 'x', _openid: 'kept' })] })
    await first.compact()
    const second = await new LocalDatabase({ dir, collections: COLLECTIONS }).open()
    expect(second.count('people')).toBe(1)
    const dup = await second.handle('database.insertDocument', { collectionName: 'people', data: [JSON.stringify({ _openid: 'kept' })] })
    expect(dup).toMatchObject({ code: 'DATABASE_REQUEST_FAILED' })
    fs.rmSync(dir, { recursive: true, force: true })
  })
})
