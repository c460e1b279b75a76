// Valid inputs for any action, made from its input schema (types/actions), with every place an id goes
// marked: the leak suite fills those places with every id it knows. Strings that follow a pattern are
// chosen from known samples by asking the schema itself which one it accepts.
import * as v from 'valibot'
import { id as ID_SCHEMA } from '../../../types/schemas'

/** A path into the input: object keys and array indexes. */
export type Path = Array<string | number>

export interface Generated {
  value: unknown
  /** Where ids go. */
  idPaths: Path[]
}

type Schema = v.GenericSchema & {
  type: string
  pipe?: Array<{ type: string; requirement?: unknown }>
  entries?: Record<string, Schema>
  options?: unknown[]
  item?: Schema
  wrapped?: Schema
  literal?: unknown
}

const STRING_SAMPLES = [
  '测试内容文字',
  '测试',
  '王小明',
  '13800000000',
  'cloud://local.bucket/imports/user-demo-city-admin/leak.xlsx',
  'HKQMNPWA',
  'AAAAAA',
  'matrix-setup-code-0123456789',
  '0'.repeat(64),
  '2026-11-01',
  '技能比武',
  '书法',
  '合理化建议',
  // a certificate number (honours.verify, honours.revokeCertificate)
  '2027-0001-KQMN',
]

function bound(schema: Schema, kind: string): number | undefined {
  const a = schema.pipe?.find((p) => p.type === kind)
  return typeof a?.requirement === 'number' ? a.requirement : undefined
}

function stringFor(schema: Schema): string | undefined {
  const min = bound(schema, 'min_length') ?? 0
  const max = bound(schema, 'max_length') ?? 100
  const candidates = [...STRING_SAMPLES, '测'.repeat(Math.max(min, 1)), '测'.repeat(Math.min(max, Math.max(min, 6))), '']
  return candidates.find((c) => v.safeParse(schema, c).success)
}

function numberFor(schema: Schema): number {
  const min = bound(schema, 'min_value')
  const max = bound(schema, 'max_value')
  if (min !== undefined && min > 1e12) return Date.now() - 3600000 // epoch milliseconds
  if (min !== undefined) return Math.max(min, Math.min(max ?? min, 1))
  return max !== undefined ? Math.min(max, 1) : 1
}

/** Every valid shape of `schema` (one per option of a variant), with its id places. */
export function generate(schema: Schema, path: Path = []): Generated[] {
  if ((schema as unknown) === ID_SCHEMA) return [{ value: 'placeholder-id', idPaths: [path] }]
  switch (schema.type) {
    case 'strict_object':
    case 'object': {
      let out: Generated[] = [{ value: {}, idPaths: [] }]
      for (const [key, field] of Object.entries(schema.entries ?? {})) {
        const options = generate(field, [...path, key])
        const next: Generated[] = []
        for (const base of out)
          for (const o of options.slice(0, 3))
            next.push({ value: o.value === undefined ? base.value : { ...(base.value as object), [key]: o.value }, idPaths: [...base.idPaths, ...o.idPaths] })
        out = next.slice(0, 6)
      }
      return out
    }
    case 'variant':
    case 'union':
      return (schema.options as Schema[]).flatMap((o) => generate(o, path))
    case 'optional':
    case 'nullable': {
      const inner = generate(schema.wrapped!, path)
      return inner.length ? inner : [{ value: undefined, idPaths: [] }]
    }
    case 'array': {
      const min = Math.max(bound(schema, 'min_length') ?? 1, 1)
      const items = Array.from({ length: min }, (_x, i) => generate(schema.item!, [...path, i])[0])
      return [{ value: items.map((i) => i.value), idPaths: items.flatMap((i) => i.idPaths) }]
    }
    case 'picklist':
      return [{ value: (schema.options as unknown[])[0], idPaths: [] }]
    case 'literal':
      return [{ value: schema.literal, idPaths: [] }]
    case 'boolean':
      return [{ value: true, idPaths: [] }]
    case 'number':
      return [{ value: numberFor(schema), idPaths: [] }]
    case 'string': {
      const s = stringFor(schema)
      return s === undefined ? [] : [{ value: s, idPaths: [] }]
    }
    default:
      return []
  }
}

/** A copy of `value` with `id` at `path`. */
export function withId(value: unknown, path: Path, id: string): unknown {
  if (path.length === 0) return id
  const [head, ...rest] = path
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>
  copy[head] = withId(copy[head], rest, id)
  return copy
}
