// Transactions as the cloud database runs them (it is MongoDB underneath; the vendor's own tests against
// the real service are TencentCloudBase/tcb-admin-node test/database/unit/transaction.test.ts):
// - snapshot isolation: every read inside a transaction sees the database as it was when the
//   transaction began (plus its own writes), whatever was committed since ("读快照", "读偏");
// - a transactional write takes the document (and the unique-index keys it would hold): a write to a
//   document another open transaction has written, or to one changed since this transaction began, is
//   refused AT THAT WRITE with DATABASE_TRANSACTION_CONFLICT ("冲突检测", "读偏"), and the transaction
//   is over — MongoDB aborts a transaction on a write conflict;
// - a write outside any transaction to a document an open transaction holds waits until that
//   transaction ends ("Non-transactional write operations are blocked until the transaction lock is
//   released", https://help.aliyun.com/en/document_detail/435862.html);
// - a transaction neither committed nor aborted within 30 s no longer exists and every later use of
//   it answers DATABASE_TRANSACTION_FAIL (https://docs.cloudbase.net/en/error-code/DATABASE_TRANSACTION_FAIL).
// Reads never take anything (write skew is allowed, as under MongoDB's snapshot isolation).
import crypto from 'node:crypto'
import { DbError } from './errors'
import type { Doc } from './store'

/** The cloud's limit: "transaction must be commit or abort in 30 seconds". */
export const TRANSACTION_TTL_MS = 30_000

export const CONFLICT_MESSAGE =
  '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.'
export const NOT_EXIST_MESSAGE =
  '[ResourceUnavailable.TransactionNotExist] Transaction does not exist on the server, transaction must be commit or abort in 30 seconds. Please check your request, but if the problem persists, contact us.'

export interface TxnWrite {
  coll: string
  id: string
  /** The document as the transaction left it; null for removed. */
  doc: Doc | null
}

export interface Txn {
  id: string
  /** Commit sequence number the snapshot was taken at. */
  snapshot: number
  writes: Map<string, TxnWrite>
  docLocks: Set<string>
  keyLocks: Set<string>
  /** Settles when the transaction commits, aborts or expires (writers outside it wait on this). */
  done: Promise<void>
  finish: () => void
  timer: NodeJS.Timeout
}

export const docKey = (coll: string, id: string) => `${coll}\u0000${id}`

export class Transactions {
  /** Commit sequence: every committed change takes the next number. */
  private seq = 0
  private modSeq = new Map<string, number>()
  /** Before-images of documents changed while some transaction was open, oldest first. */
  private history = new Map<string, Array<{ seq: number; before: Doc | null }>>()
  private open = new Map<string, Txn>()
  private docLocks = new Map<string, Txn>()
  private keyLocks = new Map<string, Txn>()

  constructor(public ttlMs: number = TRANSACTION_TTL_MS) {}

  start(): Txn {
    let finish!: () => void
    const done = new Promise<void>((resolve) => (finish = resolve))
    const id = crypto.randomBytes(16).toString('hex')
    const t: Txn = {
      id,
      snapshot: this.seq,
      writes: new Map(),
      docLocks: new Set(),
      keyLocks: new Set(),
      done,
      finish,
      timer: undefined as unknown as NodeJS.Timeout,
    }
    t.timer = setTimeout(() => this.end(t), this.ttlMs)
    t.timer.unref?.()
    this.open.set(id, t)
    return t
  }

  /** An open transaction, or the cloud's DATABASE_TRANSACTION_FAIL (committed, aborted, expired or never begun). */
  get(id: string): Txn {
    const t = this.open.get(id)
    if (!t) throw new DbError('DATABASE_TRANSACTION_FAIL', NOT_EXIST_MESSAGE)
    return t
  }

  isOpen(t: Txn): boolean {
    return this.open.get(t.id) === t
  }

  get openCount(): number {
    return this.open.size
  }

  /** Ends a transaction: releases what it holds and wakes whoever waits for it. */
  end(t: Txn): void {
    if (this.open.get(t.id) !== t) return
    clearTimeout(t.timer)
    this.open.delete(t.id)
    for (const k of t.docLocks) if (this.docLocks.get(k) === t) this.docLocks.delete(k)
    for (const k of t.keyLocks) if (this.keyLocks.get(k) === t) this.keyLocks.delete(k)
    this.pruneHistory()
    t.finish()
  }

  /** The conflict the cloud answers at a write; the transaction is over. */
  conflict(t: Txn): never {
    this.end(t)
    throw new DbError('DATABASE_TRANSACTION_CONFLICT', CONFLICT_MESSAGE)
  }

  clear(): void {
    for (const t of [...this.open.values()]) this.end(t)
    this.modSeq.clear()
    this.history.clear()
  }

  // ---------------------------------------------------------------- versions and snapshots

  /** The sequence number for the next committed change (one per write request or commit). */
  nextSeq(): number {
    return ++this.seq
  }

  /** Records a committed change of one document; call before the store changes, with its old state. */
  changed(k: string, before: Doc | undefined, seq: number): void {
    if (this.open.size > 0) {
      const list = this.history.get(k) ?? []
      list.push({ seq, before: before ? structuredClone(before) : null })
      this.history.set(k, list)
    }
    this.modSeq.set(k, seq)
  }

  /** Was the document changed by a commit after the transaction's snapshot? */
  changedSince(k: string, t: Txn): boolean {
    return (this.modSeq.get(k) ?? 0) > t.snapshot
  }

  /** The committed document as it was at the transaction's snapshot. */
  atSnapshot(t: Txn, k: string, current: Doc | undefined): Doc | null {
    const list = this.history.get(k)
    if (list) for (const entry of list) if (entry.seq > t.snapshot) return entry.before
    return current ?? null
  }

  private pruneHistory(): void {
    if (this.open.size === 0) {
      this.history.clear()
      return
    }
    const oldest = Math.min(...[...this.open.values()].map((t) => t.snapshot))
    for (const [k, list] of this.history) {
      const kept = list.filter((e) => e.seq > oldest)
      if (kept.length === 0) this.history.delete(k)
      else if (kept.length !== list.length) this.history.set(k, kept)
    }
  }

  // ---------------------------------------------------------------- locks

  /** The open transaction (other than `self`) holding any of these documents or unique keys. */
  holder(docs: Iterable<string>, keys: Iterable<string>, self?: Txn): Txn | undefined {
    for (const k of docs) {
      const t = this.docLocks.get(k)
      if (t && t !== self) return t
    }
    for (const k of keys) {
      const t = this.keyLocks.get(k)
      if (t && t !== self) return t
    }
    return undefined
  }

  lock(t: Txn, doc: string, keys: Iterable<string>): void {
    this.docLocks.set(doc, t)
    t.docLocks.add(doc)
    for (const k of keys) {
      this.keyLocks.set(k, t)
      t.keyLocks.add(k)
    }
  }
}

/** Thrown inside a write that must wait for an open transaction; the engine waits and starts it again. */
export class Blocked extends Error {
  constructor(readonly by: Txn) {
    super('blocked by an open transaction')
  }
}
