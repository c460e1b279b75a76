// The embedded engine, exercised through the real wx-server-sdk (the same calls handlers make):
// documents, queries, the cloud's errors, concurrency. Transactions and persistence are in
// engine-transactions.test.ts; the database they share in cloudfunctions/test/engine-harness.ts.
import { engine, db, _ } from '../../test/engine-harness'

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
