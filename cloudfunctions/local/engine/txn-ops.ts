// Requests made inside a transaction (transactionId set). Only single-document operations exist there
// (doc().get/set/update/remove and add), as in the cloud. Reads see the transaction's snapshot and its
// own writes; each write takes its document and unique keys or is refused with a conflict at once
// (see transactions.ts for the rules and their sources).
import 'mingo/init/system'
import { Query } from 'mingo'
import { decode, encode } from './ejson'
import { applied, asObject, decodeDocs, updateSpec, type Params } from './documents'
import { DbError, duplicateKeyError } from './errors'
import { QUERY_OPTIONS } from './query-options'
import type { CollectionStore, Doc } from './store'
import { docKey, type Transactions, type Txn } from './transactions'

export interface TxnContext {
  tx: Transactions
  now: () => number
  queryOf(p: Params): Record<string, unknown>
}

type Reply = Record<string, unknown>

/** The transaction's view of one document: its own write, else the committed one at its snapshot. */
export function viewOf(ctx: TxnContext, t: Txn, store: CollectionStore, id: string): Doc | null {
  const k = docKey(store.decl.name, id)
  const own = t.writes.get(k)
  if (own) return own.doc
  return ctx.tx.atSnapshot(t, k, store.get(id))
}

function docId(ctx: TxnContext, p: Params): string {
  if (p.queryType !== 'DOC') {
    throw new DbError('DATABASE_REQUEST_FAILED', 'transactions support single-document operations only (doc().get/set/update/remove and add)')
  }
  const query = ctx.queryOf(p)
  if (typeof query._id !== 'string' || Object.keys(query).length !== 1) throw new DbError('INVALID_PARAM', 'document id required')
  return query._id
}

/**
 * Take the document for this transaction and record its next state. Refused with a conflict when
 * another open transaction holds the document or a unique key the new state needs, or when the
 * document (or the holder of such a key) was committed after this transaction's snapshot.
 */
function take(ctx: TxnContext, t: Txn, store: CollectionStore, id: string, next: Doc | null): void {
  const coll = store.decl.name
  const k = docKey(coll, id)
  if (ctx.tx.holder([k], [], t) || ctx.tx.changedSince(k, t)) ctx.tx.conflict(t)
  let keys: string[] = []
  if (next) {
    keys = store.uniqueKeys(next)
    if (ctx.tx.holder([], keys, t)) ctx.tx.conflict(t)
    const mine = new Set([...t.writes.values()].filter((w) => w.coll === coll).map((w) => w.id))
    mine.add(id)
    const clash = store.uniqueClash(next, mine)
    if (clash) {
      if (ctx.tx.changedSince(docKey(coll, clash.otherId), t)) ctx.tx.conflict(t)
      throw clash.error
    }
    const wanted = new Set(keys)
    for (const w of t.writes.values()) {
      if (w.coll !== coll || !w.doc || w.id === id) continue
      const hit = store.uniqueKeys(w.doc).find((u) => wanted.has(u))
      if (hit) throw duplicateKeyError(coll, hit.split('\u0000')[1], hit.split('\u0000')[2])
    }
  }
  ctx.tx.lock(t, k, keys)
  t.writes.set(k, { coll, id, doc: next })
}

export function transactional(ctx: TxnContext, t: Txn, action: string, store: CollectionStore, p: Params): Reply {
  // It may have expired while this request waited for a commit to finish.
  if (!ctx.tx.isOpen(t)) ctx.tx.get(t.id)
  switch (action) {
    case 'database.getDocument': {
      const doc = viewOf(ctx, t, store, docId(ctx, p))
      const projection = p.projection ? asObject(decode(p.projection), 'projection') : undefined
      const shown = doc && projection ? new Query({}, QUERY_OPTIONS).find([doc], projection as Record<string, number>).all() : doc ? [doc] : []
      return { data: { list: shown.map(encode) } }
    }
    case 'database.modifyDocument': {
      const id = docId(ctx, p)
      const spec = updateSpec(p, ctx.now())
      const current = viewOf(ctx, t, store, id)
      if (!current) {
        if (p.upsert !== true) return { data: { updated: 0 } }
        take(ctx, t, store, id, applied({ _id: id } as Doc, spec))
        return { data: { updated: 0, upsert_id: id } }
      }
      take(ctx, t, store, id, applied(current, spec))
      return { data: { updated: 1 } }
    }
    case 'database.removeDocument': {
      const id = docId(ctx, p)
      if (!viewOf(ctx, t, store, id)) return { data: { deleted: 0 } }
      take(ctx, t, store, id, null)
      return { data: { deleted: 1 } }
    }
    case 'database.insertDocument': {
      const insertedIds: string[] = []
      for (const doc of decodeDocs(p, ctx.now())) {
        const k = docKey(store.decl.name, doc._id)
        if (ctx.tx.holder([k], [], t) || ctx.tx.changedSince(k, t)) ctx.tx.conflict(t)
        if (viewOf(ctx, t, store, doc._id)) throw duplicateKeyError(store.decl.name, '_id_', doc._id)
        take(ctx, t, store, doc._id, doc)
        insertedIds.push(doc._id)
      }
      return { data: { insertedIds } }
    }
    default:
      throw new DbError('DATABASE_REQUEST_FAILED', `${action} is not available inside a transaction`)
  }
}
