// Transactions, as the cloud database behaves (behaviours asserted by the vendor's tests against the real
// service, TencentCloudBase/tcb-admin-node test/database/unit/transaction.test.ts, and the documented
// limits: https://docs.cloudbase.net/en/database/transaction,
// https://docs.cloudbase.net/en/error-code/DATABASE_TRANSACTION_FAIL), run through wx-server-sdk.
// The last block records what wx-server-sdk 4.0.2 turns each transaction error into.
import { NOT_EXIST_MESSAGE } from '../engine/transactions'
import { conformanceDatabase, rejection, type ConformanceTransaction } from './setup'

const c = conformanceDatabase()
const date = new Date(1_700_000_000_000)
const passages = [
  { _id: '1', category: 'Web', tags: ['JavaScript', 'C#'], date },
  { _id: '2', category: 'Web', tags: ['Go', 'C#'] },
  { _id: '3', category: 'Life', tags: ['Go', 'Python', 'JavaScript'] },
]

beforeEach(async () => {
  await c.engine.insertMany('passages', passages)
})
afterEach(() => c.engine.setTransactionTtl(30_000))

const outside = async (id: string) => (await c.db.collection('passages').doc(id).get()).data
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

describe('the transaction lifecycle', () => {
  test('a started transaction has an id, and committing an empty one succeeds', async () => {
    const t = await c.db.startTransaction()
    expect(typeof t._transaction._id).toBe('string')
    expect(await t.commit()).toMatchObject({ requestId: expect.any(String) })
  })

  test('runTransaction reads a document inside the transaction', async () => {
    const seen = await c.db.runTransaction(async (t: ConformanceTransaction) => (await t.collection('passages').doc('1').get()).data)
    expect(seen).toEqual(passages[0])
  })

  test('add inside a transaction answers the new id, with or without a given _id', async () => {
    const t = await c.db.startTransaction()
    const made = await t.collection('passages').add({ data: { category: 'Web', date } })
    const given = await t.collection('passages').add({ data: { _id: 'custom', category: 'Web' } })
    expect(made._id).toEqual(expect.any(String))
    expect(given._id).toBe('custom')
    await t.commit()
    expect(await outside(made._id)).toMatchObject({ category: 'Web', date })
    expect(await outside('custom')).toMatchObject({ category: 'Web' })
  })

  test('get of a missing document answers null', async () => {
    const t = await c.db.startTransaction()
    expect((await t.collection('passages').doc('114514').get()).data).toBeNull()
    await t.commit()
  })

  test('rollback answers and leaves nothing behind', async () => {
    const t = await c.db.startTransaction()
    await t
      .collection('passages')
      .doc('1')
      .update({ data: { category: 'gone' } })
    expect(await t.rollback()).toMatchObject({ requestId: expect.any(String) })
    expect(await outside('1')).toEqual(passages[0])
  })

  test('update: one updated, and the transaction reads its own write', async () => {
    const t = await c.db.startTransaction()
    const when = new Date(1_800_000_000_000)
    const res = await t
      .collection('passages')
      .doc('1')
      .update({ data: { category: 'Node.js', date: when } })
    expect(res.stats.updated).toBe(1)
    expect((await t.collection('passages').doc('1').get()).data).toEqual({ ...passages[0], category: 'Node.js', date: when })
    await t.commit()
    expect(await outside('1')).toEqual({ ...passages[0], category: 'Node.js', date: when })
  })

  test('set replaces an existing document', async () => {
    const t = await c.db.startTransaction()
    const res = await t
      .collection('passages')
      .doc('1')
      .set({ data: { category: 'Node.js' } })
    expect(res.stats.updated).toBe(1)
    expect((await t.collection('passages').doc('1').get()).data).toEqual({ _id: '1', category: 'Node.js' })
    await t.commit()
    expect(await outside('1')).toEqual({ _id: '1', category: 'Node.js' })
  })

  test('set of a missing document creates it inside the transaction; rollback leaves nothing', async () => {
    const t = await c.db.startTransaction()
    const res = await t
      .collection('passages')
      .doc('114514')
      .set({ data: { category: 'Node.js', date } })
    expect(res.stats.updated).toBe(0)
    expect((await t.collection('passages').doc('114514').get()).data).toEqual({ _id: '114514', category: 'Node.js', date })
    await t.rollback()
    expect(await outside('114514')).toBeNull()
  })

  test('remove: one deleted, gone inside the transaction, gone after commit', async () => {
    const t = await c.db.startTransaction()
    expect((await t.collection('passages').doc('2').remove()).stats.removed).toBe(1)
    expect((await t.collection('passages').doc('2').get()).data).toBeNull()
    expect(await outside('2')).toEqual(passages[1])
    await t.commit()
    expect(await outside('2')).toBeNull()
  })

  test('remove then rollback keeps the document', async () => {
    const t = await c.db.startTransaction()
    await t.collection('passages').doc('3').remove()
    expect((await t.collection('passages').doc('3').get()).data).toBeNull()
    await t.rollback()
    expect(await outside('3')).toEqual(passages[2])
  })

  test('after commit the transaction no longer exists: DATABASE_TRANSACTION_FAIL', async () => {
    const t = await c.db.startTransaction()
    await t.commit()
    const err = await rejection(
      t
        .collection('passages')
        .doc('1')
        .set({ data: { category: 'Node.js' } }),
    )
    expect(err.errMsg).toContain('[ResourceUnavailable.TransactionNotExist]')
    expect(await outside('1')).toEqual(passages[0])
  })

  test('only single-document operations exist inside a transaction', async () => {
    const t = await c.db.startTransaction()
    await expect(t.collection('passages').where({ category: 'Web' }).get()).rejects.toBeTruthy()
    await t.rollback()
  })
})

describe('isolation and conflicts', () => {
  test('a write to a document another open transaction wrote is refused at that write; the other commits', async () => {
    const t1 = await c.db.startTransaction()
    const t2 = await c.db.startTransaction()
    const doc = (await t1.collection('passages').doc('1').get()).data
    await t2
      .collection('passages')
      .doc('1')
      .update({ data: { category: '冲突检测' } })
    const err = await rejection(
      t1
        .collection('passages')
        .doc('1')
        .update({ data: { category: doc.category + '冲突检测' } }),
    )
    expect(err.errMsg).toContain('[ResourceUnavailable.TransactionConflict]')
    await t2.commit()
    expect((await outside('1')).category).toBe('冲突检测')
  })

  test('reads inside see the transaction’s own writes; reads outside do not until commit', async () => {
    const t = await c.db.startTransaction()
    await t
      .collection('passages')
      .doc('1')
      .update({ data: { category: 'update in transaction' } })
    expect(await outside('1')).toEqual(passages[0])
    expect((await t.collection('passages').doc('1').get()).data).toEqual({ ...passages[0], category: 'update in transaction' })
    await t.rollback()
  })

  test('reads see the snapshot from the start, even of documents first read after a change (no read skew)', async () => {
    const t = await c.db.startTransaction()
    await t.collection('passages').doc('1').get()
    await c.db
      .collection('passages')
      .doc('1')
      .set({ data: { category: 'wwwwwwwwwwwwwwwww' } })
    await c.db
      .collection('passages')
      .doc('2')
      .set({ data: { category: 'hhhhhhhhhhhhhhh' } })
    expect((await t.collection('passages').doc('1').get()).data).toEqual(passages[0])
    expect((await t.collection('passages').doc('2').get()).data).toEqual(passages[1])
    // and writing a document changed since the snapshot is a conflict
    const err = await rejection(
      t
        .collection('passages')
        .doc('1')
        .update({ data: { category: 'transaction' } }),
    )
    expect(err.errMsg).toContain('[ResourceUnavailable.TransactionConflict]')
    expect((await outside('1')).category).toBe('wwwwwwwwwwwwwwwww')
  })

  test('a document added after the snapshot is not seen, and adding the same id conflicts', async () => {
    const t = await c.db.startTransaction()
    await c.db.collection('passages').add({ data: { _id: 'late', category: 'x' } })
    expect((await t.collection('passages').doc('late').get()).data).toBeNull()
    await expect(t.collection('passages').add({ data: { _id: 'late', category: 'y' } })).rejects.toMatchObject({ errCode: -501001 })
  })

  test('write skew is allowed (snapshot isolation): disjoint writes both commit', async () => {
    const t1 = await c.db.startTransaction()
    const t2 = await c.db.startTransaction()
    const d1 = (await t1.collection('passages').doc('1').get()).data
    const d2 = (await t2.collection('passages').doc('2').get()).data
    await t1
      .collection('passages')
      .doc('2')
      .set({ data: { category: d1.category + 'doc1' } })
    await t2
      .collection('passages')
      .doc('1')
      .set({ data: { category: d2.category + 'doc2' } })
    await t1.commit()
    await t2.commit()
    expect((await outside('1')).category).toBe('Webdoc2')
    expect((await outside('2')).category).toBe('Webdoc1')
  })

  test('a conflict ends the transaction: its earlier writes are gone and it cannot commit', async () => {
    const t1 = await c.db.startTransaction()
    const t2 = await c.db.startTransaction()
    await t1
      .collection('passages')
      .doc('3')
      .update({ data: { category: 'from t1' } })
    await t2
      .collection('passages')
      .doc('1')
      .update({ data: { category: 'from t2' } })
    await expect(
      t1
        .collection('passages')
        .doc('1')
        .update({ data: { category: 'x' } }),
    ).rejects.toMatchObject({ errCode: -501001 })
    await expect(t1.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
    // t1's hold on document 3 is released with it
    await t2
      .collection('passages')
      .doc('3')
      .update({ data: { category: 'from t2' } })
    await t2.commit()
    expect((await outside('3')).category).toBe('from t2')
    expect(c.engine.openTransactions()).toBe(0)
  })

  test('a unique key taken by an open transaction conflicts in another; a committed one is a duplicate', async () => {
    const t1 = await c.db.startTransaction()
    const t2 = await c.db.startTransaction()
    await t1.collection('accounts').add({ data: { login: 'same' } })
    const err = await rejection(t2.collection('accounts').add({ data: { login: 'same' } }))
    expect(err.errMsg).toContain('TransactionConflict')
    await t1.commit()
    const t3 = await c.db.startTransaction()
    const dup = await rejection(t3.collection('accounts').add({ data: { login: 'same' } }))
    expect(dup).toMatchObject({ errCode: -502001 })
    expect(dup.errMsg).toMatch(/E11000/)
    await t3.rollback()
  })

  test('a write outside any transaction waits for the open transaction holding the document', async () => {
    const t = await c.db.startTransaction()
    await t
      .collection('passages')
      .doc('1')
      .update({ data: { n: 1 } })
    let landed = false
    const plain = c.db
      .collection('passages')
      .doc('1')
      .update({ data: { category: 'outside' } })
      .then(() => (landed = true))
    await sleep(30)
    expect(landed).toBe(false)
    await t.commit()
    await plain
    expect(await outside('1')).toMatchObject({ n: 1, category: 'outside' })
  })
})

describe('the 30-second lifetime', () => {
  test('the default lifetime is the cloud’s 30 s', async () => {
    const { TRANSACTION_TTL_MS } = await import('../engine/transactions')
    expect(TRANSACTION_TTL_MS).toBe(30_000)
    expect(NOT_EXIST_MESSAGE).toMatch(/30 seconds/)
  })

  test('a transaction neither committed nor aborted in time is gone, and what it held is free', async () => {
    c.engine.setTransactionTtl(40)
    const t = await c.db.startTransaction()
    await t
      .collection('passages')
      .doc('1')
      .update({ data: { category: 'late' } })
    await sleep(80)
    await expect(t.collection('passages').doc('1').get()).rejects.toMatchObject({ errCode: -501001, errMsg: expect.stringContaining('TransactionNotExist') })
    await expect(t.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
    await c.db
      .collection('passages')
      .doc('1')
      .update({ data: { category: 'free' } })
    expect((await outside('1')).category).toBe('free')
  })

  test('a write waiting on an abandoned transaction goes through when it expires', async () => {
    c.engine.setTransactionTtl(40)
    const t = await c.db.startTransaction()
    await t.collection('passages').doc('2').remove()
    await c.db
      .collection('passages')
      .doc('2')
      .update({ data: { category: 'after expiry' } })
    expect((await outside('2')).category).toBe('after expiry')
  })
})

describe('what wx-server-sdk 4.0.2 turns each transaction error into', () => {
  test('a conflict at a write: errCode -501001 (SYS_ERR), no code, the cloud message in errMsg', async () => {
    const t1 = await c.db.startTransaction()
    const t2 = await c.db.startTransaction()
    await t1
      .collection('passages')
      .doc('1')
      .update({ data: { category: 'a' } })
    const err = await rejection(
      t2
        .collection('passages')
        .doc('1')
        .update({ data: { category: 'b' } }),
    )
    expect(err).toBeInstanceOf(Error)
    expect(err.errCode).toBe(-501001)
    expect(err.code).toBeUndefined()
    expect(err.errMsg).toMatch(/^document\.update:fail -501001 resource system error\. \[ResourceUnavailable\.TransactionConflict\]/)
    await t1.rollback()
  })

  test('so runTransaction does not retry it: the callback runs once and the caller gets -501001', async () => {
    const holder = await c.db.startTransaction()
    await holder
      .collection('passages')
      .doc('1')
      .update({ data: { category: 'held' } })
    let runs = 0
    const err = await rejection(
      c.db.runTransaction(async (t: ConformanceTransaction) => {
        runs++
        await t
          .collection('passages')
          .doc('1')
          .update({ data: { category: 'mine' } })
      }, 5),
    )
    expect(runs).toBe(1)
    expect(err).toMatchObject({ errCode: -501001 })
    await holder.rollback()
  })

  test('a transaction that no longer exists: -501001 at an operation, the raw { code } at commit', async () => {
    const t = await c.db.startTransaction()
    await t.rollback()
    const atWrite = await rejection(t.collection('passages').add({ data: { category: 'x' } }))
    expect(atWrite).toMatchObject({ errCode: -501001 })
    expect(atWrite.code).toBeUndefined()
    const atCommit = await rejection(t.commit())
    expect(atCommit).toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL', message: NOT_EXIST_MESSAGE })
    expect(atCommit.errCode).toBeUndefined()
  })

  test('a duplicate key inside a transaction keeps its table entry: -502001 with E11000', async () => {
    await c.engine.insertMany('accounts', [{ login: 'taken' }])
    const err = await rejection(c.db.runTransaction((t: ConformanceTransaction) => t.collection('accounts').add({ data: { login: 'taken' } })))
    expect(err).toMatchObject({ errCode: -502001 })
    expect(err.errMsg).toMatch(/E11000 duplicate key/)
  })
})
