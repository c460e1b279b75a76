import { fromDateInput, toDateInput } from './date'

test('a date picker value is a Beijing calendar day', () => {
  // 2027-04-30 16:30 UTC is already 1 May in Beijing
  expect(toDateInput(Date.UTC(2027, 3, 30, 16, 30))).toBe('2027-05-01')
  expect(toDateInput(Date.UTC(2027, 3, 30, 15, 59))).toBe('2027-04-30')
})

test('a day starts at 00:00 and ends at 23:59:59.999 Beijing time', () => {
  expect(fromDateInput('2027-05-01', 'start')).toBe(Date.UTC(2027, 3, 30, 16, 0))
  expect(fromDateInput('2027-05-01', 'end')).toBe(Date.UTC(2027, 4, 1, 16, 0) - 1)
  expect(toDateInput(fromDateInput('2027-05-01', 'end')!)).toBe('2027-05-01')
  expect(fromDateInput('5/1/2027', 'start')).toBeUndefined()
})
