// The care access log: the only door to collection care_access_log (and the log head in care_state).
// Append and read, nothing else: no update or remove exists here. Each entry carries the hash of the
// entry before it, so an entry changed or removed in the database (by someone with console access)
// breaks the chain from there on, and verify() shows where.
import { createHash } from 'node:crypto'
import type { CareLogEntry, CareLogVerification } from '../../../../types/entities/care'
import { db } from '../../lib/cloud'
import type { Transaction } from '../../lib/db-types'
import { inTransaction } from '../../lib/transaction'

export interface LogInput {
  actor: { userId: string | null; name: string; openid: string | null }
  action: string
  outcome: string
  visitIds: string[]
  unitId: string | null
  detail: string
}

export type CareLogDoc = Omit<CareLogEntry, 'at'> & { _id: string; at: Date; prevHash: string }

interface HeadDoc {
  _id: 'log-head'
  seq: number
  hash: string
}

export const GENESIS_HASH = '0'.repeat(64)
const HEAD = 'log-head'
/** Entries' _id: the sequence number, zero-padded, so the chain has one entry per number and no forks. */
const entryId = (seq: number) => `log-${String(seq).padStart(12, '0')}`

/** The hash of an entry: its fields in a fixed order, with the hash of the entry before. */
export function entryHash(e: Omit<CareLogDoc, '_id' | 'hash'>): string {
  const canonical = JSON.stringify([
    e.seq,
    e.at.getTime(),
    e.actor.userId,
    e.actor.name,
    e.actor.openid,
    e.action,
    e.outcome,
    e.visitIds,
    e.unitId,
    e.detail,
    e.prevHash,
  ])
  return createHash('sha256').update(canonical).digest('hex')
}

/** Appends an entry inside `tx` (the same transaction as the write it records, where there is one). */
export async function appendIn(tx: Transaction, entry: LogInput, at: Date): Promise<CareLogDoc> {
  const head = (await tx.collection<HeadDoc>('care_state').doc(HEAD).get()).data
  const seq = (head?.seq ?? 0) + 1
  const prevHash = head?.hash ?? GENESIS_HASH
  const body = { seq, at, ...entry, prevHash }
  const doc: CareLogDoc = { _id: entryId(seq), ...body, hash: entryHash(body) }
  // add, not set: an entry that exists is never overwritten (a duplicate _id fails the transaction)
  await tx.collection<CareLogDoc>('care_access_log').add({ data: doc })
  await tx
    .collection<HeadDoc>('care_state')
    .doc(HEAD)
    .set({ data: { seq, hash: doc.hash } })
  return doc
}

/** Appends an entry on its own (reads, refusals): concurrent appends conflict on the head and are retried. */
export function append(entry: LogInput, at: Date): Promise<CareLogDoc> {
  return inTransaction((tx) => appendIn(tx, entry, at), { retries: 8 })
}

const log = () => db().collection<CareLogDoc>('care_access_log')

export async function readPage(page: number, size: number, action?: string): Promise<{ items: CareLogDoc[]; hasMore: boolean; total: number }> {
  const q = action ? log().where({ action }) : log().where({})
  const [res, count] = await Promise.all([
    q
      .orderBy('seq', 'desc')
      .skip((page - 1) * size)
      .limit(size + 1)
      .get(),
    q.count(),
  ])
  return { items: res.data.slice(0, size), hasMore: res.data.length > size, total: count.total }
}

/** Walks the chain from the first entry in batches of 1,000 (the most a function's get returns). */
export async function verify(): Promise<CareLogVerification> {
  const head = (await db().collection<HeadDoc>('care_state').doc(HEAD).get()).data
  let prev = GENESIS_HASH
  let expected = 1
  for (;;) {
    const batch = (
      await log()
        .where({ seq: db().command.gte(expected) })
        .orderBy('seq', 'asc')
        .limit(1000)
        .get()
    ).data
    for (const e of batch) {
      const { _id, hash, ...body } = e
      if (e.seq !== expected || e.prevHash !== prev || entryHash({ ...body, at: new Date(e.at) }) !== hash || _id !== entryId(e.seq)) {
        return { checked: expected - 1, intact: false, brokenAt: expected, headHash: head?.hash ?? GENESIS_HASH }
      }
      prev = hash
      expected++
    }
    if (batch.length < 1000) break
  }
  const checked = expected - 1
  // The head names the last entry: entries cut off the end show as a head ahead of the chain.
  if ((head?.seq ?? 0) !== checked || (head?.hash ?? GENESIS_HASH) !== prev)
    return { checked, intact: false, brokenAt: checked + 1, headHash: head?.hash ?? GENESIS_HASH }
  return { checked, intact: true, brokenAt: null, headHash: prev }
}
