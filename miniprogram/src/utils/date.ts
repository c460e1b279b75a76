// The one date helper: dayjs in Asia/Shanghai with Chinese wording. Payloads carry epoch milliseconds.
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'

dayjs.locale('zh-cn')

// China has had no daylight saving since 1991; a fixed +08:00 offset is exact and avoids shipping
// timezone data to the phone.
const OFFSET_MS = 8 * 60 * 60 * 1000

/** A dayjs whose fields read as Beijing time, whatever the phone's own time zone. */
export function beijing(ms: number) {
  const local = dayjs(ms)
  return local.add(OFFSET_MS + local.utcOffset() * -60 * 1000, 'millisecond')
}

export const formatDate = (ms: number) => beijing(ms).format('M月D日')
export const formatDateTime = (ms: number) => beijing(ms).format('M月D日 HH:mm')
export const formatFullDate = (ms: number) => beijing(ms).format('YYYY年M月D日')

/** Whole days from `now` until `ms` (Beijing calendar days), never negative. */
export function daysUntil(ms: number, now: number): number {
  const a = beijing(now).startOf('day')
  const b = beijing(ms).startOf('day')
  return Math.max(0, b.diff(a, 'day'))
}

/** 'YYYY-MM-DD' of the Beijing calendar day containing `ms` (what a date picker shows). */
export const toDateInput = (ms: number) => beijing(ms).format('YYYY-MM-DD')

/**
 * The first (or last) millisecond of a Beijing calendar day given as 'YYYY-MM-DD': a campaign starts
 * at 00:00 on its first day and ends at 23:59:59.999 on its last. Undefined for a malformed value.
 */
export function fromDateInput(ymd: string, edge: 'start' | 'end'): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd)
  if (!m) return undefined
  const start = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - OFFSET_MS
  return edge === 'start' ? start : start + 24 * 60 * 60 * 1000 - 1
}
