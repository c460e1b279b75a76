// The wxa_media_check message push. A push is recognised only by what a real one can have: a trace_id
// this app recorded when it asked for the check (lib/media-check.ts). Anything else — a forged event,
// a trace never asked for — changes nothing and says so. A verdict is recorded once (the first one
// stands); the work it triggers runs, and only then is the check marked done, so an invocation that
// fails or times out half-way leaves it to be applied again (by a repeated push or the timer), never lost.
import type { MediaCheckDoc, MediaVerdict } from '../../lib/media-check'
import { parseMediaCheckPush } from './push-shape'
import { checkByTrace, markDone, recordNotChecked, recordVerdict, takeOverApplying } from './repo'
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
  await markDone(check._id, now)
}

export async function onMediaCheck(event: Record<string, unknown>): Promise<PushResult> {
  const push = parseMediaCheckPush(event)
  if (!push) {
    console.warn('[content] wxa_media_check without trace_id: ignored')
    return { outcome: 'ignored', reason: 'no trace_id' }
  }
  const check = await checkByTrace(push.traceId)
  if (!check) {
    console.warn(`[content] wxa_media_check for trace_id ${push.traceId}, which this app never asked for: ignored`)
    return { outcome: 'ignored', reason: 'unknown trace_id' }
  }
  const now = Date.now()
  if (check.state === 'done') return { outcome: 'repeat' }

  if (push.outcome.kind === 'not-checked') {
    // Not a verdict: due at once, so the timer asks again (within its bound of tries).
    console.warn(`[content] media check ${check._id} (${check.kind} ${check.refId}): WeChat could not check it (${push.outcome.code})`)
    await recordNotChecked(check._id, now)
    return { outcome: 'not-checked', code: push.outcome.code }
  }

  let verdict: MediaVerdict
  if (check.state === 'applying') {
    // A repeat while the first push's work may still run: leave it, unless that one is overdue (its
    // invocation died); then take over with the verdict already recorded.
    if (check.dueAt.getTime() > now) return { outcome: 'repeat' }
    if (!(await takeOverApplying(check, now))) return { outcome: 'repeat' }
    verdict = check.verdict!
  } else {
    // waiting, or handed to a person and now answered after all: the first verdict to land stands.
    verdict = push.outcome.verdict
    if (!(await recordVerdict(check._id, verdict, push.outcome.label, now))) return { outcome: 'repeat' }
  }
  await applyVerdict(check, verdict, now)
  return { outcome: 'applied', verdict }
}
