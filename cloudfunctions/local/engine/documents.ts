// Pure helpers shared by plain and transactional writes: decoding the SDK's parameters and computing
// the next version of a document under an update (never mutating the stored one).
import crypto from 'node:crypto'
import { update as applyUpdate } from 'mingo/updater'
import { checkDocumentFields, checkUpdate } from './allow-list'
import { decode } from './ejson'
import { DbError } from './errors'
import type { Doc } from './store'

export type Params = Record<string, unknown>

export const newId = () => crypto.randomBytes(16).toString('hex')

export function asObject(v: unknown, what: string): Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new DbError('INVALID_PARAM', `${what} must be an object`)
  return v as Record<string, unknown>
}

/** The documents of an insertDocument request, each with its _id (server-made when omitted). */
export function decodeDocs(p: Params, now: number): Doc[] {
  if (!Array.isArray(p.data) || p.data.length === 0) throw new DbError('INVALID_PARAM', 'data must be a non-empty array')
  return p.data.map((text) => {
    const doc = asObject(decode(text, now), 'document') as Doc
    if (doc._id === undefined || doc._id === null) doc._id = newId()
    if (typeof doc._id !== 'string' || doc._id === '') throw new DbError('DATABASE_REQUEST_FAILED', '_id must be a non-empty string')
    checkDocumentFields(doc)
    return doc
  })
}

export interface UpdateSpec {
  merge: boolean
  data: Record<string, unknown>
}

/** A modifyDocument request's update: operators (merge, update()) or a whole document (set()). */
export function updateSpec(p: Params, now: number): UpdateSpec {
  const merge = p.merge !== false
  const data = asObject(decode(p.data, now), 'data')
  if (merge) {
    const keys = Object.keys(data)
    if (keys.length === 0) throw new DbError('INVALID_PARAM', 'update data is empty')
    if (!keys.every((k) => k.startsWith('$'))) throw new DbError('DATABASE_REQUEST_FAILED', 'update data must use update operators')
    checkUpdate(data)
  } else {
    if ('_id' in data) throw new DbError('DATABASE_REQUEST_FAILED', 'cannot replace _id')
    checkDocumentFields(data)
  }
  return { merge, data }
}

/** The new version of `doc` under an update (never mutates `doc`). */
export function applied(doc: Doc, { merge, data }: UpdateSpec): Doc {
  if (!merge) return { ...structuredClone(data), _id: doc._id } as Doc
  const next = structuredClone(doc)
  const seen = new Set<string>()
  for (const [op, fields] of Object.entries(data)) {
    for (const field of Object.keys(fields as object)) {
      const root = field.split('.')[0]
      const clash = [...seen].find((f) => f === field || f.startsWith(field + '.') || field.startsWith(f + '.'))
      if (clash) throw new DbError('DATABASE_REQUEST_FAILED', `Updating the path '${field}' would create a conflict at '${root}'`)
      seen.add(field)
    }
    try {
      applyUpdate(next, { [op]: fields } as Parameters<typeof applyUpdate>[1], [], undefined, { cloneMode: 'deep' })
    } catch (e) {
      throw new DbError('DATABASE_REQUEST_FAILED', (e as Error).message)
    }
  }
  next._id = doc._id
  checkDocumentFields(next)
  return next
}
