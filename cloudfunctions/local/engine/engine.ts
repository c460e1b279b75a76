// The embedded database behind the local cloud. It answers the requests @cloudbase/database sends
// (database.getDocument, insertDocument, modifyDocument, removeDocument, calculateDocument,
// aggregateDocuments, start/commit/abortTransaction, modifyAndReturnDoc) with the cloud's response
// shapes, so wx-server-sdk runs unchanged above it.
//
// Semantics kept from the cloud:
// - only declared collections exist; only the cloud's operators are accepted (allow-list.ts);
// - get() limit clamped to 1000, aggregate() returns 20 records unless the pipeline has $limit;
// - unique indexes enforced, answered in either of the cloud's shapes (errors.ts, DuplicateKeyAnswer);
// - writes are serialized; a transaction commit is applied whole (readers never see half of it);
// - transactions as the cloud runs them: snapshot reads, conflicts refused at the conflicting write,
//   plain writes wait for the open transaction holding their document, 30 s lifetime (transactions.ts).
import crypto from 'node:crypto'
import 'mingo/init/system'
import { Aggregator, Query } from 'mingo'
import type { EngineOptions, DbResponse } from './options'
import { checkDocumentFields, checkQuery, checkStage } from './allow-list'
import { applied, asObject, decodeDocs, newId, updateSpec, type Params } from './documents'
import { decode, encode } from './ejson'
import { DbError, DuplicateKeyError, duplicateKeyError, type DuplicateKeyAnswer } from './errors'
import { QUERY_OPTIONS } from './query-options'
import { RWLock } from './rwlock'
import { CollectionStore, type Doc } from './store'
import { Blocked, docKey, Transactions, TRANSACTION_TTL_MS, type Txn } from './transactions'
import { transactional, type TxnContext } from './txn-ops'

export type { DbResponse, EngineOptions } from './options'

const GET_LIMIT_DEFAULT = 100
const GET_LIMIT_MAX = 1000
const AGGREGATE_DEFAULT_LIMIT = 20

const requestId = () => crypto.randomBytes(8).toString('hex')

export class LocalDatabase {
  private stores = new Map<string, CollectionStore>()
  private lock = new RWLock()
  private readonly tx: Transactions
  private readonly now: () => number
  private duplicateAnswer: DuplicateKeyAnswer
  private readonly txnContext: TxnContext

  constructor(private readonly options: EngineOptions) {
    this.now = options.now ?? Date.now
    this.tx = new Transactions(options.transactionTtlMs ?? TRANSACTION_TTL_MS)
    this.duplicateAnswer = options.duplicateKeyAnswer ?? (process.env.LOCAL_CLOUD_DUPLICATE_KEY === 'duplicate_write' ? 'duplicate_write' : 'request_failed')
    this.txnContext = { tx: this.tx, now: () => this.now(), queryOf: (p) => this.queryOf(p) }
  }

  /** Transactions begun from now on live this long (tests shorten the cloud's 30 s). */
  setTransactionTtl(ms: number): void {
    if (!Number.isFinite(ms) || ms <= 0) throw new Error(`transaction lifetime must be a positive number of ms, not ${ms}`)
    this.tx.ttlMs = ms
  }

  /** Which of the cloud's answers a unique-index violation gets (tests run code under both). */
  setDuplicateKeyAnswer(answer: DuplicateKeyAnswer): void {
    this.duplicateAnswer = answer
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

  /** Open transactions (a test proves one that failed is gone). */
  openTransactions(): number {
    return this.tx.openCount
  }

  /** Every document of every collection, for tests that prove a refused call wrote nothing. */
  dump(): Record<string, Doc[]> {
    return Object.fromEntries([...this.stores].map(([name, store]) => [name, structuredClone(store.all())]))
  }

  /** Remove every document (tests start each file from an empty database). */
  async clear(): Promise<void> {
    this.tx.clear()
    await this.lock.write()
    try {
      for (const store of this.stores.values()) await store.removeAll()
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
    return this.write(async () => {
      const prepared = docs.map((raw) => ({ ...raw, _id: typeof raw._id === 'string' ? raw._id : newId() }) as Doc)
      this.guard(
        store,
        prepared.map((d) => d._id),
        prepared,
      )
      const seq = this.tx.nextSeq()
      for (const doc of prepared) {
        checkDocumentFields(doc)
        const clash = store.get(doc._id) ? duplicateKeyError(collection, '_id_', doc._id) : store.uniqueViolation(doc, new Set())
        if (clash) throw clash
        await this.put(store, doc._id, doc, seq)
      }
      return prepared.map((d) => d._id)
    })
  }

  /** Entry point for the SDK seam: never throws, answers errors as {code, message}. */
  async handle(action: string, params: Params = {}): Promise<DbResponse> {
    try {
      const data = await this.dispatch(action, params ?? {})
      return { requestId: requestId(), ...data }
    } catch (e) {
      if (e instanceof DuplicateKeyError) return { requestId: requestId(), ...e.as(this.duplicateAnswer) }
      if (e instanceof DbError) return { requestId: requestId(), code: e.code, message: e.message }
      const message = e instanceof Error ? e.message : String(e)
      return { requestId: requestId(), code: 'DATABASE_REQUEST_FAILED', message }
    }
  }

  private async dispatch(action: string, p: Params): Promise<DbResponse> {
    switch (action) {
      case 'database.startTransaction':
        return { transactionId: this.tx.start().id }
      case 'database.commitTransaction':
        return this.commit(String(p.transactionId))
      case 'database.abortTransaction':
        this.tx.end(this.tx.get(String(p.transactionId)))
        return {}
    }
    const collection = p.collectionName
    if (typeof collection !== 'string' || !collection) throw new DbError('INVALID_PARAM', 'collectionName is required')
    const store = this.store(collection)
    if (p.transactionId) {
      const t = this.tx.get(String(p.transactionId))
      return this.read(() => transactional(this.txnContext, t, action, store, p))
    }
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
      const value =
        typeof stage.stageValue === 'string' && /^\s*[[{]/.test(stage.stageValue) ? decode(stage.stageValue, this.now()) : JSON.parse(String(stage.stageValue))
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

  /**
   * One write request, serialized. A write that finds its documents or unique keys held by an open
   * transaction waits for that transaction to end and then runs again from the start (it changes
   * nothing before its guard() check).
   */
  private async write<T>(fn: () => Promise<T>): Promise<T> {
    for (;;) {
      let blockedBy: Txn | undefined
      await this.lock.write()
      try {
        return await fn()
      } catch (e) {
        if (!(e instanceof Blocked)) throw e
        blockedBy = e.by
      } finally {
        this.lock.releaseWrite()
      }
      await blockedBy.done
    }
  }

  /** Wait (via Blocked) if an open transaction holds any of these documents or their unique keys. */
  private guard(store: CollectionStore, ids: string[], docs: Doc[]): void {
    if (this.tx.openCount === 0) return
    const holder = this.tx.holder(
      ids.map((id) => docKey(store.decl.name, id)),
      docs.flatMap((d) => store.uniqueKeys(d)),
    )
    if (holder) throw new Blocked(holder)
  }

  /** Commit one document's next state (null: removed), keeping its old state for open snapshots. */
  private async put(store: CollectionStore, id: string, next: Doc | null, seq: number): Promise<void> {
    const before = store.get(id)
    this.tx.changed(docKey(store.decl.name, id), before, seq)
    if (next === null) {
      if (before) await store.remove(id)
    } else if (before) await store.replace(next)
    else await store.insert(next)
  }

  private async insertDocuments(store: CollectionStore, p: Params): Promise<DbResponse> {
    const docs = decodeDocs(p, this.now())
    this.guard(
      store,
      docs.map((d) => d._id),
      docs,
    )
    const seq = this.tx.nextSeq()
    const insertedIds: string[] = []
    for (const doc of docs) {
      const clash = store.get(doc._id) ? duplicateKeyError(store.decl.name, '_id_', doc._id) : store.uniqueViolation(doc, new Set())
      if (clash) throw clash
      await this.put(store, doc._id, doc, seq)
      insertedIds.push(doc._id)
    }
    return { data: { insertedIds } }
  }

  private async modifyDocuments(store: CollectionStore, p: Params): Promise<DbResponse> {
    const spec = updateSpec(p, this.now())
    const query = this.queryOf(p)
    const multi = p.queryType === 'DOC' ? false : p.multi !== false
    const targets = this.match(store, query)
    const chosen = multi ? targets : targets.slice(0, 1)
    if (chosen.length === 0 && p.upsert === true) {
      const id = typeof query._id === 'string' ? query._id : newId()
      const doc = applied({ _id: id } as Doc, spec)
      this.guard(store, [id], [doc])
      const clash = store.uniqueViolation(doc, new Set())
      if (clash) throw clash
      await this.put(store, id, doc, this.tx.nextSeq())
      return { data: { updated: 0, upsert_id: id } }
    }
    // compute all first, so a bad update leaves nothing half-written
    const nextDocs = chosen.map((d) => applied(d, spec))
    this.guard(
      store,
      nextDocs.map((d) => d._id),
      nextDocs,
    )
    const ids = new Set(nextDocs.map((d) => d._id))
    for (const doc of nextDocs) {
      const clash = store.uniqueViolation(doc, ids)
      if (clash) throw clash
    }
    const seq = this.tx.nextSeq()
    for (const doc of nextDocs) await this.put(store, doc._id, doc, seq)
    return { data: { updated: nextDocs.length } }
  }

  private async modifyAndReturn(store: CollectionStore, p: Params): Promise<DbResponse> {
    const spec = updateSpec({ ...p, merge: true }, this.now())
    const target = this.match(store, this.queryOf(p))[0]
    if (!target) return { data: { updated: 0, doc: null } }
    const next = applied(target, spec)
    this.guard(store, [next._id], [next])
    const clash = store.uniqueViolation(next, new Set([next._id]))
    if (clash) throw clash
    await this.put(store, next._id, next, this.tx.nextSeq())
    return { data: { updated: 1, doc: encode(next) } }
  }

  private async removeDocuments(store: CollectionStore, p: Params): Promise<DbResponse> {
    const query = this.queryOf(p)
    const multi = p.queryType === 'DOC' ? false : p.multi !== false
    const targets = this.match(store, query)
    const chosen = multi ? targets : targets.slice(0, 1)
    const ids = chosen.map((d) => d._id)
    this.guard(store, ids, [])
    const seq = this.tx.nextSeq()
    for (const id of ids) await this.put(store, id, null, seq)
    return { data: { deleted: ids.length } }
  }

  // ---------------------------------------------------------------- commit

  /**
   * Every conflict was refused at its write, and everything the transaction wrote is held by it, so a
   * commit of a live transaction always applies; it is applied whole (undo log if storage fails).
   */
  private async commit(id: string): Promise<DbResponse> {
    const t = this.tx.get(id)
    await this.lock.write()
    try {
      if (!this.tx.isOpen(t)) this.tx.get(id) // expired while waiting: DATABASE_TRANSACTION_FAIL
      const seq = this.tx.nextSeq()
      const undo: Array<() => Promise<void>> = []
      try {
        for (const w of t.writes.values()) {
          const store = this.store(w.coll)
          const before = store.get(w.id)
          const beforeCopy = before ? structuredClone(before) : null
          await this.put(store, w.id, w.doc, seq)
          undo.push(() => (beforeCopy ? (w.doc ? store.replace(beforeCopy) : store.insert(beforeCopy)) : store.remove(w.id)))
        }
      } catch (e) {
        for (const step of undo.reverse()) await step()
        this.tx.end(t)
        throw e
      }
      this.tx.end(t)
      return {}
    } finally {
      this.lock.releaseWrite()
    }
  }
}
