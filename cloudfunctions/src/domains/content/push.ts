// The wxa_media_check message push: record the verdict on its trace and hand it to the domain that
// owns the image. A trace answered twice, or never asked for, changes nothing.
import { mediaChecks, type MediaVerdict } from '../../lib/media-check'
import { VERDICT_HANDLERS } from './verdicts'

interface MediaCheckPush {
  trace_id?: unknown
  result?: { suggest?: unknown; label?: unknown }
}

export async function onMediaCheck(event: Record<string, unknown>): Promise<void> {
  const push = event as MediaCheckPush
  const traceId = typeof push.trace_id === 'string' ? push.trace_id : ''
  if (!traceId) return
  const suggest = push.result?.suggest
  const verdict: MediaVerdict = suggest === 'pass' || suggest === 'risky' ? suggest : 'review'
  const now = Date.now()
  const claimed = await mediaChecks()
    .where({ _id: traceId, status: 'pending' })
    .update({ data: { status: verdict, label: typeof push.result?.label === 'number' ? push.result.label : 0, decidedAt: new Date(now) } })
  if (claimed.stats.updated !== 1) return
  const check = (await mediaChecks().doc(traceId).get()).data
  if (!check) return
  const handler = VERDICT_HANDLERS[check.kind]
  if (!handler) {
    console.error(`[content] no verdict handler for ${check.kind}`)
    return
  }
  await handler(check.refId, check.fileId, verdict, now)
}
