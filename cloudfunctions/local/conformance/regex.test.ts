// Regular-expression queries, as the cloud database answers them: behaviours asserted by the vendor's
// tests against the real service (TencentCloudBase/tcb-admin-node test/database/unit/regex-query.test.ts),
// run through wx-server-sdk: a JavaScript RegExp, db.RegExp (called or constructed), several fields,
// inside _.or, and as the condition of update() and remove().
import { conformanceDatabase } from './setup'

const c = conformanceDatabase()
const doc = {
  _id: 'r1',
  name: 'AbCdEfxxxxxxxxxxxxxx1234结尾',
  name2: 'fffffffffffffffffff',
  array: [1, 2, 3, [4, 5, 6], { a: 1, b: { c: 'fjasklfljkas', d: false } }],
  deepObject: { 'l-02-01': { 'l-03-01': { 'l-04-01': { level: 1, name: 'l-01', flag: '0' } } } },
}

beforeEach(async () => {
  await c.db.collection('items').add({ data: doc })
  await c.db.collection('items').add({ data: { _id: 'r2', name: 'something else', name2: 'ggg' } })
})

const ids = async (q: object) => (await c.db.collection('items').where(q).get()).data.map((d: { _id: string }) => d._id)
const pattern = () => c.db.RegExp({ regexp: '^abcdef.*\\d+结尾$', options: 'i' })

test('a JavaScript regular expression, case-insensitive, with Chinese text', async () => {
  expect(await ids({ name: /^abcdef.*\d+结尾$/i })).toEqual(['r1'])
  expect(await ids({ name: /^abcdef.*\d+结尾$/ })).toEqual([])
})

test('db.RegExp, called or constructed', async () => {
  expect(await ids({ name: pattern() })).toEqual(['r1'])
  expect(await ids({ name: new c.db.RegExp({ regexp: '^abcdef.*\\d+结尾$', options: 'i' }) })).toEqual(['r1'])
})

test('on several fields at once', async () => {
  expect(await ids({ name: pattern(), name2: /fff/ })).toEqual(['r1'])
  expect(await ids({ name: pattern(), name2: /ggg/ })).toEqual([])
})

test('inside _.or', async () => {
  expect(await ids({ name: c._.or(pattern(), c.db.RegExp({ regexp: '^something', options: 'i' })) })).toEqual(['r1', 'r2'])
})

test('as the condition of update() and remove()', async () => {
  const updated = await c.db
    .collection('items')
    .where({ name: c._.or(pattern(), c.db.RegExp({ regexp: '^fffffff$', options: 'i' })) })
    .update({ data: { name: 'ABCDEFxxxx5678结尾' } })
  expect(updated.stats.updated).toBe(1)
  expect((await c.db.collection('items').doc('r1').get()).data).toEqual({ ...doc, name: 'ABCDEFxxxx5678结尾' })
  expect((await c.db.collection('items').where({ name: pattern() }).remove()).stats.removed).toBe(1)
  expect(await ids({})).toEqual(['r2'])
})
