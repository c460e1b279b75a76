// The wire format of the cloud database: canonical Extended JSON strings (see the SDK's
// `stringifyByEJSON`). Decoding turns the cloud's own extensions into plain JS values the engine
// stores: `{$tcb_server_date:{offset}}` (db.serverDate()) becomes the server's Date, BSON regular
// expressions become RegExp. Types the product never uses and the engine cannot store faithfully
// (ObjectId, Decimal128, Binary, geo values) are refused so they fail locally as loudly as they would
// surprise in production.
import { bson } from '../sdk-internals'
import { DbError } from './errors'

const { EJSON, BSONRegExp, ObjectId } = bson

function convert(value: unknown, now: number): unknown {
  if (value === null || typeof value !== 'object') return value
  if (value instanceof Date) return value
  if (value instanceof BSONRegExp) {
    const options = value.options.replace(/[^imsu]/g, '')
    if (options.length !== value.options.length) {
      throw new DbError('DATABASE_INVALID_OPERRATOR', `unsupported regular expression options: ${value.options}`)
    }
    return new RegExp(value.pattern, options)
  }
  if (value instanceof ObjectId) return value.toHexString()
  if (Array.isArray(value)) return value.map((v) => convert(v, now))
  const proto = Object.getPrototypeOf(value)
  if (proto !== Object.prototype && proto !== null) {
    throw new DbError('DATABASE_REQUEST_FAILED', `unsupported value type: ${(value as object).constructor?.name}`)
  }
  const obj = value as Record<string, unknown>
  const keys = Object.keys(obj)
  if (keys.length === 1 && keys[0] === '$tcb_server_date') {
    const spec = obj.$tcb_server_date as { offset?: number } | null
    const offset = spec && typeof spec.offset === 'number' ? spec.offset : 0
    return new Date(now + offset)
  }
  const out: Record<string, unknown> = {}
  for (const k of keys) {
    if (k === '__proto__') throw new DbError('DATABASE_REQUEST_FAILED', 'field name __proto__ is not allowed')
    out[k] = convert(obj[k], now)
  }
  return out
}

/** Parse one EJSON string from the SDK into engine values. */
export function decode(text: unknown, now = Date.now()): unknown {
  if (typeof text !== 'string') throw new DbError('INVALID_PARAM', 'expected an EJSON string')
  let parsed: unknown
  try {
    parsed = EJSON.parse(text, { relaxed: true })
  } catch (e) {
    throw new DbError('INVALID_PARAM', `malformed EJSON: ${(e as Error).message}`)
  }
  return convert(parsed, now)
}

/** Serialize a stored document for the SDK (it parses with EJSON.parse). */
export function encode(doc: unknown): string {
  return EJSON.stringify(doc as Record<string, unknown>, { relaxed: false })
}
