// Dates, as the cloud database keeps and answers them: behaviours asserted by the vendor's tests against
// the real service (TencentCloudBase/tcb-admin-node test/database/unit/date.test.ts, query-date.test.ts,
// and the Date parts of aggregation.test.ts and command.test.ts), run through wx-server-sdk.
import { conformanceDatabase } from './setup'

const c = conformanceDatabase()
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

test('a Date comes back as a Date with the same instant', async () => {
  const date = new Date()
  const { _id } = await c.db.collection('items').add({ data: { name: 'test', date } })
  const [found] = (await c.db.collection('items').where({ _id }).get()).data
  expect(found.date).toBeInstanceOf(Date)
  expect(found.date.getTime()).toBe(date.getTime())
  expect((await c.db.collection('items').doc(_id).remove()).stats.removed).toBe(1)
})

describe('querying by date', () => {
  beforeEach(async () => {
    for (const date of [new Date(1565314149491), new Date(1565314249491), new Date(1565314349491), c.db.serverDate()]) {
      await c.db.collection('items').add({ data: { date } })
    }
  })
  const count = async (q: object) => (await c.db.collection('items').where(q).count()).total

  test('equal to a Date, directly or with _.eq', async () => {
    expect(await count({ date: new Date(1565314149491) })).toBe(1)
    expect(await count({ date: c._.eq(new Date(1565314149491)) })).toBe(1)
  })

  test('ranges: _.lte takes the earlier ones, not the server-dated one', async () => {
    expect(await count({ date: c._.lte(new Date(1565314349491)) })).toBe(3)
    expect(await count({ date: c._.gt(new Date(1565314349491)) })).toBe(1)
  })
})

describe('db.serverDate()', () => {
  test('is the server’s time when written, and takes an offset', async () => {
    const before = Date.now()
    await c.db.collection('items').add({ data: { _id: 's', at: c.db.serverDate(), later: c.db.serverDate({ offset: 60_000 }) } })
    const after = Date.now()
    const { at, later } = (await c.db.collection('items').doc('s').get()).data
    expect(at.getTime()).toBeGreaterThanOrEqual(before)
    expect(at.getTime()).toBeLessThanOrEqual(after)
    expect(later.getTime() - at.getTime()).toBe(60_000)
  })

  test('in an update, and in a query compared with stored dates', async () => {
    await c.db.collection('items').add({ data: { _id: 's', at: new Date(0) } })
    await sleep(2)
    await c.db
      .collection('items')
      .doc('s')
      .update({ data: { at: c.db.serverDate() } })
    expect(
      await c.db
        .collection('items')
        .where({ at: c._.lte(c.db.serverDate()) })
        .count(),
    ).toMatchObject({ total: 1 })
    expect(
      await c.db
        .collection('items')
        .where({ at: c._.gt(c.db.serverDate({ offset: 60_000 })) })
        .count(),
    ).toMatchObject({ total: 0 })
  })
})

describe('dates in aggregation', () => {
  const date = new Date(1557826731686) // 2019-05-14T09:38:51.686Z, a Tuesday

  test('a Date passes through a pipeline unchanged', async () => {
    await c.engine.insertMany('articles', [{ date }])
    expect((await c.db.collection('articles').aggregate().project({ _id: 0 }).end()).list).toEqual([{ date }])
  })

  test('date part operators, dateFromParts with a time zone, dateFromString', async () => {
    await c.engine.insertMany('articles', [{ date }])
    const $ = c.$
    const [parts] = (
      await c.db
        .collection('articles')
        .aggregate()
        .project({
          _id: 0,
          date: 1,
          dayOfWeek: $.dayOfWeek('$date'),
          dayOfYear: $.dayOfYear('$date'),
          dayOfMonth: $.dayOfMonth('$date'),
          year: $.year('$date'),
          month: $.month('$date'),
          hour: $.hour('$date'),
          minute: $.minute('$date'),
          second: $.second('$date'),
          millisecond: $.millisecond('$date'),
          week: $.week('$date'),
          dateFromParts: $.dateFromParts({ year: 2017, month: 2, day: 8, hour: 12, timezone: 'America/New_York' }),
          dateFromString: $.dateFromString({ dateString: date.toISOString() }),
          isoDayOfWeek: $.isoDayOfWeek('$date'),
          isoWeek: $.isoWeek('$date'),
          isoWeekYear: $.isoWeekYear('$date'),
        })
        .end()
    ).list
    expect(parts).toEqual({
      date,
      year: 2019,
      month: 5,
      dayOfMonth: 14,
      hour: 9,
      minute: 38,
      second: 51,
      millisecond: 686,
      dayOfYear: 134,
      dayOfWeek: 3,
      week: 19,
      dateFromParts: new Date('2017-02-08T17:00:00.000Z'),
      dateFromString: date,
      isoDayOfWeek: 2,
      isoWeek: 20,
      isoWeekYear: 2019,
    })
  })

  test('week: weeks start on Sunday; the days before the first Sunday are week 0', async () => {
    await c.engine.insertMany('articles', [
      { _id: 'a', date: new Date('2019-01-05T12:00:00Z') },
      { _id: 'b', date: new Date('2019-01-06T12:00:00Z') },
      { _id: 'c', date: new Date('2019-12-31T12:00:00Z') },
    ])
    const weeks = (
      await c.db
        .collection('articles')
        .aggregate()
        .project({ _id: 0, w: c.$.week('$date') })
        .end()
    ).list.map((d: { w: number }) => d.w)
    expect(weeks).toEqual([0, 1, 52])
  })

  test('dateToString: a format in UTC, a time zone, and onNull for a missing date', async () => {
    // Midnight in Beijing on each birthday.
    await c.engine.insertMany('students', [
      { _id: 's1', date: new Date('1999-12-12T00:00:00+08:00') },
      { _id: 's2', date: new Date('1998-11-11T00:00:00+08:00') },
      { _id: 's3', date: new Date('1997-10-10T00:00:00+08:00') },
    ])
    const $ = c.$
    const formatted = async (spec: object) =>
      (
        await c.db
          .collection('students')
          .aggregate()
          .project({ _id: 0, formatDate: $.dateToString(spec) })
          .end()
      ).list.map((d: { formatDate: string }) => d.formatDate)
    expect(await formatted({ date: '$date', format: '%Y-%m-%d' })).toEqual(['1999-12-11', '1998-11-10', '1997-10-09'])
    expect(await formatted({ date: '$date', format: '%H:%M:%S', timezone: 'Asia/Shanghai' })).toEqual(['00:00:00', '00:00:00', '00:00:00'])
    expect(await formatted({ date: '$empty', onNull: 'null' })).toEqual(['null', 'null', 'null'])
  })
})
