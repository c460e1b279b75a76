// The care access log: the only door to collection care_access_log (and the chains' heads in care_state).
// Append and read, nothing else: no update or remove exists here. The log is LOG_CHAINS hash chains side
// by side: each append joins one chain (chosen at random) and carries the hash of that chain's entry
// before it, so an entry changed or removed in the database (by someone with console access) breaks its
// chain from there on, and verify() walks every chain and shows where.
//
// Why several chains: an append reads and moves its chain's head inside the transaction of the write it
// records, and the cloud database rejects a transactional write to a document another open transaction
// has written (DATABASE_TRANSACTION_CONFLICT, https://docs.cloudbase.net/error-code/DATABASE_TRANSACTION_CONFLICT).
// With one head every care write of the city queued on it (25 visits recorded at once ran out of
// retries); with LOG_CHAINS heads two appends meet only when they draw the same chain, and a retry draws again.
import { createHash, randomInt } from 'node:crypto'
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
  _id: string
  chain: number
  seq: number
  hash: string
}

/** Chains of the log. Fixed: verify() walks exactly these, so a chain cannot be dropped unnoticed by changing it. */
export const LOG_CHAINS = 32
export const GENESIS_HASH = '0'.repeat(64)
const headId = (chain: number) => `log-head-${String(chain).padStart(2, '0')}`
/** Entries' _id: chain and sequence number, zero-padded, so a chain has one entry per number and no forks. */
const entryId = (chain: number, seq: number) => `log-${String(chain).padStart(2, '0')}-${String(seq).padStart(12, '0')}`

/** The hash of an entry: its fields in a fixed order, with the hash of the entry before in its chain. */
export function entryHash(e: Omit<CareLogDoc, '_id' | 'hash'>): string {
  const canonical = JSON.stringify([
    e.chain,
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
  const chain = randomInt(LOG_CHAINS)
  const head = (await tx.collection<HeadDoc>('care_state').doc(headId(chain)).get()).data
  const seq = (head?.seq ?? 0) + 1
  const prevHash = head?.hash ?? GENESIS_HASH
  const body = { chain, seq, at, ...entry, prevHash }
  const doc: CareLogDoc = { _id: entryId(chain, seq), ...body, hash: entryHash(body) }
  // add, not set: an entry that exists is never overwritten (a duplicate _id fails the transaction)
  await tx.collection<CareLogDoc>('care_access_log').add({ data: doc })
  await tx
    .collection<HeadDoc>('care_state')
    .doc(headId(chain))
    .set({ data: { chain, seq, hash: doc.hash } })
  return doc
}

/** Appends an entry on its own (reads, refusals): an append that meets another on its chain is retried. */
export function append(entry: LogInput, at: Date): Promise<CareLogDoc> {
  return inTransaction((tx) => appendIn(tx, entry, at), { retries: 8 })
}

const log = () => db().collection<CareLogDoc>('care_access_log')

/** A page of the log, newest first (by time, then by id: entries of one millisecond in a fixed order). */
export async function readPage(page: number, size: number, action?: string): Promise<{ items: CareLogDoc[]; hasMore: boolean; total: number }> {
  const q = action ? log().where({ action }) : log().where({})
  const [res, count] = await Promise.all([
    q
      .orderBy('at', 'desc')
      .orderBy('_id', 'desc')
      .skip((page - 1) * size)
      .limit(size + 1)
      .get(),
    q.count(),
  ])
  return { items: res.data.slice(0, size), hasMore: res.data.length > size, total: count.total }
}

type ChainCheck = { checked: number; brokenAt: number | null; hash: string }

/** Walks one chain from its first entry in batches of 1,000 (the most a function's get returns). */
async function verifyChain(chain: number, head: HeadDoc | undefined): Promise<ChainCheck> {
  let prev = GENESIS_HASH
  let expected = 1
  for (;;) {
    const batch = (
      await log()
        .where({ chain, seq: db().command.gte(expected) })
        .orderBy('seq', 'asc')
        .limit(1000)
        .get()
    ).data
    for (const e of batch) {
      const { _id, hash, ...body } = e
      if (e.seq !== expected || e.prevHash !== prev || entryHash({ ...body, at: new Date(e.at) }) !== hash || _id !== entryId(chain, e.seq))
        return { checked: expected - 1, brokenAt: expected, hash: prev }
      prev = hash
      expected++
    }
    if (batch.length < 1000) break
  }
  const checked = expected - 1
  // The head names the chain's last entry: entries cut off the end show as a head ahead of the chain.
  if ((head?.seq ?? 0) !== checked || (head?.hash ?? GENESIS_HASH) !== prev) return { checked, brokenAt: checked + 1, hash: prev }
  return { checked, brokenAt: null, hash: prev }
}

/**
 * Recomputes every chain. `digest` hashes the chains' last hashes in order: one value the city can note
 * down and compare with a later check (a later one differs only by what was appended since).
 */
export async function verify(): Promise<CareLogVerification> {
  const chains = Array.from({ length: LOG_CHAINS }, (_x, i) => i)
  const heads = (
    await db()
      .collection<HeadDoc>('care_state')
      .where({ _id: db().command.in(chains.map(headId)) })
      .limit(LOG_CHAINS)
      .get()
  ).data
  const headOf = new Map(heads.map((h) => [h._id, h]))
  const results: ChainCheck[] = []
  // a few chains at a time: each walk is a run of reads in a row
  for (let i = 0; i < LOG_CHAINS; i += 8) results.push(...(await Promise.all(chains.slice(i, i + 8).map((c) => verifyChain(c, headOf.get(headId(c)))))))
  const brokenIn = results.findIndex((r) => r.brokenAt !== null)
  const digest = createHash('sha256')
    .update(results.map((r) => r.hash).join('\n'))
    .digest('hex')
  return {
    checked: results.reduce((n, r) => n + r.checked, 0),
    intact: brokenIn < 0,
    brokenAt: brokenIn < 0 ? null : { chain: brokenIn, seq: results[brokenIn].brokenAt! },
    digest,
  }
}
