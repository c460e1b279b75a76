// security.mediaCheckAsync, answered locally. Like the cloud it answers { errcode: 0, trace_id } at once and
// reports later through message push (event "wxa_media_check", matched by trace_id; WeChat: "音视频内容安全识别
// mediaCheckAsync", result pushed within 30 minutes). Pending checks are kept in <dir>/media-checks.json so a
// restart of the local server still reports them.
//
// The push is delivered as WeChat delivers it to a cloud function: the invocation carries an OPENID (the
// push's FromUserName), the event has ToUserName, FromUserName, CreateTime, MsgType and Event, and tests
// pick what the cloud may do (MediaPushSettings): the 1.0 shape instead of 2.0 (isrisky, status_code;
// seen by accounts still on the old API), `label` as a string (as some deliveries carry it), the same push
// delivered more than once, or pushes that never come (the cloud-function push page documents only
// customer-service messages as routed to functions). Real pushes, for the shapes:
// developers.weixin.qq.com/community/develop/doc/000acc0c2c03c02a661401a5661400 (2.0) and
// developers.weixin.qq.com/community/minihome/doc/00004ee40286c8d663e25f16a66c00 (1.0).
//
// The local decision: the bytes behind media_url must be an image (JPEG, PNG, GIF, WebP by magic bytes) or,
// for media_type 1, audio; at most 10 MB ("单个文件大小不超过10M"); and their sha256 must not be on the local
// blocklist (<dir>/media-blocklist.txt). Otherwise the media passes.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
// Node's own timers (with unref), also where a test environment such as jsdom replaces the global ones.
import { clearTimeout, setTimeout } from 'node:timers'
import { LABELS, type Suggest } from '../content/matcher'
import { newTraceId, originalIdOf, readJsonFile, wxError, wxOk, writeJsonFile } from './common'
import type { ApiReply } from './wire'

export const MAX_MEDIA_BYTES = 10 * 1024 * 1024

/** Who a push invocation runs as: WeChat sets the OPENID of a pushed message to its FromUserName. */
export interface PushIdentity {
  OPENID: string
}

export type PushEvent = (event: Record<string, unknown>, identity: PushIdentity) => Promise<void>

export interface MediaCheckOptions {
  dir: string
  appid: string
  delayMs: number
  pushEvent: PushEvent
  fetchMedia: (url: string) => Promise<Buffer | null>
}

/** How pushes are delivered; tests pick what the cloud may do. */
export interface MediaPushSettings {
  /** 'as-requested': 2.0 for a version 2 request, 1.0 otherwise. 1: always the 1.0 shape. */
  shape: 'as-requested' | 1
  /** 2.0's label: a number (the documented example) or a string (as some deliveries carry it). */
  label: 'number' | 'string'
  /** How many times each push is delivered, one after another (WeChat repeats a push). */
  deliveries: number
  /** Pushes never come: a due check is answered by no push at all. */
  drop: boolean
  /** How long after the request the push comes, for checks requested from now on (null: the install's delay). */
  delayMs: number | null
}

export const DEFAULT_PUSH_SETTINGS: MediaPushSettings = { shape: 'as-requested', label: 'number', deliveries: 1, drop: false, delayMs: null }

interface Job {
  traceId: string
  mediaUrl: string
  mediaType: 1 | 2
  version: 1 | 2
  openid: string | null
  scene: number | null
  /** Epoch ms when the result is due. */
  dueAt: number
}

interface Verdict {
  /** detail[].errcode: 0 when the check ran; otherwise why it could not (the result is then not a judgement). */
  errcode: number
  suggest: Suggest
  label: number
  prob: number
}

// Codes for checks that could not judge the media. -1008 is documented for 1.0's push ("status_code:
// 4294966288(-1008) 为链接无法下载"); the size and type codes are WeChat's global "invalid image size" (40009)
// and "invalid file type" (40005), chosen because no media-check-specific code is documented.
const CANNOT_DOWNLOAD = -1008
const INVALID_FILE_TYPE = 40005
const INVALID_SIZE = 40009
/** 1.0's push names "平台推送服务UserName" as the sender; its value is not documented. */
const PLATFORM_PUSH_USER = 'wxa_media_check_push'

export class MediaChecks {
  private readonly stateFile: string
  private readonly blocklistFile: string
  private readonly jobs = new Map<string, Job>()
  private readonly timers = new Map<string, NodeJS.Timeout>()
  private readonly running = new Set<Promise<void>>()
  private readonly blocked: Set<string>
  private settings: MediaPushSettings = { ...DEFAULT_PUSH_SETTINGS }

  constructor(private readonly opts: MediaCheckOptions) {
    this.stateFile = path.join(opts.dir, 'media-checks.json')
    this.blocklistFile = path.join(opts.dir, 'media-blocklist.txt')
    this.blocked = new Set(readLines(this.blocklistFile))
    for (const job of readJsonFile<Job[]>(this.stateFile, [])) {
      this.jobs.set(job.traceId, job)
      this.schedule(job)
    }
  }

  submit(params: Record<string, unknown>): ApiReply {
    const { media_url: mediaUrl, media_type: mediaType, version, openid, scene } = params
    if (version !== undefined && version !== 2) return wxError(47001, 'data format error, version must be 2')
    if (typeof mediaUrl !== 'string' || mediaUrl === '') return wxError(44002, 'empty media_url')
    if (!/^https?:\/\//i.test(mediaUrl)) return wxError(47001, 'data format error, media_url must be an http(s) url')
    if (mediaType !== 1 && mediaType !== 2) return wxError(47001, 'data format error, media_type must be 1 (audio) or 2 (image)')
    if (version === 2) {
      if (typeof openid !== 'string' || openid.trim() === '') return wxError(40003, 'invalid openid')
      if (typeof scene !== 'number' || !Number.isInteger(scene) || scene < 1 || scene > 4) return wxError(40129, 'invalid scene')
    }
    const job: Job = {
      traceId: newTraceId(),
      mediaUrl,
      mediaType,
      version: version === 2 ? 2 : 1,
      openid: version === 2 ? (openid as string) : null,
      scene: version === 2 ? (scene as number) : null,
      dueAt: Date.now() + (this.settings.delayMs ?? this.opts.delayMs),
    }
    this.jobs.set(job.traceId, job)
    this.persist()
    this.schedule(job)
    return wxOk({ trace_id: job.traceId })
  }

  /** Change how pushes are delivered (what is not given stays); answers the settings now in force. */
  configure(change: Partial<MediaPushSettings>): MediaPushSettings {
    const next = { ...this.settings, ...change }
    if (!Number.isInteger(next.deliveries) || next.deliveries < 1) throw new Error(`mediaPush: deliveries must be a whole number ≥ 1, got ${next.deliveries}`)
    if (next.delayMs !== null && !(next.delayMs >= 0)) throw new Error(`mediaPush: delayMs must be ≥ 0 or null, got ${next.delayMs}`)
    this.settings = next
    return { ...next }
  }

  block(sha256: string): void {
    const hash = sha256.trim().toLowerCase()
    if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error(`blockMediaHash: not a sha256 hex digest: ${sha256}`)
    if (this.blocked.has(hash)) return
    this.blocked.add(hash)
    fs.mkdirSync(path.dirname(this.blocklistFile), { recursive: true })
    fs.appendFileSync(this.blocklistFile, `${hash}\n`)
  }

  /** Stop the timers of this instance (it is being replaced by a new install on the same folder). */
  stop(): void {
    for (const timer of this.timers.values()) clearTimeout(timer)
    this.timers.clear()
    this.jobs.clear()
  }

  /** Deliver every pending result now, and wait for deliveries already under way. Rejects if a push failed. */
  async flush(): Promise<void> {
    const errors: unknown[] = []
    const deliveries = [...this.jobs.values()].map((job) => this.deliver(job).catch((e: unknown) => void errors.push(e)))
    await Promise.all([...deliveries, ...[...this.running].map((p) => p.catch(() => undefined))])
    if (errors.length) throw new AggregateError(errors, `${errors.length} media-check push(es) failed`)
  }

  private schedule(job: Job): void {
    // unref: a pending check must not keep the process (or a test run) alive.
    const timer = setTimeout(
      () => {
        const run = this.deliver(job).catch((e: unknown) => {
          console.error(`[local openapi] media check ${job.traceId}: push failed`, e)
        })
        this.running.add(run)
        void run.finally(() => this.running.delete(run))
      },
      Math.max(0, job.dueAt - Date.now()),
    )
    timer.unref()
    this.timers.set(job.traceId, timer)
  }

  private async deliver(job: Job): Promise<void> {
    // Claim the job first, so a timer and a flush never report it twice.
    if (!this.jobs.delete(job.traceId)) return
    clearTimeout(this.timers.get(job.traceId))
    this.timers.delete(job.traceId)
    this.persist()
    const { drop, deliveries } = this.settings
    if (drop) return
    const verdict = await this.judge(job)
    const event = this.payload(job, verdict)
    for (let i = 0; i < deliveries; i++) await this.opts.pushEvent(event, { OPENID: String(event.FromUserName) })
  }

  private async judge(job: Job): Promise<Verdict> {
    let bytes: Buffer | null
    try {
      bytes = await this.opts.fetchMedia(job.mediaUrl)
    } catch {
      bytes = null
    }
    if (!bytes) return { errcode: CANNOT_DOWNLOAD, suggest: 'review', label: LABELS.other, prob: 0 }
    if (bytes.length > MAX_MEDIA_BYTES) return { errcode: INVALID_SIZE, suggest: 'risky', label: LABELS.other, prob: 100 }
    const kind = job.mediaType === 2 ? imageKind(bytes) : audioKind(bytes)
    if (!kind) return { errcode: INVALID_FILE_TYPE, suggest: 'risky', label: LABELS.other, prob: 100 }
    if (this.blocked.has(crypto.createHash('sha256').update(bytes).digest('hex'))) {
      return { errcode: 0, suggest: 'risky', label: LABELS.other, prob: 100 }
    }
    return { errcode: 0, suggest: 'pass', label: LABELS.normal, prob: 100 }
  }

  private payload(job: Job, verdict: Verdict): Record<string, unknown> {
    const head = {
      ToUserName: originalIdOf(this.opts.appid),
      CreateTime: Math.floor(Date.now() / 1000),
      MsgType: 'event',
      Event: 'wxa_media_check',
    }
    if (job.version === 1 || this.settings.shape === 1) {
      // 1.0's push: isrisky 0/1, extra_info_json, status_code (-1008 as 4294966288 when the url cannot be downloaded).
      return {
        ...head,
        FromUserName: job.openid ?? PLATFORM_PUSH_USER,
        isrisky: verdict.suggest === 'risky' ? 1 : 0,
        extra_info_json: '',
        appid: this.opts.appid,
        trace_id: job.traceId,
        status_code: verdict.errcode === CANNOT_DOWNLOAD ? 4294966288 : 0,
      }
    }
    return {
      ...head,
      FromUserName: job.openid,
      appid: this.opts.appid,
      trace_id: job.traceId,
      version: 2,
      detail: [{ strategy: 'content_model', errcode: verdict.errcode, suggest: verdict.suggest, label: this.label(verdict.label), prob: verdict.prob }],
      errcode: 0,
      errmsg: 'ok',
      result: { suggest: verdict.suggest, label: this.label(verdict.label) },
    }
  }

  private label(value: number): number | string {
    return this.settings.label === 'string' ? String(value) : value
  }

  private persist(): void {
    writeJsonFile(this.stateFile, [...this.jobs.values()])
  }
}

/** Image formats WeChat's image check takes, by magic bytes. */
export function imageKind(b: Buffer): 'jpeg' | 'png' | 'gif' | 'webp' | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg'
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png'
  if (b.length >= 6 && /^GIF8[79]a$/.test(b.subarray(0, 6).toString('latin1'))) return 'gif'
  if (b.length >= 12 && b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP') return 'webp'
  return null
}

/** Common audio containers (mp3, aac, m4a, wav, amr, silk) by magic bytes. */
export function audioKind(b: Buffer): string | null {
  const head = b.subarray(0, 12).toString('latin1')
  if (head.startsWith('ID3')) return 'mp3'
  if (b.length >= 2 && b[0] === 0xff && (b[1] & 0xe0) === 0xe0) return (b[1] & 0x06) === 0 ? 'aac' : 'mp3'
  if (head.slice(4, 8) === 'ftyp') return 'm4a'
  if (head.startsWith('RIFF') && head.slice(8, 12) === 'WAVE') return 'wav'
  if (head.startsWith('#!AMR')) return 'amr'
  if (head.startsWith('#!SILK') || head.startsWith('\x02#!SILK')) return 'silk'
  return null
}

function readLines(file: string): string[] {
  try {
    return fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw e
  }
}
