// One collection: documents kept by @seald-io/nedb (in memory, persisted to a file per collection
// when the engine has a data folder), indexes declared in cloudfunctions/database/collections.ts.
// nedb serves _id and index lookups and enforces unique indexes; mingo (in engine.ts) evaluates the
// query language. Documents returned here are nedb's own objects: callers must never mutate them.
import path from 'node:path'
import Datastore from '@seald-io/nedb'
import type { CollectionDecl, IndexDecl } from '../../database/schema'
import { duplicateKeyError, type DuplicateKeyError } from './errors'

export type Doc = Record<string, unknown> & { _id: string }

type NedbIndex = {
  getMatching(value: unknown): Doc[]
  getBetweenBounds(bounds: Record<string, unknown>): Doc[]
  unique: boolean
}

const isIndexable = (v: unknown) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'boolean' || v instanceof Date

export class CollectionStore {
  private ds: Datastore<Doc>
  private uniqueIndexes: IndexDecl[] = []
  /**
   * Top-level fields some stored document holds as an array. MongoDB's compound indexes are multikey
   * (an equality on an array field matches a document whose array contains the value); nedb's compound
   * keys are not, so a compound index is not used for a query once one of its fields holds an array.
   */
  private arrayFields = new Set<string>()
  private noteArrays(doc: Doc): void {
    for (const [k, v] of Object.entries(doc)) if (Array.isArray(v)) this.arrayFields.add(k)
  }

  constructor(
    readonly decl: CollectionDecl,
    dir: string | undefined,
  ) {
    this.ds = new Datastore<Doc>(dir ? { filename: path.join(dir, `${decl.name}.db`) } : { inMemoryOnly: true })
  }

  async open(): Promise<void> {
    await this.ds.loadDatabaseAsync()
    for (const doc of this.ds.getAllData()) this.noteArrays(doc)
    // nedb names a compound index by its fields sorted and joined with commas
    const wanted = new Map<string, boolean>()
    for (const index of this.decl.indexes) {
      const fieldName = nedbName(index)
      wanted.set(fieldName, Boolean(index.unique) || Boolean(wanted.get(fieldName)))
      if (index.unique) this.uniqueIndexes.push(index)
      // nedb cannot serve a prefix of a compound index; a single-field index on the first field can.
      const first = index.fields[0][0]
      if (index.fields.length > 1 && !wanted.has(first)) wanted.set(first, false)
    }
    for (const [fieldName, unique] of wanted) {
      await this.ds.ensureIndexAsync({ fieldName: fieldName.includes(',') ? fieldName.split(',') : fieldName, unique } as { fieldName: string })
    }
    // Persisted data keeps index definitions of earlier runs; drop any no longer declared.
    for (const existing of Object.keys(this.indexes())) {
      if (existing !== '_id' && !wanted.has(existing)) await this.ds.removeIndexAsync(existing)
    }
  }

  private indexes(): Record<string, NedbIndex> {
    return (this.ds as unknown as { indexes: Record<string, NedbIndex> }).indexes
  }

  get size(): number {
    return this.ds.getAllData().length
  }

  get(id: string): Doc | undefined {
    return this.indexes()._id.getMatching(id)[0]
  }

  all(): Doc[] {
    return this.ds.getAllData()
  }

  /**
   * Documents that may match `query`, narrowed by an index where the query allows it; the caller
   * still evaluates the full query. Only top-level equality, $in and range predicates on scalar
   * values use an index (null and sub-document matches have MongoDB semantics nedb does not share).
   */
  candidates(query: Record<string, unknown>): Doc[] {
    const indexes = this.indexes()
    const conjuncts: Array<[string, unknown]> = []
    const collect = (q: Record<string, unknown>) => {
      for (const [k, v] of Object.entries(q)) {
        if (k === '$and' && Array.isArray(v)) v.forEach((sub) => sub && typeof sub === 'object' && collect(sub as Record<string, unknown>))
        else if (!k.startsWith('$')) conjuncts.push([k, v])
      }
    }
    collect(query)

    const equalities = new Map<string, unknown>()
    for (const [field, cond] of conjuncts) {
      if (isIndexable(cond)) equalities.set(field, cond)
      else if (cond && typeof cond === 'object' && !Array.isArray(cond) && Object.keys(cond).length === 1 && isIndexable((cond as { $eq?: unknown }).$eq)) {
        equalities.set(field, (cond as { $eq: unknown }).$eq)
      }
    }
    if (equalities.has('_id')) return indexes._id.getMatching(equalities.get('_id'))
    // a compound index whose every field is given
    for (const name of Object.keys(indexes)) {
      if (!name.includes(',')) continue
      const fields = name.split(',')
      if (fields.some((f) => this.arrayFields.has(f))) continue
      if (fields.every((f) => equalities.has(f))) {
        return indexes[name].getMatching(Object.fromEntries(fields.map((f) => [f, equalities.get(f)])))
      }
    }
    for (const [field, value] of equalities) if (indexes[field]) return indexes[field].getMatching(value)
    for (const [field, cond] of conjuncts) {
      if (!indexes[field] || !cond || typeof cond !== 'object' || Array.isArray(cond)) continue
      const ops = Object.keys(cond)
      const c = cond as Record<string, unknown>
      if (ops.length === 1 && ops[0] === '$in' && Array.isArray(c.$in) && c.$in.every(isIndexable)) {
        return indexes[field].getMatching(c.$in)
      }
      if (ops.length > 0 && ops.every((o) => ['$gt', '$gte', '$lt', '$lte'].includes(o)) && ops.every((o) => isIndexable(c[o]))) {
        return indexes[field].getBetweenBounds(c)
      }
    }
    return this.all()
  }

  /** The first unique-index clash of `doc` with a stored document whose id is not in `ignore`. */
  uniqueClash(doc: Doc, ignore: ReadonlySet<string>): { error: DuplicateKeyError; otherId: string } | null {
    const indexes = this.indexes()
    for (const decl of this.uniqueIndexes) {
      const fields = decl.fields.map(([f]) => f)
      const fieldName = nedbName(decl)
      const key = fields.length === 1 ? getPath(doc, fields[0]) : Object.fromEntries(fields.map((f) => [f, getPath(doc, f)]))
      if (fields.length === 1 && key === undefined) continue
      const keys = Array.isArray(key) ? key : [key]
      for (const k of keys) {
        const clash = indexes[fieldName].getMatching(k).find((other) => other._id !== doc._id && !ignore.has(other._id))
        if (clash) return { error: duplicateKeyError(this.decl.name, decl.name, k), otherId: clash._id }
      }
    }
    return null
  }

  /** Would `doc` violate a unique index, ignoring documents whose ids are in `ignore`? */
  uniqueViolation(doc: Doc, ignore: ReadonlySet<string>): DuplicateKeyError | null {
    return this.uniqueClash(doc, ignore)?.error ?? null
  }

  /**
   * The unique-index keys `doc` holds, as strings (for a transaction's own writes and for the keys an
   * open transaction has taken). Skipped and split exactly as uniqueClash() does.
   */
  uniqueKeys(doc: Doc): string[] {
    const out: string[] = []
    for (const decl of this.uniqueIndexes) {
      const fields = decl.fields.map(([f]) => f)
      if (fields.length === 1) {
        const value = getPath(doc, fields[0])
        if (value === undefined) continue
        for (const v of Array.isArray(value) ? value : [value]) out.push(`${this.decl.name}\u0000${decl.name}\u0000${JSON.stringify(v)}`)
      } else {
        out.push(`${this.decl.name}\u0000${decl.name}\u0000${fields.map((f) => JSON.stringify(getPath(doc, f) ?? null)).join('\u0000')}`)
      }
    }
    return out
  }

  async insert(doc: Doc): Promise<void> {
    this.noteArrays(doc)
    try {
      await this.ds.insertAsync(doc)
    } catch (e) {
      throw this.mapError(e)
    }
  }

  async replace(doc: Doc): Promise<void> {
    this.noteArrays(doc)
    try {
      await this.ds.updateAsync({ _id: doc._id }, doc, {})
    } catch (e) {
      throw this.mapError(e)
    }
  }

  async remove(id: string): Promise<void> {
    await this.ds.removeAsync({ _id: id }, {})
  }

  async removeAll(): Promise<void> {
    await this.ds.removeAsync({}, { multi: true })
  }

  async compact(): Promise<void> {
    await this.ds.compactDatafileAsync()
  }

  /** nedb's own unique check is a backstop: the engine checks uniqueViolation() first for a precise message. */
  private mapError(e: unknown): Error {
    const err = e as { errorType?: string; key?: unknown }
    if (err && err.errorType === 'uniqueViolated') return duplicateKeyError(this.decl.name, 'unique', err.key)
    return e instanceof Error ? e : new Error(String(e))
  }
}

const nedbName = (index: IndexDecl) =>
  index.fields
    .map(([f]) => f)
    .sort()
    .join(',')

export function getPath(doc: unknown, dotted: string): unknown {
  let cur: unknown = doc
  for (const part of dotted.split('.')) {
    if (cur === null || cur === undefined) return undefined
    if (Array.isArray(cur) && !/^\d+$/.test(part)) {
      const vals = cur.map((item) => (item && typeof item === 'object' ? (item as Record<string, unknown>)[part] : undefined)).filter((v) => v !== undefined)
      cur = vals.flat()
      continue
    }
    cur = (cur as Record<string, unknown>)[part]
  }
  return cur
}
