// How many records one request answers, as the cloud database does from a cloud function: get() gives
// 100 unless limit() says otherwise and never more than 1000 (vendor tests against the real service:
// TencentCloudBase/tcb-admin-node test/database/unit/query.limit.test.ts); aggregate() gives 20 unless the
// pipeline has a $limit (reported from the cloud by developers:
// https://developers.weixin.qq.com/community/develop/article/doc/000624c67c8b48611dba2b12058c13).
import { conformanceDatabase } from './setup'

const c = conformanceDatabase()

beforeEach(async () => {
  await c.engine.insertMany(
    'items',
    Array.from({ length: 1001 }, (_x, i) => ({ n: i })),
  )
})

const got = async (limit?: number) => {
  const q = c.db.collection('items').where({})
  return (await (limit === undefined ? q : q.limit(limit)).get()).data.length
}

test('get() without limit answers 100', async () => {
  expect(await got()).toBe(100)
})

test('limit below 1000 is honoured', async () => {
  expect(await got(101)).toBe(101)
})

test('limit 1000 answers 1000', async () => {
  expect(await got(1000)).toBe(1000)
})

test('limit above 1000 answers 1000', async () => {
  expect(await got(1001)).toBe(1000)
})

test('skip pages through the rest', async () => {
  const rest = await c.db.collection('items').where({}).orderBy('n', 'asc').skip(1000).limit(1000).get()
  expect(rest.data.map((d: { n: number }) => d.n)).toEqual([1000])
})

test('count() counts every match, whatever the limits', async () => {
  expect(
    (
      await c.db
        .collection('items')
        .where({ n: c._.gte(0) })
        .count()
    ).total,
  ).toBe(1001)
})

test('aggregate() answers 20 unless the pipeline limits it', async () => {
  expect(
    (
      await c.db
        .collection('items')
        .aggregate()
        .match({ n: c._.gte(0) })
        .end()
    ).list,
  ).toHaveLength(20)
  expect(
    (
      await c.db
        .collection('items')
        .aggregate()
        .match({ n: c._.gte(0) })
        .limit(1001)
        .end()
    ).list,
  ).toHaveLength(1001)
})
