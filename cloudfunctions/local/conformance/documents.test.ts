// Documents and collections (add, set, update, remove, where, orderBy, skip, limit, field), as the cloud
// database answers them: behaviours asserted by the vendor's tests against the real service
// (TencentCloudBase/tcb-admin-node test/database/unit/collection.test.ts, document.test.ts,
// order.test.ts), run through wx-server-sdk.
import { conformanceDatabase } from './setup'

const c = conformanceDatabase()
const items = () => c.db.collection('items')

test('where().update() updates every match; where().remove() removes every match', async () => {
  await items().add({ data: { name: 'huming' } })
  await items().add({ data: { name: 'huming' } })
  expect(
    (
      await items()
        .where({ name: c._.eq('huming') })
        .update({ data: { age: 18 } })
    ).stats.updated,
  ).toBe(2)
  expect((await items().where({ age: 18 }).count()).total).toBe(2)
  expect(
    (
      await items()
        .where({ name: c._.eq('huming') })
        .remove()
    ).stats.removed,
  ).toBe(2)
})

test('remove() ignores orderBy and skip: every match goes', async () => {
  const text = 'test for add and remove with skip'
  for (let i = 0; i < 10; i++) await items().add({ data: { text } })
  await items().where({ text }).orderBy('text', 'asc').skip(3).remove()
  expect((await items().where({ text }).get()).data).toEqual([])
})

test('set on an existing document answers one updated; remove of a missing one answers none', async () => {
  await items().add({ data: { _id: 'd1', name: 'jude' } })
  expect(
    (
      await items()
        .doc('d1')
        .set({ data: { type: 'set' } })
    ).stats,
  ).toMatchObject({ updated: 1, created: 0 })
  expect((await items().doc('d1').get()).data).toEqual({ _id: 'd1', type: 'set' })
  expect((await items().doc('never-made').remove()).stats.removed).toBe(0)
})

test('orderBy sorts Chinese strings by code point; limit, skip and field shape the answer', async () => {
  for (const category of ['类别B', '类别B', '类别C', '类别A', '类别C']) await items().add({ data: { category, value: category.length } })
  const sorted = (await items().where({ category: /^类别/i }).orderBy('category', 'asc').get()).data
  expect(sorted[0].category).toBe('类别A')
  expect(sorted[sorted.length - 1].category).toBe('类别C')
  expect((await items().limit(1).get()).data).toHaveLength(1)
  expect((await items().orderBy('category', 'asc').skip(2).get()).data.map((d: { category: string }) => d.category)).toEqual(['类别B', '类别C', '类别C'])
  const [shown] = (await items().where({ category: '类别A' }).field({ category: true }).get()).data
  expect(Object.keys(shown).sort()).toEqual(['_id', 'category'])
})

test('where({}) answers every document', async () => {
  await items().add({ data: { name: 'aaa' } })
  expect((await items().where({ name: 'aaa' }).get()).data).toHaveLength(1)
  expect((await items().where({}).get()).data).toHaveLength(1)
})
