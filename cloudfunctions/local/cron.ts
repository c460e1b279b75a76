// Cron expressions of cloud function timer triggers, as WeChat documents them
// (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/triggers.html): seven required
// fields separated by spaces — second, minute, hour, day, month, weekday, year — each a value, `*`, a range
// `a-b`, a list `a,b`, or a step `a/n` / `*/n`; months JAN–DEC, weekdays SUN–SAT (0 is Sunday); when both
// day and weekday are given they are OR-ed; the trigger's time zone is UTC+8.
const FIELDS = [
  { name: 'second', min: 0, max: 59 },
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'], base: 1 },
  { name: 'weekday', min: 0, max: 6, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], base: 0 },
  { name: 'year', min: 1970, max: 2099 },
] as const

/** The trigger's time zone: UTC+8 ("触发器规则的时区为 UTC+8"). */
const ZONE_OFFSET_MS = 8 * 3600_000

export interface Cron {
  readonly source: string
  /** The first firing time strictly after `after`, or null if there is none before 2100. */
  next(after: Date): Date | null
}

export function parseCron(source: string): Cron {
  const parts = source.trim().split(/\s+/)
  if (parts.length !== 7) throw new Error(`cron ${JSON.stringify(source)}: seven fields are required (second minute hour day month weekday year)`)
  const sets = parts.map((part, i) => parseField(part, FIELDS[i], source))
  const [seconds, minutes, hours, days, months, weekdays, years] = sets
  const dayAny = parts[3] === '*'
  const weekAny = parts[5] === '*'
  const dayMatches = (d: Date) => {
    const byDay = days.has(d.getUTCDate())
    const byWeek = weekdays.has(d.getUTCDay())
    if (dayAny && weekAny) return true
    if (dayAny) return byWeek
    if (weekAny) return byDay
    return byDay || byWeek
  }
  return {
    source,
    next(after) {
      // Walk in zone-local time (a shifted UTC date), coarse to fine, skipping whole days and hours.
      let t = new Date(Math.floor((after.getTime() + ZONE_OFFSET_MS) / 1000) * 1000 + 1000)
      while (t.getUTCFullYear() <= 2099) {
        if (!years.has(t.getUTCFullYear())) {
          t = new Date(Date.UTC(t.getUTCFullYear() + 1, 0, 1))
          continue
        }
        if (!months.has(t.getUTCMonth() + 1)) {
          t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 1))
          continue
        }
        if (!dayMatches(t)) {
          t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate() + 1))
          continue
        }
        if (!hours.has(t.getUTCHours())) {
          t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours() + 1))
          continue
        }
        if (!minutes.has(t.getUTCMinutes())) {
          t = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate(), t.getUTCHours(), t.getUTCMinutes() + 1))
          continue
        }
        if (!seconds.has(t.getUTCSeconds())) {
          t = new Date(t.getTime() + 1000)
          continue
        }
        return new Date(t.getTime() - ZONE_OFFSET_MS)
      }
      return null
    },
  }
}

function parseField(part: string, field: (typeof FIELDS)[number], source: string): Set<number> {
  const fail = (why: string) => new Error(`cron ${JSON.stringify(source)}: ${field.name} ${JSON.stringify(part)} ${why}`)
  const value = (text: string): number => {
    const upper = text.toUpperCase()
    if ('names' in field) {
      const i = (field.names as readonly string[]).indexOf(upper)
      if (i >= 0) return i + field.base
    }
    if (!/^\d+$/.test(text)) throw fail('is not a number')
    const n = Number(text)
    if (n < field.min || n > field.max) throw fail(`is outside ${field.min}–${field.max}`)
    return n
  }
  const out = new Set<number>()
  for (const item of part.split(',')) {
    const [range, stepText] = item.split('/')
    if (item.split('/').length > 2) throw fail('has more than one "/"')
    const step = stepText === undefined ? 1 : Number(stepText)
    if (!Number.isInteger(step) || step < 1) throw fail('has a bad step')
    let from: number
    let to: number
    if (range === '*') [from, to] = [field.min, field.max]
    else if (range.includes('-')) {
      const [a, b] = range.split('-')
      ;[from, to] = [value(a), value(b)]
      if (from > to) throw fail('has a range that runs backwards')
    } else {
      from = value(range)
      // `a/n`: from a, every n, to the end of the field's range.
      to = stepText === undefined ? from : field.max
    }
    for (let n = from; n <= to; n += step) out.add(n)
  }
  return out
}
