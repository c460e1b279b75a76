// inTransaction against the strict local cloud: conflicts are refused at the write (as in the cloud),
// wx-server-sdk hands them over as errCode -501001, and only inTransaction's own retry keeps a contended
// read-modify-write exact.
import { startTestCloud, type TestCloud } from '../../local/testing'
import { db } from './cloud'
import type { Transaction } from './db-types'
import { AppError } from './errors'
import { backoffMs, DEFAULT_RETRIES, inTransaction, isTransactionConflict } from './transaction'

let cloud: TestCloud

beforeAll(async () => {
  cloud = await startTestCloud()
})
beforeEach(async () => {
  await cloud.db.clear()
  await cloud.db.insertMany('campaigns', [{ _id: 'c', n: 0 }])
})
afterAll(() => cloud.stop())

type Counter = { _id: string; n: number }
const pause = () => new Promise((r) => setTimeout(r, 5))

/** Read, wait (so the others read the same value), write the value + 1: a lost update without isolation. */
const bump = async (tx: Transaction) => {
  const { data } = await tx.collection<Counter>('campaigns').doc('c').get()
  await pause()
  await tx
    .collection<Counter>('campaigns')
    .doc('c')
    .update({ data: { n: data!.n + 1 } })
  return data!.n + 1
}
const counter = async () => (await db().collection<Counter>('campaigns').doc('c').get()).data!.n

test('concurrent read-modify-write stays exact: every conflict is retried', async () => {
  const results = await Promise.all(Array.from({ length: 5 }, () => inTransaction(bump)))
  expect(await counter()).toBe(5)
  expect([...results].sort()).toEqual([1, 2, 3, 4, 5])
})

test('without the retry the same work loses callers to -501001 conflicts (what runTransaction does)', async () => {
  const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => inTransaction(bump, { retries: 0 })))
  const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')
  expect(refused.length).toBeGreaterThan(0)
  for (const r of refused) {
    expect(r.reason).toMatchObject({ errCode: -501001 })
    expect(isTransactionConflict(r.reason)).toBe(true)
  }
  expect(await counter()).toBe(5 - refused.length)
  const viaSdk = await Promise.allSettled(Array.from({ length: 5 }, () => db().runTransaction(bump, 10)))
  expect(viaSdk.some((o) => o.status === 'rejected')).toBe(true)
})

test('other errors are not retried and leave nothing written', async () => {
  let runs = 0
  const err = await inTransaction(async (tx) => {
    runs++
    await tx
      .collection<Counter>('campaigns')
      .doc('c')
      .update({ data: { n: 99 } })
    throw new AppError('COMMON.BUSY')
  }).catch((e: unknown) => e)
  expect(err).toBeInstanceOf(AppError)
  expect(runs).toBe(1)
  expect(await counter()).toBe(0)
})

test('gives up after the retries it was given, with the conflict itself', async () => {
  // A transaction that holds the document until the end of the test: every attempt conflicts.
  const holder = await (
    db() as unknown as {
      startTransaction(): Promise<{ collection(n: string): { doc(id: string): { update(o: object): Promise<unknown> } }; rollback(): Promise<unknown> }>
    }
  ).startTransaction()
  await holder
    .collection('campaigns')
    .doc('c')
    .update({ data: { n: 1 } })
  let runs = 0
  const err = await inTransaction(
    async (tx) => {
      runs++
      await tx
        .collection<Counter>('campaigns')
        .doc('c')
        .update({ data: { n: 2 } })
    },
    { retries: 2 },
  ).catch((e: unknown) => e)
  expect(runs).toBe(3)
  expect(isTransactionConflict(err)).toBe(true)
  await holder.rollback()
})

describe('isTransactionConflict recognises every shape a conflict arrives in', () => {
  const message = '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others.'
  test.each([
    ['the cloud reply thrown at commit', { code: 'DATABASE_TRANSACTION_CONFLICT', message }],
    ['an Error carrying the code', Object.assign(new Error('database transaction conflict'), { code: 'DATABASE_TRANSACTION_CONFLICT' })],
    ['wx-server-sdk at a write', Object.assign(new Error('x'), { errCode: -501001, errMsg: `document.update:fail -501001 resource system error. ${message}` })],
  ])('%s', (_name, e) => expect(isTransactionConflict(e)).toBe(true))

  test.each([
    ['another system error', { errCode: -501001, errMsg: 'document.update:fail -501001 resource system error. timeout' }],
    ['a duplicate key', { errCode: -502001, errMsg: 'E11000 duplicate key error' }],
    ['an expired transaction', { code: 'DATABASE_TRANSACTION_FAIL', message: 'Transaction does not exist' }],
    ['an expected failure', new AppError('IDEA.ALREADY_SCORED')],
    ['nothing', undefined],
  ])('not %s', (_name, e) => expect(isTransactionConflict(e)).toBe(false))
})

test('backoff is jittered under an exponential ceiling', () => {
  expect(DEFAULT_RETRIES).toBeGreaterThanOrEqual(3)
  const spread = new Set(Array.from({ length: 50 }, () => backoffMs(2)))
  expect(spread.size).toBeGreaterThan(5)
  for (const ms of spread) expect(ms).toBeGreaterThanOrEqual(30)
  expect(backoffMs(1, () => 0)).toBe(15)
  expect(backoffMs(1, () => 1)).toBe(30)
  expect(backoffMs(20, () => 1)).toBe(400)
})
