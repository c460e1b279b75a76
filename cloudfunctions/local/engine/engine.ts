// The embedded database behind the local cloud. It answers the requests @cloudbase/database sends
// (database.getDocument, insertDocument, modifyDocument, removeDocument, calculateDocument,
// aggregateDocuments, start/commit/abortTransaction, modifyAndReturnDoc) with the cloud's response
// shapes, so wx-server-sdk runs unchanged above it.
//
// Semantics kept from the cloud:
// - only declared collections exist; only the cloud's operators are accepted (allow-list.ts);
// - get() limit clamped to 1000, aggregate() returns 20 records unless the pipeline has $limit;
// - unique indexes enforced (E11000 duplicate key → errCode -502001);
// - writes are serialized; a transaction commit is applied whole (readers never see half of it);
// - transactions accept single-document operations only and are optimistic: a transaction whose
//   documents changed after it read or wrote them fails at commit with DATABASE_TRANSACTION_CONFLICT,
//   which is the one error @cloudbase/database's runTransaction retries (errors thrown by operations
//   inside the callback reach it converted by wx-server-sdk and are never retried, so a conflict has
//   to surface at commit to behave as the cloud does).
import crypto from 'node:crypto'
import 'mingo/init/system'
import { Aggregator, Query } from 'mingo'
import { update as applyUpdate } from 'mingo/updater'
import type { CollectionDecl } from '../../database/schema'
import { checkDocumentFields, checkQuery, checkStage, checkUpdate } from './allow-list'
import { decode, encode } from './ejson'
import { DbError, duplicateKeyError } from './errors'
import { RWLock } from './rwlock'
import { CollectionStore, type Doc } from './store'

export interface EngineOptions {
  /** Folder for the collection files; omitted: in memory only (tests, benchmarks). */
  dir?: string
  collections: readonly CollectionDecl[]
  /** Clock for db.serverDate(); tests may move it. */
  now?: () => number
  /** How long an unfinished transaction lives before it is discarded (the cloud's limit is similar). */
  transactionTtlMs?: number
}

export type DbResponse = Record<string, unknown>

type Params = Record<string, unknown>

interface TxnBase {
  existed: boolean
  version: number
}

interface Txn {
  id: string
  startedAt: number
  /** First-seen state of every document the transaction touched, keyed coll\0id. */
  bases: Map<string, TxnBase>
  /** The transaction's own view: a document, or null for deleted. */
  writes: Map<string, { coll: string; id: string; doc: Doc | null }>
}

const GET_LIMIT_DEFAULT = 100
const GET_LIMIT_MAX = 1000
const AGGREGATE_DEFAULT_LIMIT = 20

const key = (coll: string, id: string) => `${coll}\u0000${id}`
const newId = () => crypto.randomBytes(16).toString('hex')
const requestId = () => crypto.randomBytes(8).toString('hex')

const QUERY_OPTIONS = { scriptEnabled: false } as const

function asObject(v: unknown, what: string): Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new DbError('INVALID_PARAM', `${what} must be an object`)
  return v as Record<string, unknown>
}

export class LocalDatabase {
  private stores = new Map<string, CollectionStore>()
  private versions = new Map<string, number>()
  private txns = new Map<string, Txn>()
  private lock = new RWLock()
  private readonly now: () => number
  private readonly ttl: number

  constructor(private readonly options: EngineOptions) {
    this.now = options.now ?? Date.now
    this.ttl = options.transactionTtlMs ?? 60_000
  }

  async open(): Promise<this> {
    for (const decl of this.options.collections) {
      const store = new CollectionStore(decl, this.options.dir)
      await store.open()
      this.stores.set(decl.name, store)
    }
    return this
  }

  collectionNames(): string[] {
    return [...this.stores.keys()]
  }

  count(collection: string): number {
    return this.store(collection).size
  }

  /** Every document of every collection, for tests that prove a refused call wrote nothing. */
  dump(): Record<string, Doc[]> {
    return Object.fromEntries([...this.stores].map(([name, store]) => [name, structuredClone(store.all())]))
  }

  /** Remove every document (tests start each file from an empty database). */
  async clear(): Promise<void> {
    await this.lock.write()
    try {
      for (const store of this.stores.values()) await store.removeAll()
      this.versions.clear()
      this.txns.clear()
    } finally {
      this.lock.releaseWrite()
    }
  }

  async compact(): Promise<void> {
    for (const store of this.stores.values()) await store.compact()
  }

  /** Bulk load for seeding and benchmarks: documents as the SDK would store them. */
  async insertMany(collection: string, docs: Array<Record<string, unknown>>): Promise<string[]> {
    const store = this.store(collection)
    await this.lock.write()
    try {
      const ids: string[] = []
      for (const raw of docs) {
        const doc = { ...raw, _id: typeof raw._id === 'string' ? raw._id : newId() } as Doc
        checkDocumentFields(doc)
        const clash = store.get(doc._id) ? duplicateKeyError(collection, '_id_', doc._id) : store.uniqueViolation(doc, new Set())
        if (clash) throw clash
        await store.insert(doc)
        this.bump(collection, doc._id)
        ids.push(doc._id)
      }
      return ids
    } finally {
      this.lock.releaseWrite()
    }
  }

  /** Entry point for the SDK seam: never throws, answers errors as {code, message}. */
  async handle(action: string, params: Params = {}): Promise<DbResponse> {
    try {
      const data = await this.dispatch(action, params ?? {})
      return { requestId: requestId(), ...data }
    } catch (e) {
      if (e instanceof DbError) return { requestId: requestId(), code: e.code, message: e.message }
      const message = e instanceof Error ? e.message : String(e)
      return { requestId: requestId(), code: 'DATABASE_REQUEST_FAILED', message }
    }
  }

  private async dispatch(action: string, p: Params): Promise<DbResponse> {
    switch (action) {
      case 'database.startTransaction':
        return this.startTransaction()
      case 'database.commitTransaction':
        return this.commit(String(p.transactionId))
      case 'database.abortTransaction':
        return this.abort(String(p.transactionId))
    }
    const collection = p.collectionName
    if (typeof collection !== 'string' || !collection) throw new DbError('INVALID_PARAM', 'collectionName is required')
    const store = this.store(collection)
    const txn = p.transactionId ? this.txn(String(p.transactionId)) : undefined
    if (txn) return this.inTransaction(txn, action, store, p)
    switch (action) {
      case 'database.getDocument':
        return this.read(() => ({ data: this.getDocuments(store, p) }))
      case 'database.calculateDocument':
        return this.read(() => ({ data: { total: this.match(store, this.queryOf(p)).length } }))
      case 'database.aggregateDocuments':
        return this.read(() => ({ data: { list: this.aggregate(store, p).map(encode) } }))
      case 'database.insertDocument':
        return this.write(() => this.insertDocuments(store, p))
      case 'database.modifyDocument':
        return this.write(() => this.modifyDocuments(store, p))
      case 'database.modifyAndReturnDoc':
        return this.write(() => this.modifyAndReturn(store, p))
      case 'database.removeDocument':
        return this.write(() => this.removeDocuments(store, p))
      default:
        throw new DbError('INVALID_PARAM', `the local cloud does not implement ${action}`)
    }
  }

  // ---------------------------------------------------------------- reads

  private async read<T>(fn: () => T): Promise<T> {
    await this.lock.read()
    try {
      return fn()
    } finally {
      this.lock.releaseRead()
    }
  }

  private store(name: string): CollectionStore {
    const store = this.stores.get(name)
    if (!store) throw new DbError('DATABASE_COLLECTION_NOT_EXIST', `collection ${name} does not exist`)
    return store
  }

  private queryOf(p: Params): Record<string, unknown> {
    if (p.query === undefined || p.query === null || p.query === '') return {}
    const query = asObject(decode(p.query, this.now()), 'query')
    checkQuery(query)
    return query
  }

  private match(store: CollectionStore, query: Record<string, unknown>): Doc[] {
    const q = new Query(query, QUERY_OPTIONS)
    return store.candidates(query).filter((d) => q.test(d))
  }

  private getDocuments(store: CollectionStore, p: Params) {
    const query = this.queryOf(p)
    const order = p.order ? (asObject(decode(p.order), 'order') as Record<string, 1 | -1>) : undefined
    const projection = p.projection ? asObject(decode(p.projection), 'projection') : undefined
    const offset = Number(p.offset) > 0 ? Math.floor(Number(p.offset)) : 0
    const limit = Math.min(Number(p.limit) > 0 ? Math.floor(Number(p.limit)) : GET_LIMIT_DEFAULT, GET_LIMIT_MAX)
    const q = new Query(query, QUERY_OPTIONS)
    const cursor = q.find(store.candidates(query), projection as Record<string, number> | undefined)
    if (order && Object.keys(order).length > 0) cursor.sort(order)
    const list = cursor.skip(offset).limit(limit).all().map(encode)
    return { list, limit, offset }
  }

  private aggregate(store: CollectionStore, p: Params): Record<string, unknown>[] {
    if (!Array.isArray(p.stages)) throw new DbError('INVALID_PARAM', 'stages must be an array')
    const pipeline: Record<string, unknown>[] = []
    for (const stage of p.stages as Array<{ stageKey?: unknown; stageValue?: unknown }>) {
      const name = String(stage.stageKey)
      const value = typeof stage.stageValue === 'string' && /^\s*[[{]/.test(stage.stageValue) ? decode(stage.stageValue, this.now()) : JSON.parse(String(stage.stageValue))
      checkStage(name, value)
      if (name === '$lookup') {
        const from = (value as { from?: unknown }).from
        if (typeof from !== 'string') throw new DbError('INVALID_PARAM', '$lookup needs a collection name')
        this.store(from)
      }
      pipeline.push({ [name]: value })
    }
    // Narrow by an index through a leading $match, as the database would.
    let input = store.all()
    if (pipeline.length > 0 && '$match' in pipeline[0]) input = store.candidates(pipeline[0].$match as Record<string, unknown>)
    const hasLimit = pipeline.some((s) => '$limit' in s)
    const collectionResolver = (name: string) => this.store(name).all()
    const out = new Aggregator(pipeline, { ...QUERY_OPTIONS, collectionResolver }).run(input) as Record<string, unknown>[]
    return hasLimit ? out : out.slice(0, AGGREGATE_DEFAULT_LIMIT)
  }

  // ---------------------------------------------------------------- writes outside transactions

  private async write<T>(fn: () => Promise<T>): Promise<T> {
    await this.lock.write()
    try {
      return await fn()
    } finally {
      this.lock.releaseWrite()
    }
  }

  private bump(coll: string, id: string): void {
    const k = key(coll, id)
    this.versions.set(k, (this.versions.get(k) ?? 0) + 1)
  }

  private decodeDocs(p: Params): Doc[] {
    if (!Array.isArray(p.data) || p.data.length === 0) throw new DbError('INVALID_PARAM', 'data must be a non-empty array')
    return p.data.map((text) => {
      const doc = asObject(decode(text, this.now()), 'document') as Doc
      if (doc._id === undefined || doc._id === null) doc._id = newId()
      if (typeof doc._id !== 'string' || doc._id === '') throw new DbError('DATABASE_REQUEST_FAILED', '_id must be a non-empty string')
      checkDocumentFields(doc)
      return doc
    })
  }

  private async insertDocuments(store: CollectionStore, p: Params): Promise<DbResponse> {
    const docs = this.decodeDocs(p)
    const insertedIds: string[] = []
    for (const doc of docs) {
      const clash = store.get(doc._id) ? duplicateKeyError(store.decl.name, '_id_', doc._id) : store.uniqueViolation(doc, new Set())
      if (clash) throw clash
      await store.insert(doc)
      this.bump(store.decl.name, doc._id)
      insertedIds.push(doc._id)
    }
    return { data: { insertedIds } }
  }

  private updateSpec(p: Params): { merge: boolean; data: Record<string, unknown> } {
    const merge = p.merge !== false
    const data = asObject(decode(p.data, this.now()), 'data')
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
  private applied(doc: Doc, merge: boolean, data: Record<string, unknown>): Doc {
    if (!merge) return { ...structuredClone(data), _id: doc._id } as Doc
    const next = structuredClone(doc)
    const seen = new Map<string, string>()
    for (const [op, fields] of Object.entries(data)) {
      for (const field of Object.keys(fields as object)) {
        const root = field.split('.')[0]
        const clash = [...seen.keys()].find((f) => f === field || f.startsWith(field + '.') || field.startsWith(f + '.'))
        if (clash) throw new DbError('DATABASE_REQUEST_FAILED', `Updating the path '${field}' would create a conflict at '${root}'`)
        seen.set(field, op)
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

  private async modifyDocuments(store: CollectionStore, p: Params): Promise<DbResponse> {
    const { merge, data } = this.updateSpec(p)
    const query = this.queryOf(p)
    const multi = p.queryType === 'DOC' ? false : p.multi !== false
    const targets = this.match(store, query)
    const chosen = multi ? targets : targets.slice(0, 1)
    if (chosen.length === 0 && p.upsert === true) {
      const id = typeof query._id === 'string' ? query._id : newId()
      const base = { _id: id } as Doc
      const doc = merge ? this.applied(base, true, data) : this.applied(base, false, data)
      const clash = store.uniqueViolation(doc, new Set())
      if (clash) throw clash
      await store.insert(doc)
      this.bump(store.decl.name, id)
      return { data: { updated: 0, upsert_id: id } }
    }
    // compute all first, so a bad update leaves nothing half-written
    const nextDocs = chosen.map((d) => this.applied(d, merge, data))
    const ids = new Set(nextDocs.map((d) => d._id))
    for (const doc of nextDocs) {
      const clash = store.uniqueViolation(doc, ids)
      if (clash) throw clash
    }
    for (const doc of nextDocs) {
      await store.replace(doc)
      this.bump(store.decl.name, doc._id)
    }
    return { data: { updated: nextDocs.length } }
  }

  private async modifyAndReturn(store: CollectionStore, p: Params): Promise<DbResponse> {
    const { merge, data } = this.updateSpec({ ...p, merge: true })
    const target = this.match(store, this.queryOf(p))[0]
    if (!target) return { data: { updated: 0, doc: null } }
    const next = this.applied(target, merge, data)
    const clash = store.uniqueViolation(next, new Set([next._id]))
    if (clash) throw clash
    await store.replace(next)
    this.bump(store.decl.name, next._id)
    return { data: { updated: 1, doc: encode(next) } }
  }

  private async removeDocuments(store: CollectionStore, p: Params): Promise<DbResponse> {
    const query = this.queryOf(p)
    const multi = p.queryType === 'DOC' ? false : p.multi !== false
    const targets = this.match(store, query)
    const chosen = multi ? targets : targets.slice(0, 1)
    const ids = chosen.map((d) => d._id)
    for (const id of ids) {
      await store.remove(id)
      this.bump(store.decl.name, id)
    }
    return { data: { deleted: ids.length } }
  }

  // ---------------------------------------------------------------- transactions

  private startTransaction(): DbResponse {
    const now = Date.now()
    for (const [id, t] of this.txns) if (now - t.startedAt > this.ttl) this.txns.delete(id)
    const id = newId()
    this.txns.set(id, { id, startedAt: now, bases: new Map(), writes: new Map() })
    return { transactionId: id }
  }

  private txn(id: string): Txn {
    const t = this.txns.get(id)
    if (!t) throw new DbError('DATABASE_REQUEST_FAILED', `transaction ${id} does not exist or has ended`)
    return t
  }

  private async abort(id: string): Promise<DbResponse> {
    this.txns.delete(id)
    return {}
  }

  /** The transaction's view of one document; remembers the committed state it was based on. */
  private txnView(t: Txn, store: CollectionStore, id: string): Doc | null {
    const k = key(store.decl.name, id)
    const own = t.writes.get(k)
    if (own) return own.doc
    const committed = store.get(id) ?? null
    if (!t.bases.has(k)) t.bases.set(k, { existed: committed !== null, version: this.versions.get(k) ?? 0 })
    return committed
  }

  private docId(p: Params): string {
    if (p.queryType !== 'DOC') {
      throw new DbError('DATABASE_REQUEST_FAILED', 'transactions support single-document operations only (doc().get/set/update/remove and add)')
    }
    const query = this.queryOf(p)
    if (typeof query._id !== 'string' || Object.keys(query).length !== 1) throw new DbError('INVALID_PARAM', 'document id required')
    return query._id
  }

  private async inTransaction(t: Txn, action: string, store: CollectionStore, p: Params): Promise<DbResponse> {
    await this.lock.read()
    try {
      const coll = store.decl.name
      switch (action) {
        case 'database.getDocument': {
          const doc = this.txnView(t, store, this.docId(p))
          const projection = p.projection ? asObject(decode(p.projection), 'projection') : undefined
          const shown = doc && projection ? new Query({}, QUERY_OPTIONS).find([doc], projection as Record<string, number>).all() : doc ? [doc] : []
          return { data: { list: shown.map(encode) } }
        }
        case 'database.modifyDocument': {
          const id = this.docId(p)
          const { merge, data } = this.updateSpec(p)
          const current = this.txnView(t, store, id)
          if (!current) {
            if (p.upsert !== true) return { data: { updated: 0 } }
            t.writes.set(key(coll, id), { coll, id, doc: this.applied({ _id: id } as Doc, merge, data) })
            return { data: { updated: 0, upsert_id: id } }
          }
          t.writes.set(key(coll, id), { coll, id, doc: this.applied(current, merge, data) })
          return { data: { updated: 1 } }
        }
        case 'database.removeDocument': {
          const id = this.docId(p)
          const current = this.txnView(t, store, id)
          if (!current) return { data: { deleted: 0 } }
          t.writes.set(key(coll, id), { coll, id, doc: null })
          return { data: { deleted: 1 } }
        }
        case 'database.insertDocument': {
          const insertedIds: string[] = []
          for (const doc of this.decodeDocs(p)) {
            if (this.txnView(t, store, doc._id)) throw duplicateKeyError(coll, '_id_', doc._id)
            const replaced = new Set([...t.writes.values()].filter((w) => w.coll === coll).map((w) => w.id))
            const clash = store.uniqueViolation(doc, replaced) ?? this.ownUniqueClash(t, store, doc)
            if (clash) throw clash
            t.writes.set(key(coll, doc._id), { coll, id: doc._id, doc })
            insertedIds.push(doc._id)
          }
          return { data: { insertedIds } }
        }
        default:
          throw new DbError('DATABASE_REQUEST_FAILED', `${action} is not available inside a transaction`)
      }
    } finally {
      this.lock.releaseRead()
    }
  }

  private ownUniqueClash(t: Txn, store: CollectionStore, doc: Doc): Error | null {
    const mine = new Set(store.uniqueKeys(doc))
    if (mine.size === 0) return null
    for (const w of t.writes.values()) {
      if (w.coll !== store.decl.name || !w.doc || w.id === doc._id) continue
      if (store.uniqueKeys(w.doc).some((k) => mine.has(k))) return duplicateKeyError(store.decl.name, 'unique', doc._id)
    }
    return null
  }

  private async commit(id: string): Promise<DbResponse> {
    const t = this.txn(id)
    await this.lock.write()
    try {
      this.txns.delete(id)
      // 1. validate: nothing the transaction based itself on has changed since
      for (const [k, base] of t.bases) {
        const [coll, docId] = k.split('\u0000')
        const exists = this.store(coll).get(docId) !== undefined
        if (exists !== base.existed || (this.versions.get(k) ?? 0) !== base.version) {
          throw new DbError('DATABASE_TRANSACTION_CONFLICT', `document ${docId} in ${coll} changed during the transaction`)
        }
      }
      // 2. unique indexes against what is committed now (another writer may have taken a key)
      const writesByColl = new Map<string, Set<string>>()
      for (const w of t.writes.values()) {
        if (!writesByColl.has(w.coll)) writesByColl.set(w.coll, new Set())
        writesByColl.get(w.coll)!.add(w.id)
      }
      for (const w of t.writes.values()) {
        if (!w.doc) continue
        if (this.store(w.coll).uniqueViolation(w.doc, writesByColl.get(w.coll)!)) {
          throw new DbError('DATABASE_TRANSACTION_CONFLICT', `a unique key in ${w.coll} was taken during the transaction`)
        }
      }
      // 3. apply, with an undo log in case the storage layer fails part way
      const undo: Array<() => Promise<void>> = []
      try {
        for (const w of t.writes.values()) {
          const store = this.store(w.coll)
          const before = store.get(w.id)
          const beforeCopy = before ? structuredClone(before) : undefined
          if (w.doc === null) {
            if (before) {
              await store.remove(w.id)
              undo.push(() => store.insert(beforeCopy!))
            }
          } else if (before) {
            await store.replace(w.doc)
            undo.push(() => store.replace(beforeCopy!))
          } else {
            await store.insert(w.doc)
            undo.push(() => store.remove(w.id))
          }
        }
      } catch (e) {
        for (const step of undo.reverse()) await step()
        throw e
      }
      for (const w of t.writes.values()) this.bump(w.coll, w.id)
      return {}
    } finally {
      this.lock.releaseWrite()
    }
  }
}
