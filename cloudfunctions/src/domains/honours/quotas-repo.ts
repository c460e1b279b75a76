// A union's honour quota for a campaign (honour_quotas): how many places it has, has used and has free.
// The only code that reads or writes the collection.
import { db } from '../../lib/cloud'
import type { Transaction } from '../../lib/db-types'
import { quotaId, type QuotaDoc } from './repo'

const quotas = () => db().collection<QuotaDoc>('honour_quotas')

/** The quota document of a unit, or an empty one. */
export async function quotaOf(campaignId: string, unitId: string): Promise<Pick<QuotaDoc, 'quota' | 'used'>> {
  const q = (await quotas().doc(quotaId(campaignId, unitId)).get()).data
  return q ? { quota: q.quota, used: q.used } : { quota: 0, used: 0 }
}

/** Quota documents by id (keep `ids` to 1,000, the most one get returns). */
export async function quotasIn(ids: string[]): Promise<QuotaDoc[]> {
  return (
    await quotas()
      .where({ _id: db().command.in(ids) })
      .limit(1000)
      .get()
  ).data
}

/** A quota document as transaction `tx` reads it. */
export async function quotaInTx(tx: Transaction, id: string): Promise<QuotaDoc | null> {
  return (await tx.collection<QuotaDoc>('honour_quotas').doc(id).get()).data ?? null
}

/** Writes a quota document whole, in transaction `tx`. */
export async function putQuotaInTx(tx: Transaction, id: string, doc: Omit<QuotaDoc, '_id'>): Promise<void> {
  await tx.collection<QuotaDoc>('honour_quotas').doc(id).set({ data: doc })
}

/** Take one of the unit's places: only while one is free. Answers false when the quota is used up. */
export async function takePlace(campaignId: string, unitId: string): Promise<boolean> {
  const _ = db().command
  const res = await quotas()
    .where({ _id: quotaId(campaignId, unitId), free: _.gt(0) })
    .update({ data: { used: _.inc(1), free: _.inc(-1) } })
  return res.stats.updated === 1
}

/** Give a place back (a nomination turned down, or never sent after all). */
export async function givePlace(campaignId: string, unitId: string): Promise<void> {
  const _ = db().command
  await quotas()
    .where({ _id: quotaId(campaignId, unitId), used: _.gt(0) })
    .update({ data: { used: _.inc(-1), free: _.inc(1) } })
}
