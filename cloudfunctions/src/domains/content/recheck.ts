// The `content` function's timer: nothing waits for a push for ever. A check whose push has not come
// in time is asked again (a new trace_id), as is one that never reached WeChat; after the bounded
// number of tries it is handed to a person. A verdict whose work did not finish is applied again.
// Timer trigger declared in src/functions/index.ts; the event WeChat sends is
// { Type: 'Timer', TriggerName, Time } (https://cloud.tencent.com/document/product/583/9708).
import { sendChecks, triesSpent, type MediaCheckDoc } from '../../lib/media-check'
import { applyVerdict } from './push'
import { checksDue, markHandedOver, takeOverApplying } from './repo'
import { MEDIA_OWNERS } from './verdicts'

/** At most this many checks asked again a run: 50 is also getTempFileURL's limit per call. */
export const RESEND_BATCH = 50
/**
 * At most this many verdicts applied again a run, one after another: applying a work's verdict makes its
 * sizes (≈0.6–2.5 s and tens of MB for one photo), so a run stays well inside 20 s and 256 MB; the rest
 * wait for the next run.
 */
export const REAPPLY_BATCH = 3

export interface RecheckReport {
  resent: number
  notSent: number
  reapplied: number
  handedOver: number
  failed: number
}

/** Hand a check to a person: its owner first (so a failure leaves it due), then the record. */
async function handOver(c: MediaCheckDoc, now: number): Promise<boolean> {
  const owner = MEDIA_OWNERS[c.kind]
  if (!owner) return false
  await owner.handOver(c.refId, c.fileId, now)
  const handed = await markHandedOver(c, now)
  if (handed)
    console.warn(`[content] media check ${c._id} (${c.kind} ${c.refId}) handed to a person (${c.sends} sent, ${c.sendFailures} not sent, ${c.applies} applied)`)
  return handed
}

async function reapply(c: MediaCheckDoc, now: number): Promise<boolean> {
  if (!(await takeOverApplying(c, now))) return false
  await applyVerdict(c, c.verdict!, now)
  return true
}

export async function recheckMedia(now = Date.now()): Promise<RecheckReport> {
  const [waiting, applying] = await Promise.all([checksDue('waiting', now, RESEND_BATCH), checksDue('applying', now, REAPPLY_BATCH)])
  const report: RecheckReport = { resent: 0, notSent: 0, reapplied: 0, handedOver: 0, failed: 0 }
  const attempt = async (c: MediaCheckDoc, step: () => Promise<void>) => {
    try {
      await step()
    } catch (e) {
      report.failed++
      console.error(`[content] re-check of ${c._id} (${c.kind} ${c.refId}) failed`, e)
    }
  }
  for (const c of applying) {
    await attempt(c, async () => {
      if (triesSpent(c)) report.handedOver += Number(await handOver(c, now))
      else report.reapplied += Number(await reapply(c, now))
    })
  }
  const toSend: MediaCheckDoc[] = []
  await Promise.all(
    waiting.map((c) =>
      attempt(c, async () => {
        if (triesSpent(c)) report.handedOver += Number(await handOver(c, now))
        else toSend.push(c)
      }),
    ),
  )
  const sent = await sendChecks(toSend, now)
  report.resent = sent
  report.notSent = toSend.length - sent
  return report
}
