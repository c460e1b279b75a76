// Images people upload are checked by WeChat before anyone else sees them
// (security.mediaCheckAsync, version 2). The answer comes later, as a wxa_media_check message push
// to the `content` function, matched by trace_id.
// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
//
// The push is not to be relied on (it may repeat, arrive in the 1.0 shape, or never come), so each
// image to check is one record here, keyed by what it checks (kind, record, file) and not by a trace:
// it lists every trace_id WeChat answered for it (a push is recognised only by one of those), and the
// `content` function's timer sends it again when no verdict came in time, and after a bounded number
// of tries hands it to a person. The check records are written before the record they belong to, and
// sent only after it: a request that fails to send, or an invocation that ends anywhere in between,
// leaves a check the timer knows about, and a verdict always finds what it is about.
import crypto from 'node:crypto'
import { cloud, db } from './cloud'

/** What a checked image belongs to; each kind has a verdict handler (domains/content/verdicts.ts). */
export type MediaKind = 'work' | 'idea' | 'competition' | 'honour' | 'report'

export type MediaVerdict = 'pass' | 'risky' | 'review'

/**
 * waiting: asked for (or to be asked for), no verdict yet. applying: the verdict is known and what it
 * triggers is under way (marked done only after). done: applied. manual: no verdict after every try;
 * handed to a person.
 */
export type MediaCheckState = 'waiting' | 'applying' | 'done' | 'manual'

export interface MediaCheckDoc {
  /** Derived from kind, record and file (checkId): the same image of the same record is one record. */
  _id: string
  kind: MediaKind
  refId: string
  fileId: string
  /** The uploader's openid and the scene: what version 2 of the check asks for. */
  openid: string
  scene: 1 | 2 | 3 | 4
  state: MediaCheckState
  /** Every trace_id WeChat answered for this image; a push counts only if it names one of them. */
  traceIds: string[]
  /** Requests WeChat accepted. */
  sends: number
  /** Requests that did not reach WeChat or were refused; with `sends`, the tries made. */
  sendFailures: number
  /** Pushes that said the check could not be made (the image could not be downloaded, no permission). */
  pushFailures: number
  /** When the timer looks at it next: waiting → ask again; applying → apply again. */
  dueAt: Date
  verdict?: MediaVerdict
  label?: number
  /** Times the verdict's work was started (a push, its repeats, the timer). */
  applies: number
  createdAt: Date
  decidedAt?: Date
  doneAt?: Date
}

/**
 * Bounds of the re-checks. WeChat pushes the result "within 30 minutes"; a check without a push after
 * `waitMs` is asked again with a new trace_id, `maxTries` requests in all; a request that does not reach
 * WeChat is tried again at each timer run, `maxSendFailures` times (about an hour of WeChat being
 * unreachable at a 10-minute timer). Then the image goes to a person. A verdict whose work did not
 * finish (the invocation timed out or failed) is applied again after `applyStaleMs`, `maxApplies` times.
 */
export const MEDIA_CHECK_POLICY = {
  waitMs: 35 * 60_000,
  maxTries: 3,
  maxSendFailures: 6,
  applyStaleMs: 2 * 60_000,
  maxApplies: 5,
  /** How long the link WeChat downloads the image from lives (a private file's default is 10 minutes). */
  urlMaxAgeSeconds: 3600,
} as const

/** Every try spent: the check goes to a person. */
export const triesSpent = (c: Pick<MediaCheckDoc, 'state' | 'sends' | 'sendFailures' | 'applies'>): boolean =>
  c.state === 'applying'
    ? c.applies >= MEDIA_CHECK_POLICY.maxApplies
    : c.sends >= MEDIA_CHECK_POLICY.maxTries || c.sendFailures >= MEDIA_CHECK_POLICY.maxSendFailures

export const mediaChecks = () => db().collection<MediaCheckDoc>('media_checks')

export const checkId = (kind: MediaKind, refId: string, fileId: string) =>
  crypto.createHash('sha256').update(`${kind}\n${refId}\n${fileId}`).digest('hex').slice(0, 40)

/** Links WeChat can download the images from for as long as a check may take. */
async function downloadUrls(fileIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  if (fileIds.length === 0) return out
  const res = (await cloud.getTempFileURL({ fileList: fileIds.map((fileID) => ({ fileID, maxAge: MEDIA_CHECK_POLICY.urlMaxAgeSeconds })) })) as {
    fileList: Array<{ fileID: string; tempFileURL: string; status: number }>
  }
  for (const f of res.fileList) if (f.status === 0 && f.tempFileURL) out.set(f.fileID, f.tempFileURL)
  return out
}

/**
 * Ask WeChat once for each of these checks. A refusal or an unreachable WeChat is logged and counted,
 * never thrown: the check stays waiting and due, and the timer asks again. Answers how many were sent.
 */
export async function sendChecks(checks: MediaCheckDoc[], now: number): Promise<number> {
  if (checks.length === 0) return 0
  const _ = db().command
  let urls: Map<string, string>
  try {
    urls = await downloadUrls(checks.map((c) => c.fileId))
  } catch (e) {
    console.error('[media-check] getTempFileURL failed', e)
    urls = new Map()
  }
  const sent = await Promise.all(
    checks.map(async (c) => {
      try {
        const mediaUrl = urls.get(c.fileId)
        if (!mediaUrl) throw new Error(`no download link for ${c.fileId}`)
        const res = (await cloud.openapi.security.mediaCheckAsync({ mediaUrl, mediaType: 2, version: 2, openid: c.openid, scene: c.scene })) as {
          traceId: string
        }
        await mediaChecks()
          .where({ _id: c._id, state: 'waiting' })
          .update({ data: { traceIds: _.push([res.traceId]), sends: _.inc(1), dueAt: new Date(now + MEDIA_CHECK_POLICY.waitMs) } })
        return true
      } catch (e) {
        console.error(`[media-check] ${c.kind} ${c.refId}: mediaCheckAsync not sent`, e)
        // Counted when it can be; either way the check stays due and the timer tries again.
        await mediaChecks()
          .doc(c._id)
          .update({ data: { sendFailures: _.inc(1), dueAt: new Date(now) } })
          .catch((err: unknown) => console.error('[media-check] cannot count the failed send', err))
        return false
      }
    }),
  )
  return sent.filter(Boolean).length
}

/** A record not written yet has this long before the timer would send its checks itself. */
const RECORD_GRACE_MS = 60_000

/**
 * Record the checks of these images of one record, before that record is written; send them with
 * sendChecks() once it is (never before: a verdict, however fast, must find it). If the invocation ends
 * in between, the timer sends them after a minute; if the record is not written after all, close them
 * with cancelChecks(). A check asked for again (a resubmission of the same image) keeps its earlier
 * traces, and its tries start afresh.
 */
export async function recordChecks(
  openid: string,
  ref: { kind: MediaKind; id: string },
  fileIds: string[],
  now: number,
  scene: 1 | 2 | 3 | 4 = 3,
): Promise<MediaCheckDoc[]> {
  const checks: MediaCheckDoc[] = [...new Set(fileIds)].map((fileId) => ({
    _id: checkId(ref.kind, ref.id, fileId),
    kind: ref.kind,
    refId: ref.id,
    fileId,
    openid,
    scene,
    state: 'waiting',
    traceIds: [],
    sends: 0,
    sendFailures: 0,
    pushFailures: 0,
    dueAt: new Date(now + RECORD_GRACE_MS),
    applies: 0,
    createdAt: new Date(now),
  }))
  const _ = db().command
  await Promise.all(
    checks.map(async ({ _id, ...data }) => {
      const { traceIds: _none, createdAt: _created, ...again } = data
      const res = await mediaChecks()
        .where({ _id })
        .update({ data: { ...again, verdict: _.remove(), label: _.remove(), decidedAt: _.remove(), doneAt: _.remove() } })
      if (res.stats.updated === 0) await mediaChecks().doc(_id).set({ data })
    }),
  )
  return checks
}

/**
 * Images a record no longer holds (replaced, taken out) need no verdict: their checks are closed, so
 * the timer does not ask WeChat again about a file that is gone. A push that still comes changes nothing.
 */
export async function cancelChecks(ref: { kind: MediaKind; id: string }, fileIds: string[], now: number): Promise<void> {
  if (fileIds.length === 0) return
  const _ = db().command
  await mediaChecks()
    .where({ _id: _.in([...new Set(fileIds)].map((f) => checkId(ref.kind, ref.id, f))), state: _.in(['waiting', 'manual']) })
    .update({ data: { state: 'done', doneAt: new Date(now) } })
}
