// The wxa_media_check message push. A push is recognised only by what a real one can have: a trace_id
// this app recorded when it asked for the check (lib/media-check.ts). Anything else — a forged event,
// a trace never asked for — changes nothing and says so. A verdict is recorded once (the first one
// stands); the work it triggers runs, and only then is the check marked done, so an invocation that
// fails or times out half-way leaves it to be applied again (by a repeated push or the timer), never lost.
import { db } from '../../lib/cloud'
import { MEDIA_CHECK_POLICY, mediaChecks, type MediaCheckDoc, type MediaVerdict } from '../../lib/media-check'
import { parseMediaCheckPush } from './push-shape'
import { MEDIA_OWNERS } from './verdicts'

export type PushResult =
  /** No trace_id, or one this app never asked about (a forged or stray push). */
  | { outcome: 'ignored'; reason: string }
  /** The verdict was applied. */
  | { outcome: 'applied'; verdict: MediaVerdict }
  /** Already applied, or being applied by another invocation right now. */
  | { outcome: 'repeat' }
  /** WeChat could not check the image; it will be asked again. */
  | { outcome: 'not-checked'; code: number }

/** Run the verdict's work, then mark the check done. Throws (and stays "applying") if the work failed. */
export async function applyVerdict(check: MediaCheckDoc, verdict: MediaVerdict, now: number): Promise<void> {
  const owner = MEDIA_OWNERS[check.kind]
  if (!owner) throw new Error(`no owner for media checks of kind ${check.kind}`)
  await owner.apply(check.refId, check.fileId, verdict, now)
  await mediaChecks()
    .where({ _id: check._id, state: 'applying' })
    .update({ data: { state: 'done', doneAt: new Date(now) } })
}

export async function onMediaCheck(event: Record<string, unknown>): Promise<PushResult> {
  const push = parseMediaCheckPush(event)
  if (!push) {
    console.warn('[content] wxa_media_check without trace_id: ignored')
    return { outcome: 'ignored', reason: 'no trace_id' }
  }
  const check = (await mediaChecks().where({ traceIds: push.traceId }).limit(1).get()).data[0]
  if (!check) {
    console.warn(`[content] wxa_media_check for trace_id ${push.traceId}, which this app never asked for: ignored`)
    return { outcome: 'ignored', reason: 'unknown trace_id' }
  }
  const now = Date.now()
  const _ = db().command
  if (check.state === 'done') return { outcome: 'repeat' }

  if (push.outcome.kind === 'not-checked') {
    // Not a verdict: due at once, so the timer asks again (within its bound of tries).
    console.warn(`[content] media check ${check._id} (${check.kind} ${check.refId}): WeChat could not check it (${push.outcome.code})`)
    await mediaChecks()
      .where({ _id: check._id, state: 'waiting' })
      .update({ data: { pushFailures: _.inc(1), dueAt: new Date(now) } })
    return { outcome: 'not-checked', code: push.outcome.code }
  }

  let verdict: MediaVerdict
  if (check.state === 'applying') {
    // A repeat while the first push's work may still run: leave it, unless that one is overdue (its
    // invocation died); then take over with the verdict already recorded.
    if (check.dueAt.getTime() > now) return { outcome: 'repeat' }
    const res = await mediaChecks()
      .where({ _id: check._id, state: 'applying', dueAt: check.dueAt })
      .update({ data: { dueAt: new Date(now + MEDIA_CHECK_POLICY.applyStaleMs), applies: _.inc(1) } })
    if (res.stats.updated !== 1) return { outcome: 'repeat' }
    verdict = check.verdict!
  } else {
    // waiting, or handed to a person and now answered after all: the first verdict to land stands.
    verdict = push.outcome.verdict
    const res = await mediaChecks()
      .where({ _id: check._id, state: _.in(['waiting', 'manual']) })
      .update({
        data: {
          state: 'applying',
          verdict,
          label: push.outcome.label,
          decidedAt: new Date(now),
          dueAt: new Date(now + MEDIA_CHECK_POLICY.applyStaleMs),
          applies: _.inc(1),
        },
      })
    if (res.stats.updated !== 1) return { outcome: 'repeat' }
  }
  await applyVerdict(check, verdict, now)
  return { outcome: 'applied', verdict }
}
