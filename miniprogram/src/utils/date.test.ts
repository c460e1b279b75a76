import { daysUntil, formatDate, formatDateTime } from './date'

// 2027-04-30 23:30 Beijing = 15:30 UTC
const lateApril30 = Date.UTC(2027, 3, 30, 15, 30)

test('dates read in Beijing time whatever the phone’s zone', () => {
  expect(formatDate(lateApril30)).toBe('4月30日')
  expect(formatDateTime(lateApril30)).toBe('4月30日 23:30')
  // 16:30 UTC is already May 1st in Beijing
  expect(formatDate(Date.UTC(2027, 3, 30, 16, 30))).toBe('5月1日')
})

test('daysUntil counts Beijing calendar days and never goes negative', () => {
  expect(daysUntil(Date.UTC(2027, 3, 30, 16, 30), lateApril30)).toBe(1)
  expect(daysUntil(lateApril30, lateApril30)).toBe(0)
  expect(daysUntil(lateApril30 - 86400000 * 3, lateApril30)).toBe(0)
  expect(daysUntil(lateApril30 + 86400000 * 10, lateApril30)).toBe(10)
})
