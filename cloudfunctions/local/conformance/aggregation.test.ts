// Aggregation (collection.aggregate() and db.command.aggregate), as the cloud database answers it:
// behaviours asserted by the vendor's tests against the real service (TencentCloudBase/tcb-admin-node
// test/database/unit/aggregation.test.ts, command.test.ts, lookup-pipeline.test.ts), run through
// wx-server-sdk. Date operators are in dates.test.ts.
import { conformanceDatabase } from './setup'

const c = conformanceDatabase()
/** Documents with ids in insertion order (the natural order of a small collection in the cloud). */
const seed = (coll: string, docs: object[]) =>
  c.engine.insertMany(
    coll,
    docs.map((d, i) => ({ _id: `${coll}-${String(i).padStart(2, '0')}`, ...d })),
  )
const run = async (coll: string, build: (a: any) => any) => (await build(c.db.collection(coll).aggregate()).end()).list // eslint-disable-line @typescript-eslint/no-explicit-any

describe('stages', () => {
  const articles = [
    { author: 'stark', score: 80 },
    { author: 'stark', score: 85 },
    { author: 'bob', score: 60 },
    { author: 'li', score: 55 },
    { author: 'jimmy', score: 60 },
    { author: 'li', score: 94 },
    { author: 'justan', score: 95 },
  ]

  test('sample picks the number asked for', async () => {
    await seed('users', [{ name: 'a' }, { name: 'b' }])
    expect(await run('users', (a) => a.sample({ size: 1 }))).toHaveLength(1)
  })

  test('sortByCount counts values, also after unwind', async () => {
    await seed('passages', [
      { category: 'Web', tags: ['JavaScript', 'C#'] },
      { category: 'Web', tags: ['Go', 'C#'] },
      { category: 'Life', tags: ['Go', 'Python', 'JavaScript'] },
    ])
    expect(await run('passages', (a) => a.sortByCount('$category'))).toEqual([
      { _id: 'Web', count: 2 },
      { _id: 'Life', count: 1 },
    ])
    expect(await run('passages', (a) => a.unwind('$tags').sortByCount('$tags'))).toHaveLength(4)
  })

  test('match filters; match then group counts', async () => {
    await seed('articles', articles)
    expect((await run('articles', (a) => a.match({ author: 'stark' }))).map((d: { author: string }) => d.author)).toEqual(['stark', 'stark'])
    expect(await run('articles', (a) => a.match({ score: c.$.gt(80) }).group({ _id: null, count: c.$.sum(1) }))).toEqual([{ _id: null, count: 3 }])
  })

  test('project: include fields, drop _id, computed fields, new array fields', async () => {
    await seed('articles', [{ title: 'This is title', author: 'Nobody', isbn: '123456789', introduction: '......' }])
    expect(await run('articles', (a) => a.project({ title: 1, author: 1 }))).toEqual([{ _id: 'articles-00', title: 'This is title', author: 'Nobody' }])
    expect(await run('articles', (a) => a.project({ _id: 0, title: 1, author: 1 }))).toEqual([{ author: 'Nobody', title: 'This is title' }])
    await seed('users', [{ name: '小明', scores: { chinese: 80, math: 90, english: 70 } }])
    expect(await run('users', (a) => a.project({ _id: 0, name: 1, totalScore: c.$.sum(['$scores.chinese', '$scores.math', '$scores.english']) }))).toEqual([
      { name: '小明', totalScore: 240 },
    ])
    await seed('items', [{ x: 1, y: 1 }])
    expect(await run('items', (a) => a.project({ _id: 0, coordinate: ['$x', '$y'] }))).toEqual([{ coordinate: [1, 1] }])
  })

  test('replaceRoot with an existing field or a computed document', async () => {
    await seed('users', [{ name: 'SFLS', teachers: { chinese: 22, math: 18, english: 21, other: 123 } }])
    expect(await run('users', (a) => a.replaceRoot({ newRoot: '$teachers' }))).toEqual([{ chinese: 22, math: 18, english: 21, other: 123 }])
    await seed('persons', [
      { first_name: '四郎', last_name: '黄' },
      { first_name: '邦德', last_name: '马' },
    ])
    expect(await run('persons', (a) => a.replaceRoot({ newRoot: { full_name: c.$.concat(['$last_name', '$first_name']) } }))).toEqual([
      { full_name: '黄四郎' },
      { full_name: '马邦德' },
    ])
  })

  test('skip and sort on several fields', async () => {
    await seed('articles', articles)
    expect(await run('articles', (a) => a.skip(6).project({ _id: 0 }))).toEqual([{ author: 'justan', score: 95 }])
    await c.engine.clear()
    await seed('articles', [
      { author: 'stark', score: 80, age: 18 },
      { author: 'bob', score: 60, age: 18 },
      { author: 'li', score: 55, age: 19 },
      { author: 'jimmy', score: 60, age: 22 },
      { author: 'justan', score: 95, age: 33 },
    ])
    const sorted = await run('articles', (a) => a.sort({ age: -1, score: -1 }).project({ _id: 0 }))
    expect(sorted[0]).toEqual({ author: 'justan', score: 95, age: 33 })
    expect(sorted[sorted.length - 1]).toEqual({ author: 'bob', score: 60, age: 18 })
  })

  test('unwind: elements, with their index, keeping empty and null', async () => {
    await seed('goods', [
      { product: 'tshirt', size: ['S', 'M', 'L'] },
      { product: 'pants', size: [] },
      { product: 'socks', size: null },
      { product: 'trousers', size: ['S'] },
      { product: 'sweater', size: ['M', 'L'] },
    ])
    const plain = await run('goods', (a) => a.unwind('$size').project({ _id: 0 }))
    expect(plain).toHaveLength(6)
    expect(plain[0]).toEqual({ product: 'tshirt', size: 'S' })
    const indexed = await run('goods', (a) => a.unwind({ path: '$size', includeArrayIndex: 'arrayIndex' }).project({ _id: 0 }))
    expect(indexed[0]).toEqual({ arrayIndex: 0, product: 'tshirt', size: 'S' })
    expect(await run('goods', (a) => a.unwind({ path: '$size', preserveNullAndEmptyArrays: true }).project({ _id: 0 }))).toHaveLength(8)
  })

  test('lookup by fields and with a pipeline', async () => {
    const data = [
      { category: 'Web', tags: ['JavaScript', 'C#'] },
      { category: 'Web', tags: ['Go', 'C#'] },
      { category: 'Life', tags: ['Go', 'Python', 'JavaScript'] },
    ]
    await seed('passages', data)
    await seed('articles', data)
    const byField = await run('passages', (a) => a.lookup({ from: 'articles', localField: 'category', foreignField: 'category', as: 'docs' }))
    expect(byField.map((d: { docs: unknown[] }) => d.docs.length)).toEqual([2, 2, 1])
    const byPipeline = await run('passages', (a) => a.lookup({ from: 'articles', pipeline: c.$.pipeline().match({ category: 'Web' }).done(), as: 'docs' }))
    expect(byPipeline.map((d: { docs: unknown[] }) => d.docs.length)).toEqual([2, 2, 2])
  })
})

describe('accumulators', () => {
  const students = [
    { group: 'a', name: 'stu1', score: 84 },
    { group: 'a', name: 'stu2', score: 96 },
    { group: 'b', name: 'stu3', score: 80 },
    { group: 'b', name: 'stu4', score: 100 },
  ]
  const byGroup = (spec: object) => run('students', (a) => a.group({ _id: '$group', ...spec }).sort({ _id: 1 }))

  test('stdDevPop per group, stdDevSamp over all', async () => {
    await seed('students', students)
    expect(await byGroup({ stdDev: c.$.stdDevPop('$score') })).toEqual([
      { _id: 'a', stdDev: 6 },
      { _id: 'b', stdDev: 10 },
    ])
    await c.engine.clear()
    await seed('students', [{ score: 80 }, { score: 100 }])
    const [{ ageStdDev }] = await run('students', (a) => a.group({ _id: null, ageStdDev: c.$.stdDevSamp('$score') }))
    expect(ageStdDev.toFixed(2)).toBe('14.14')
  })

  test('push, max, min, first and last after sort, avg', async () => {
    await seed('students', students)
    expect(await byGroup({ students: c.$.push({ name: '$name', score: '$score' }) })).toEqual([
      {
        _id: 'a',
        students: [
          { name: 'stu1', score: 84 },
          { name: 'stu2', score: 96 },
        ],
      },
      {
        _id: 'b',
        students: [
          { name: 'stu3', score: 80 },
          { name: 'stu4', score: 100 },
        ],
      },
    ])
    expect(await byGroup({ maxScore: c.$.max('$score'), minScore: c.$.min('$score') })).toEqual([
      { _id: 'a', maxScore: 96, minScore: 84 },
      { _id: 'b', maxScore: 100, minScore: 80 },
    ])
    expect(
      await run('students', (a) => a.sort({ score: 1 }).group({ _id: null, max: c.$.last('$score'), min: c.$.first('$score'), average: c.$.avg('$score') })),
    ).toEqual([{ _id: null, max: 100, min: 80, average: 90 }])
  })

  test('addToSet of plain values and of arrays', async () => {
    await seed('passages', [
      { category: 'web', tags: ['JavaScript', 'CSS'] },
      { category: 'System', tags: ['C++', 'C'] },
    ])
    const [{ categories }] = await run('passages', (a) => a.group({ _id: null, categories: c.$.addToSet('$category') }))
    expect([...categories].sort()).toEqual(['System', 'web'])
    const [{ tagsList }] = await run('passages', (a) => a.group({ _id: null, tagsList: c.$.addToSet('$tags') }))
    expect(tagsList).toHaveLength(2)
    expect(tagsList.every(Array.isArray)).toBe(true)
  })

  test('sum of a field, and of per-document sums', async () => {
    await seed('goods', [
      { cost: -10, price: 100 },
      { cost: -15, price: 1 },
      { cost: -10, price: 10 },
    ])
    expect(await run('goods', (a) => a.group({ _id: null, totalPrice: c.$.sum('$price') }))).toEqual([{ _id: null, totalPrice: 111 }])
    expect(await run('goods', (a) => a.group({ _id: null, totalProfit: c.$.sum(c.$.sum(['$price', '$cost'])) }))).toEqual([{ _id: null, totalProfit: 76 }])
  })

  test('mergeObjects inside group and outside it', async () => {
    await seed('goods', [
      { name: 'A', foo: { a: 1 }, bar: { b: 2 } },
      { name: 'A', foo: { c: 1 }, bar: { d: 2 } },
      { name: 'A', foo: { e: 1 }, bar: { f: 2 } },
    ])
    expect(await run('goods', (a) => a.group({ _id: '$name', mergedFoo: c.$.mergeObjects('$foo'), mergeBar: c.$.mergeObjects('$bar') }))).toEqual([
      { _id: 'A', mergedFoo: { a: 1, c: 1, e: 1 }, mergeBar: { b: 2, d: 2, f: 2 } },
    ])
    expect(await run('goods', (a) => a.project({ _id: 0, foobar: c.$.mergeObjects(['$foo', '$bar']) }))).toEqual([
      { foobar: { a: 1, b: 2 } },
      { foobar: { c: 1, d: 2 } },
      { foobar: { e: 1, f: 2 } },
    ])
  })
})

describe('expression operators', () => {
  test('let binds variables for an expression', async () => {
    await seed('goods', [
      { cost: -10, discount: 0.95, price: 100 },
      { cost: -15, discount: 0.98, price: 1 },
      { cost: -10, discount: 1, price: 10 },
    ])
    const out = await run('goods', (a) =>
      a.project({ _id: 0, profit: c.$.let({ vars: { priceTotal: c.$.multiply(['$price', '$discount']) }, in: c.$.sum(['$$priceTotal', '$cost']) }) }),
    )
    expect(out.map((d: { profit: number }) => Math.round(d.profit * 100) / 100)).toEqual([85, -14.02, 0])
  })

  test('cond, ifNull and switch', async () => {
    await seed('goods', [
      { name: 'a', amount: 100, desc: 'A' },
      { name: 'b', amount: 200, desc: null },
      { name: 'c', amount: 300 },
    ])
    expect(await run('goods', (a) => a.project({ _id: 0, name: 1, discount: c.$.cond({ if: c.$.gte(['$amount', 200]), then: 0.7, else: 0.9 }) }))).toEqual([
      { name: 'a', discount: 0.9 },
      { name: 'b', discount: 0.7 },
      { name: 'c', discount: 0.7 },
    ])
    expect(await run('goods', (a) => a.project({ _id: 0, name: 1, desc: c.$.ifNull(['$desc', 'Not defined']) }))).toEqual([
      { name: 'a', desc: 'A' },
      { name: 'b', desc: 'Not defined' },
      { name: 'c', desc: 'Not defined' },
    ])
    const branches = [
      { case: c.$.gt(['$amount', 250]), then: 0.8 },
      { case: c.$.gt(['$amount', 150]), then: 0.9 },
    ]
    expect(
      (await run('goods', (a) => a.project({ _id: 0, name: 1, discount: c.$.switch({ branches, default: 1 }) }))).map((d: { discount: number }) => d.discount),
    ).toEqual([1, 0.9, 0.8])
  })

  test('literal keeps a "$" string from being read as a field', async () => {
    await seed('goods', [{ price: '$1' }, { price: '$2.50' }])
    expect(await run('goods', (a) => a.project({ _id: 0, isOneDollar: c.$.eq(['$price', c.$.literal('$1')]) }))).toEqual([
      { isOneDollar: true },
      { isOneDollar: false },
    ])
    expect(await run('goods', (a) => a.project({ _id: 0, price: 1, amount: c.$.literal(1) }))).toEqual([
      { price: '$1', amount: 1 },
      { price: '$2.50', amount: 1 },
    ])
  })

  test('string operators: concat, indexOfBytes/CP, split, strcasecmp, strLenBytes/CP, substr/Bytes/CP, toLower/Upper', async () => {
    await seed('students', [
      { birthday: '1999/12/12', firstName: 'Yuanxin', lastName: 'Dong' },
      { birthday: '1998/11/11', firstName: 'Weijia', lastName: 'Wang' },
      { birthday: '1997/10/10', firstName: 'Chengxi', lastName: 'Li' },
    ])
    await seed('persons', [{ name: 'dongyuanxin', nickname: '心谭' }])
    const $ = c.$
    const col = async (expr: object) => (await run('students', (a) => a.project({ _id: 0, v: expr }))).map((d: { v: unknown }) => d.v)
    expect(await col($.concat(['$firstName', ' ', '$lastName']))).toEqual(['Yuanxin Dong', 'Weijia Wang', 'Chengxi Li'])
    expect(await col($.indexOfBytes(['$firstName', 'a']))).toEqual([2, 5, -1])
    expect(await col($.indexOfCP(['$firstName', 'a']))).toEqual([2, 5, -1])
    expect(await col($.split(['$birthday', '/']))).toEqual([
      ['1999', '12', '12'],
      ['1998', '11', '11'],
      ['1997', '10', '10'],
    ])
    expect(await col($.strcasecmp(['$firstName', '$lastName']))).toEqual([1, 1, -1])
    expect(await col($.toLower('$firstName'))).toEqual(['yuanxin', 'weijia', 'chengxi'])
    expect(await col($.toUpper('$lastName'))).toEqual(['DONG', 'WANG', 'LI'])
    for (const op of ['substr', 'substrBytes'] as const) {
      expect(
        await run('students', (a) =>
          a.project({ _id: 0, year: $[op](['$birthday', 0, 4]), month: $[op](['$birthday', 5, 2]), day: $[op](['$birthday', 8, -1]) }),
        ),
      ).toEqual([
        { year: '1999', month: '12', day: '12' },
        { year: '1998', month: '11', day: '11' },
        { year: '1997', month: '10', day: '10' },
      ])
    }
    expect(await run('persons', (a) => a.project({ _id: 0, nameLength: $.strLenBytes('$name'), nicknameLength: $.strLenBytes('$nickname') }))).toEqual([
      { nameLength: 11, nicknameLength: 6 },
    ])
    expect(await run('persons', (a) => a.project({ _id: 0, nameLength: $.strLenCP('$name'), nicknameLength: $.strLenCP('$nickname') }))).toEqual([
      { nameLength: 11, nicknameLength: 2 },
    ])
    expect(await run('persons', (a) => a.project({ _id: 0, firstCh: $.substrCP(['$nickname', 0, 1]) }))).toEqual([{ firstCh: '心' }])
  })
})
