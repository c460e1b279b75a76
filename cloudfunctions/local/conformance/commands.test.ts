// Query and update commands (db.command), as the cloud database answers them: behaviours asserted by
// the vendor's tests against the real service (TencentCloudBase/tcb-admin-node test/database/unit/
// advanced-operator.test.ts, logic-operators.ts, command.test.ts), run through wx-server-sdk.
import { conformanceDatabase } from './setup'

const c = conformanceDatabase()
// Ordered ids: the natural order of a small collection is its insertion order, as in the cloud.
const passages = [
  { _id: 'p0', category: 'Web', tags: ['JavaScript', 'C#'], index: 0, tags2: [1, 2, 3] },
  { _id: 'p1', category: 'Web', tags: ['Go', 'C#'], index: 1, tags2: [1, 2, 3] },
  { _id: 'p2', category: 'Life', tags: ['Go', 'Python', 'JavaScript'], index: 2, tags2: [1, 2, 3] },
  { _id: 'p3', category: 'number', tags: [1, 2, 3, 4, 5, 6, 7, 8, 9], index: 3, tags2: [1, 2, 3] },
  { _id: 'p4', category: 'embedded', tags: [{ value: 1 }, { value: 7 }], index: 4, tags2: [1, 2, 3] },
]

beforeEach(async () => {
  await c.engine.insertMany('passages', passages)
})

const where = (q: object) => c.db.collection('passages').where(q)
const find = async (q: object) => (await where(q).get()).data
/** Update the one document of `category`, expect one updated, answer it afterwards. */
async function updated(category: string, data: object) {
  expect((await where({ category }).update({ data })).stats.updated).toBe(1)
  return (await find({ category }))[0]
}

describe('array updates', () => {
  test('addToSet adds a value once', async () => {
    expect((await updated('Life', { tags: c._.addToSet('Java') })).tags).toEqual(['Go', 'Python', 'JavaScript', 'Java'])
    expect((await updated('Life', { tags: c._.addToSet('Java') })).tags).toEqual(['Go', 'Python', 'JavaScript', 'Java'])
  })

  test('pullAll removes every listed value', async () => {
    expect((await updated('Life', { tags: c._.pullAll(['Go']) })).tags).toEqual(['Python', 'JavaScript'])
  })

  test('pull removes a value, values matching _.in, or matching _.gte; several fields at once', async () => {
    expect((await updated('Life', { tags: c._.pull('Go') })).tags).toEqual(['Python', 'JavaScript'])
    expect((await updated('Life', { tags: c._.pull(c._.in(['Python'])), tags2: c._.pull(1) })).tags2).toEqual([2, 3])
    expect((await find({ category: 'Life' }))[0].tags).toEqual(['JavaScript'])
    expect((await updated('number', { tags: c._.pull(c._.gte(5)) })).tags).toEqual([1, 2, 3, 4])
  })

  test('push: an array, a single item, several items, and with each/sort/slice', async () => {
    expect((await updated('Life', { tags2: c._.push([1, 2, 3]) })).tags2).toEqual([1, 2, 3, 1, 2, 3])
    expect((await updated('number', { tags2: c._.push(1) })).tags2).toEqual([1, 2, 3, 1])
    expect((await updated('embedded', { tags2: c._.push(1, 2, 3) })).tags2).toEqual([1, 2, 3, 1, 2, 3])
    expect((await updated('Life', { tags2: c._.push({ each: [4, 5, 6], sort: -1, slice: 3 }) })).tags2).toEqual([6, 5, 4])
  })
})

describe('field updates', () => {
  test('rename moves a field', async () => {
    expect((await where({ category: 'Life' }).update({ data: { category: c._.rename('cat') } })).stats.updated).toBe(1)
    const [doc] = await find({ cat: 'Life' })
    expect(doc).toMatchObject({ _id: 'p2', cat: 'Life' })
    expect(doc.category).toBeUndefined()
  })

  test('max and min keep the larger or smaller value', async () => {
    expect((await updated('Life', { index: c._.max(100) })).index).toBe(100)
    expect((await updated('Life', { index: c._.max(50) })).index).toBe(100)
    expect((await updated('Life', { index: c._.min(0) })).index).toBe(0)
  })

  test('mul multiplies a nested field; where() with _.gt picks the documents', async () => {
    await c.engine.insertMany('items', [
      { _id: 'i1', a: 5, c: { d: 2 } },
      { _id: 'i2', a: 3, c: { d: 2 } },
    ])
    expect(
      (
        await c.db
          .collection('items')
          .where({ a: c._.gt(4) })
          .update({ data: { c: { d: c._.mul(3) } } })
      ).stats.updated,
    ).toBe(1)
    expect((await c.db.collection('items').doc('i1').get()).data.c.d).toBe(6)
    expect((await c.db.collection('items').doc('i2').get()).data.c.d).toBe(2)
  })
})

describe('array queries', () => {
  test('all: arrays holding every listed value', async () => {
    expect((await find({ tags: c._.all(['Go']) })).map((d: { _id: string }) => d._id)).toEqual(['p1', 'p2'])
  })

  test('elemMatch over values and over embedded documents', async () => {
    expect((await find({ tags: c._.elemMatch(c._.gt(2)) })).map((d: { category: string }) => d.category)).toEqual(['number'])
    expect((await find({ tags: c._.elemMatch({ value: c._.gt(0) }) })).map((d: { category: string }) => d.category)).toEqual(['embedded'])
  })

  test('size: arrays of that length', async () => {
    expect((await find({ tags: c._.size(2) })).map((d: { category: string }) => d.category)).toEqual(['Web', 'Web', 'embedded'])
  })

  test('exists, also inside elemMatch', async () => {
    expect(await find({ tags: c._.exists(true) })).toHaveLength(5)
    expect((await find({ tags: c._.elemMatch({ value: c._.exists(true) }) })).map((d: { category: string }) => d.category)).toEqual(['embedded'])
  })

  test('mod inside elemMatch', async () => {
    expect((await find({ tags: c._.elemMatch({ value: c._.mod([4, 3]) }) })).map((d: { category: string }) => d.category)).toEqual(['embedded'])
  })
})

describe('logic', () => {
  test('not negates a condition', async () => {
    expect((await find({ index: c._.not(c._.gt(1)) })).map((d: { index: number }) => d.index)).toEqual([0, 1])
  })

  test('nor on a field: none of the conditions', async () => {
    expect(await find({ category: c._.nor(c._.eq('Life'), c._.eq('Web')) })).toHaveLength(2)
    expect(await find({ category: c._.nor(c._.eq('Life'), c._.eq('Web'), c._.eq('number'), c._.eq('embedded')) })).toEqual([])
  })

  test('expr compares fields with aggregation operators', async () => {
    expect(
      (
        await c.db
          .collection('passages')
          .where(c._.expr(c.$.gte(['$index', 3])))
          .get()
      ).data.map((d: { index: number }) => d.index),
    ).toEqual([3, 4])
  })

  test('a $match stage takes the same query commands', async () => {
    const { list } = await c.db
      .collection('passages')
      .aggregate()
      .match({ category: c._.eq('Web') })
      .end()
    expect(list.map((d: { _id: string }) => d._id)).toEqual(['p0', 'p1'])
  })
})

describe('commands the local engine does not implement are refused, never silently ignored', () => {
  test('jsonSchema (the cloud has it; nothing here uses it) answers -502002', async () => {
    await expect(
      c.db
        .collection('passages')
        .where(c._.jsonSchema({ required: ['category'] }))
        .get(),
    ).rejects.toMatchObject({ errCode: -502002 })
  })
})
