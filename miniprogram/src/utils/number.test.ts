import { groupDigits, progressOf } from './number'

test('groupDigits', () => {
  expect(groupDigits(0)).toBe('0')
  expect(groupDigits(999)).toBe('999')
  expect(groupDigits(30000)).toBe('30,000')
  expect(groupDigits(1234567)).toBe('1,234,567')
  expect(groupDigits(-4500)).toBe('-4,500')
})

test('progressOf', () => {
  expect(progressOf(0, 100)).toEqual({ percent: 0, over: false })
  expect(progressOf(37, 100)).toEqual({ percent: 37, over: false })
  expect(progressOf(29999, 30000)).toEqual({ percent: 99, over: false })
  expect(progressOf(130, 100)).toEqual({ percent: 100, over: true })
  expect(progressOf(5, 0)).toEqual({ percent: 0, over: false })
})
