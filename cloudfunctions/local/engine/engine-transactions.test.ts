// The embedded engine through the real wx-server-sdk: transactions as the cloud runs them, and
// persistence to its folder.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { inTransaction } from '../../src/lib/transaction'
import { LocalDatabase } from './engine'
import { COLLECTIONS, engine, db, _ } from '../../test/engine-harness'

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
