// Server-side dates as people in China read them. China has no daylight saving, so Beijing time is
// a fixed +08:00 whatever zone the function's machine runs in.
const OFFSET = 8 * 60 * 60 * 1000
const pad = (n: number) => String(n).padStart(2, '0')

export function beijingDateTime(ms: number): string {
  const d = new Date(ms + OFFSET)
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`
}

export function beijingDate(ms: number): string {
  return beijingDateTime(ms).slice(0, 10)
}
