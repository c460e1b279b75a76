// Small pieces shared by the local openapi implementations: WeChat-shaped replies, ids, and state files.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { ApiReply } from './wire'

/** A request id like WeChat's `rid` / `trace_id` (e.g. "6650e2b1-3f1c0a9e-5d2b7c44"). */
export function newTraceId(): string {
  const seconds = Math.floor(Date.now() / 1000)
    .toString(16)
    .padStart(8, '0')
  return `${seconds}-${crypto.randomBytes(4).toString('hex')}-${crypto.randomBytes(4).toString('hex')}`
}

/** WeChat's error body; errmsg carries " rid: …" like the real API, which is what ends up in the SDK's errMsg. */
export function wxError(errcode: number, errmsg: string): ApiReply {
  return { json: { errcode, errmsg: `${errmsg} rid: ${newTraceId()}` } }
}

export function wxOk(body: Record<string, unknown> = {}): ApiReply {
  return { json: { errcode: 0, errmsg: 'ok', ...body } }
}

/** The mini-program's original id (gh_…) as message pushes name it in ToUserName; derived from the appid. */
export function originalIdOf(appid: string): string {
  return `gh_${crypto.createHash('sha256').update(appid).digest('hex').slice(0, 12)}`
}

export function readJsonFile<T>(file: string, fallback: T): T {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return fallback
    throw e
  }
}

/** Write then rename, so a crash never leaves half a state file. */
export function writeJsonFile(file: string, value: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true })
  const temp = `${file}.${process.pid}.tmp`
  fs.writeFileSync(temp, JSON.stringify(value, null, 2))
  fs.renameSync(temp, file)
}

/** Length in characters as WeChat counts them (code points, so an emoji is one). */
export function charLength(text: string): number {
  return Array.from(text).length
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value)
}
