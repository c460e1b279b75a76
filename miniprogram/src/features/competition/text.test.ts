// The words competitions and sign-ups are shown with, and the check-in codes.
import { normalizeCode, parseTicketQr, placesText, spacedCode, stageOf, timeRange } from './text'

// 2027-04-20 10:00 Beijing = 02:00 UTC
const at = (h: number, m = 0, day = 20) => Date.UTC(2027, 3, day, h - 8, m)
const base = { status: 'published', window: 'open', signupStartAt: at(8), signupEndAt: at(18), capacity: 10, placesLeft: 10, waitlisted: 0 } as const

test('where sign-up stands, in words and tone', () => {
  expect(stageOf(base)).toEqual({ text: '报名中', tone: 'approved' })
  expect(stageOf({ ...base, window: 'not_open' })).toEqual({ text: '4月20日 08:00 开始报名', tone: 'pending' })
  expect(stageOf({ ...base, window: 'closed' }).text).toBe('报名已截止')
  expect(stageOf({ ...base, status: 'closed', window: 'closed' }).text).toBe('报名已截止')
  expect(stageOf({ ...base, status: 'finished', window: 'closed' }).text).toBe('已结束')
  expect(stageOf({ ...base, status: 'cancelled', window: 'closed' }).text).toBe('已取消')
  expect(stageOf({ ...base, status: 'draft', window: 'closed' }).text).toBe('草稿')
})

test('places: left while there are some, the waiting list once full', () => {
  expect(placesText({ capacity: 10, placesLeft: 7, waitlisted: 0 })).toBe('共10个名额 · 剩余7个')
  // places held by sign-ups awaiting approval are not left
  expect(placesText({ capacity: 10, placesLeft: 0, waitlisted: 0 })).toBe('名额已满')
  expect(placesText({ capacity: 10, placesLeft: 0, waitlisted: 4 })).toBe('名额已满 · 候补4人')
})

test('a time range names the date once when it is one day', () => {
  expect(timeRange(at(9), at(17))).toBe('4月20日 09:00 至 17:00')
  expect(timeRange(at(9), at(17, 30, 22))).toBe('4月20日 09:00 至 4月22日 17:30')
  // 23:30 and 00:30 Beijing are different days even though both are 4月20日 in UTC
  expect(timeRange(at(23, 30), at(24, 30))).toBe('4月20日 23:30 至 4月21日 00:30')
})

test('codes are typed loosely and read strictly; a ticket QR names its competition', () => {
  expect(normalizeCode('ab3 k7q')).toBe('AB3K7Q')
  // 0/O and 1/I are never in a code; extra characters are cut
  expect(normalizeCode('o0i1-ab3k7qzz')).toBe('AB3K7Q')
  expect(spacedCode('AB3K7Q')).toBe('AB3 K7Q')
  expect(parseTicketQr('zgfc-checkin:0123456789abcdef0123456789abcdef:AB3K7Q')).toEqual({ competitionId: '0123456789abcdef0123456789abcdef', code: 'AB3K7Q' })
  expect(parseTicketQr('https://example.com/?zgfc-checkin:x:AB3K7Q')).toBeUndefined()
  expect(parseTicketQr('zgfc-checkin:abc:AB0K7Q')).toBeUndefined()
})
