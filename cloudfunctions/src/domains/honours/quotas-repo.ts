// A union's honour quota for a campaign (honour_quotas): how many places it has, has used and has free.
import { db } from '../../lib/cloud'
import { quotaId, quotas, type QuotaDoc } from './repo'

/** The quota document of a unit, or an empty one. */
export async function quotaOf(campaignId: string, unitId: string): Promise<Pick<QuotaDoc, 'quota' | 'used'>> {
  const q = (await quotas().doc(quotaId(campaignId, unitId)).get()).data
  return q ? { quota: q.quota, used: q.used } : { quota: 0, used: 0 }
}

/** Quota documents by id (keep `ids` to 1,000, the most one get returns); a query to get. */
export const quotasIn = (ids: string[]) => quotas().where({ _id: db().command.in(ids) })

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
