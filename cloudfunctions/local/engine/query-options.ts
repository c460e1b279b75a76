// The options every mingo Query and Aggregator of the engine runs with: scripts off, and the one query
// operator whose mingo behaviour differs from the cloud's (MongoDB's) replaced, and the one expression
// operator of the cloud's aggregation reference that mingo lacks ($indexOfCP) added, and $substrBytes
// taking a negative length as "to the end", as MongoDB and the cloud do (vendor test "substrBytes"), and
// $week counted as MongoDB counts it (weeks start on Sunday; days before the first Sunday are week 0:
// the vendor's test finds week 19 for 2019-05-14, mingo answered 20).
//
// $elemMatch with field criteria ({ tags: _.elemMatch({ value: _.gt(0) }) }) matches only elements that
// are documents: the cloud finds the array of { value } documents and not an array of numbers or
// strings (vendor tests against the real service: TencentCloudBase/tcb-admin-node
// test/database/unit/advanced-operator.test.ts, "elemMatch", "exists", "mod"). mingo resolves any field of
// a scalar to the scalar itself, so [1, 2, 3] would match { value: { $gt: 0 } }.
import 'mingo/init/system'
import { Query } from 'mingo'
import { computeValue, Context, type Options } from 'mingo/core'
import { resolve } from 'mingo/util'

const LOGICAL = new Set(['$and', '$or', '$nor'])
const isDocument = (x: unknown) => x !== null && typeof x === 'object' && !Array.isArray(x) && !(x instanceof Date) && !(x instanceof RegExp)

function $elemMatch(selector: string, criteria: Record<string, unknown>, options: Options) {
  const onFields = Object.keys(criteria).some((k) => !k.startsWith('$') || LOGICAL.has(k))
  const query = new Query(onFields ? criteria : { element: criteria }, options)
  const matches = (array: unknown[]) => array.some((el) => (onFields ? isDocument(el) && query.test(el as object) : query.test({ element: el })))
  return (doc: object) => {
    const value = resolve(doc as Parameters<typeof resolve>[0], selector)
    if (!Array.isArray(value)) return false
    // A path through an array of documents resolves to the arrays found in each of them.
    return matches(value) || (value.length > 0 && value.every(Array.isArray) && value.some((inner) => matches(inner as unknown[])))
  }
}

/** $indexOfCP: the code-point index of the first occurrence of a substring (MongoDB semantics). */
function $indexOfCP(obj: object, expr: unknown, options: Options): number | null {
  const args = computeValue(obj as never, expr, null, options) as unknown[]
  const [str, sub, start = 0, end] = args
  if (str === null || str === undefined) return null
  if (typeof str !== 'string' || typeof sub !== 'string') throw new Error('$indexOfCP needs a string and a substring')
  const chars = Array.from(str)
  const needle = Array.from(sub)
  const stop = Math.min(typeof end === 'number' ? end : chars.length, chars.length)
  for (let i = Number(start); i + needle.length <= stop; i++) {
    if (needle.every((ch, j) => chars[i + j] === ch)) return i
  }
  return -1
}

/** $substrBytes: bytes of the UTF-8 string from `index`, `count` of them (negative: to the end). */
function $substrBytes(obj: object, expr: unknown, options: Options): string {
  const [str, index, count] = computeValue(obj as never, expr, null, options) as [unknown, number, number]
  if (str === null || str === undefined) return ''
  const bytes = Buffer.from(String(str), 'utf8')
  if (!Number.isInteger(index) || index < 0 || !Number.isInteger(count)) throw new Error('$substrBytes: invalid arguments')
  const end = count < 0 ? bytes.length : Math.min(bytes.length, index + count)
  const continuation = (i: number) => i < bytes.length && (bytes[i] & 0xc0) === 0x80
  if (continuation(index) || continuation(end)) throw new Error('$substrBytes: invalid range, in the middle of a UTF-8 character')
  return bytes.subarray(Math.min(index, bytes.length), end).toString('utf8')
}

/** The wall-clock parts of `d` in a time zone (an Olson name or a ±hh:mm offset), as a UTC date. */
function inZone(d: Date, timezone: unknown): Date {
  if (typeof timezone !== 'string' || timezone === '' || timezone === 'UTC' || timezone === 'GMT') return d
  const offset = /^([+-])(\d{2}):?(\d{2})$/.exec(timezone)
  if (offset) return new Date(d.getTime() + (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3])) * 60_000)
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: timezone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    })
      .formatToParts(d)
      .map((p) => [p.type, Number(p.value)]),
  )
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second, d.getUTCMilliseconds()))
}

/** $week: 0–53, weeks starting on Sunday, the days before the year's first Sunday in week 0. */
function $week(obj: object, expr: unknown, options: Options): number | null {
  const arg = computeValue(obj as never, expr, null, options) as unknown
  const spec = arg instanceof Date || arg === null || arg === undefined ? { date: arg } : (arg as { date?: unknown; timezone?: unknown })
  if (spec.date === null || spec.date === undefined) return null
  if (!(spec.date instanceof Date)) throw new Error('$week needs a date')
  const d = inZone(spec.date, spec.timezone)
  const jan1 = Date.UTC(d.getUTCFullYear(), 0, 1)
  const dayOfYear = Math.floor((d.getTime() - jan1) / 86_400_000)
  const firstSunday = (7 - new Date(jan1).getUTCDay()) % 7
  return dayOfYear < firstSunday ? 0 : Math.floor((dayOfYear - firstSunday) / 7) + 1
}

const context = Context.init()
  .addQueryOps({ $elemMatch } as never)
  .addExpressionOps({ $indexOfCP, $substrBytes, $week } as never)

export const QUERY_OPTIONS = { scriptEnabled: false, context, useGlobalContext: true } as const
