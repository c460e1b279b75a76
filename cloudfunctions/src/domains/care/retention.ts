// Retention: a set time after the campaign ends (CARE_DEFAULT_RETENTION_DAYS unless the city union sets
// another), the `care` function's daily timer anonymises the campaign's visits and removes their de-dup
// keys; each run is an access-log entry naming the records, which is how the city sees what went and when.
// Export files are deleted a day after they were made.
import type { CareRetention } from '../../../../types/entities/care'
import { deleteFiles } from '../../lib/files'
import type { Handler } from '../../lib/handler'
import { inTransaction } from '../../lib/transaction'
import { campaignsEndedBefore, latestPublishedCampaign } from '../campaign/repo'
import { append, appendIn, readPage } from './access-log-repo'
import { actorOf, SYSTEM_ACTOR } from './actor'
import { anonymise, identifiedVisits, removePersonKeys, retentionDays, setRetentionDays, oldExports, forgetOldExports } from './repo'

const DAY = 86400000
export const RETENTION_ACTION = 'care.retentionRun'
/** Visits anonymised per transaction (each run repeats until none are left). */
const BATCH = 50

export async function runRetention(now: number): Promise<{ anonymised: number; exportsDeleted: number }> {
  const days = await retentionDays()
  const ended = await campaignsEndedBefore(new Date(now - days * DAY), 100)
  let anonymised = 0
  for (const c of ended) {
    for (;;) {
      const batch = await identifiedVisits(c._id, BATCH)
      if (batch.length === 0) break
      const ids = batch.map((v) => v._id)
      const at = new Date(now)
      await inTransaction(async (tx) => {
        await anonymise(tx, ids, at)
        await appendIn(
          tx,
          {
            actor: SYSTEM_ACTOR,
            action: RETENTION_ACTION,
            outcome: 'ok',
            visitIds: ids,
            unitId: null,
            detail: `活动结束超过 ${days} 天，匿名化 ${ids.length} 条`,
          },
          at,
        )
      })
      anonymised += ids.length
    }
    await removePersonKeys(c._id)
  }
  // Delete first, then forget: a delete that fails leaves the files listed for the next run.
  const before = new Date(now - DAY)
  const old = await oldExports(before)
  if (old.length) {
    await deleteFiles(old)
    await forgetOldExports(before)
  }
  return { anonymised, exportsDeleted: old.length }
}

async function status(): Promise<CareRetention> {
  const days = await retentionDays()
  const latest = await latestPublishedCampaign()
  const runs = await readPage(1, 50, RETENTION_ACTION)
  return {
    retentionDays: days,
    purgeAfter: latest ? new Date(latest.endAt).getTime() + days * DAY : null,
    runs: runs.items.map((e) => ({ seq: e.seq, at: new Date(e.at).getTime(), anonymised: e.visitIds.length, visitIds: e.visitIds })),
  }
}

/** care.retention */
export const retention: Handler<'care.retention'> = async (_input, ctx) => {
  const answer = await status()
  await append({ actor: actorOf(ctx.caller), action: ctx.action, outcome: 'ok', visitIds: [], unitId: null, detail: '' }, new Date(ctx.now))
  return answer
}

/** care.setRetention */
export const setRetention: Handler<'care.setRetention'> = async (input, ctx) => {
  const at = new Date(ctx.now)
  await inTransaction(async (tx) => {
    await setRetentionDays(tx, input.retentionDays, ctx.caller.user._id, at)
    await appendIn(
      tx,
      { actor: actorOf(ctx.caller), action: ctx.action, outcome: 'ok', visitIds: [], unitId: null, detail: `保存期限改为活动结束后 ${input.retentionDays} 天` },
      at,
    )
  })
  return status()
}
