// Timer-trigger cron expressions as WeChat documents them: seven fields (second minute hour day month
// weekday year), `, - * /`, month and weekday names, day OR weekday, in UTC+8.
import { parseCron } from './cron'

const at = (iso: string) => new Date(iso)
const next = (cron: string, after: string) => parseCron(cron).next(at(after))?.toISOString()

test('the documented examples', () => {
  // "0 0 2 1 * * *": 02:00 on the 1st of each month (UTC+8) = 18:00 UTC the day before.
  expect(next('0 0 2 1 * * *', '2026-05-10T00:00:00Z')).toBe('2026-05-31T18:00:00.000Z')
  // every 5 seconds
  expect(next('*/5 * * * * * *', '2026-05-10T00:00:03Z')).toBe('2026-05-10T00:00:05.000Z')
  // "0 */10 * * * * *": every 10 minutes
  expect(next('0 */10 * * * * *', '2026-05-10T00:00:00Z')).toBe('2026-05-10T00:10:00.000Z')
  // 10:30 on weekdays (UTC+8)
  expect(next('0 30 10 * * MON-FRI *', '2026-05-09T03:00:00Z')).toBe('2026-05-11T02:30:00.000Z') // Sat → Mon
})

test('strictly after, steps from a start, lists, and day OR weekday', () => {
  expect(next('0 0 * * * * *', '2026-05-10T01:00:00Z')).toBe('2026-05-10T02:00:00.000Z')
  expect(next('0 1/20 * * * * *', '2026-05-10T00:02:00Z')).toBe('2026-05-10T00:21:00.000Z')
  expect(next('0 0 8,20 * * * *', '2026-05-10T00:00:01Z')).toBe('2026-05-10T12:00:00.000Z') // 20:00 UTC+8
  // the 15th, or any Sunday: from Fri 2026-05-08 12:00 UTC+8, Sunday the 10th comes first
  expect(next('0 0 0 15 * 0 *', '2026-05-08T04:00:00Z')).toBe('2026-05-09T16:00:00.000Z')
  expect(next('0 0 0 1 JAN * 2027', '2026-05-10T00:00:00Z')).toBe('2026-12-31T16:00:00.000Z')
  expect(next('0 0 0 1 1 * 2025', '2026-05-10T00:00:00Z')).toBeUndefined()
})

test('malformed expressions are refused', () => {
  expect(() => parseCron('0 0 2 1 * *')).toThrow(/seven fields/)
  expect(() => parseCron('60 * * * * * *')).toThrow(/second/)
  expect(() => parseCron('0 0 24 * * * *')).toThrow(/hour/)
  expect(() => parseCron('0 0 0 0 * * *')).toThrow(/day/)
  expect(() => parseCron('0 0 0 * 13 * *')).toThrow(/month/)
  expect(() => parseCron('0 0 0 * * 7 *')).toThrow(/weekday/)
  expect(() => parseCron('0 0 0 * * * 1969')).toThrow(/year/)
  expect(() => parseCron('0 */0 * * * * *')).toThrow(/step/)
  expect(() => parseCron('0 10-5 * * * * *')).toThrow(/backwards/)
  expect(() => parseCron('0 ? * * * * *')).toThrow(/not a number/)
})
