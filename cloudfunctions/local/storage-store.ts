// The local storage's objects on disk: where a fileID's bytes live, who owns each file (the openid of the
// client that uploaded it, which the storage security rules compare with the caller), signed temp URLs and
// their expiry. The SDK transport (storage.ts) and the client endpoints of the local server sit on top.
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { nodeSdkErrors } from './sdk-internals'

export interface StoreOptions {
  dir: string
  envId: string
  baseUrl: () => string
}

/**
 * A private file's temp link lives 10 minutes unless the caller gives `maxAge`
 * (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/Cloud.getTempFileURL.html:
 * "私有的文件获取的链接十分钟有效期"). Every file here is private: the declared storage rules
 * (database/storage-rules.json) do not make reads public.
 */
export const DEFAULT_TEMP_URL_MAX_AGE = 600
/** maxAge is capped at one day (wx.cloud.getTempFileURL: "可自定义有效期，默认一天且最大不超过一天"). */
export const MAX_TEMP_URL_MAX_AGE = 86400
/** COS object keys are limited to 850 bytes (COS "对象概述": 对象键). */
const MAX_KEY_BYTES = 850
/** Path prefix under which the local HTTP server serves temp URLs. */
export const TEMP_URL_PREFIX = '/files/'

export const STORAGE_FILE_NONEXIST = nodeSdkErrors.STORAGE_FILE_NONEXIST
export const INVALID_PARAM = nodeSdkErrors.INVALID_PARAM
/** wx-server-sdk's TCB_ERR_CODE -503002: a fileID of another environment, or a request the storage refuses to authorize. */
export const STORAGE_EXCEED_AUTHORITY = { code: 'STORAGE_EXCEED_AUTHORITY', message: 'storage permission denied' }

export interface TempUrlItem {
  fileID: string
  code: string
  message?: string
  tempFileURL: string
  maxAge?: number
}

export const CONTENT_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.bmp': 'image/bmp',
  '.svg': 'image/svg+xml',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.aac': 'audio/aac',
  '.wav': 'audio/wav',
  '.amr': 'audio/amr',
  '.mp4': 'video/mp4',
  '.mov': 'video/quicktime',
  '.pdf': 'application/pdf',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
}

export type Located = { ok: true; cloudPath: string; filePath: string } | { ok: false; code: string; message: string }

export class Store {
  private readonly objectsDir: string
  /** One small file per owned object (same relative path), holding the uploader's openid. */
  private readonly ownersDir: string
  private readonly key: Buffer
  private readonly prefix: string

  constructor(private readonly opts: StoreOptions) {
    this.objectsDir = path.join(opts.dir, 'objects')
    this.ownersDir = path.join(opts.dir, 'owners')
    fs.mkdirSync(this.objectsDir, { recursive: true })
    this.key = loadOrCreateKey(path.join(opts.dir, 'sign-key'))
    this.prefix = `cloud://${opts.envId}.${bucketOf(opts.envId)}/`
  }

  fileIdOf(cloudPath: string): string {
    return this.prefix + cloudPath
  }

  locate(fileID: unknown): Located {
    if (typeof fileID !== 'string' || !fileID.startsWith('cloud://')) {
      return { ok: false, ...INVALID_PARAM, message: `invalid fileID ${JSON.stringify(fileID)}` }
    }
    if (!fileID.startsWith(this.prefix)) {
      return { ok: false, ...STORAGE_EXCEED_AUTHORITY, message: `fileID ${fileID} is not in environment ${this.opts.envId}` }
    }
    const cloudPath = fileID.slice(this.prefix.length)
    const problem = cloudPathProblem(cloudPath)
    if (problem) return { ok: false, ...INVALID_PARAM, message: `invalid fileID ${fileID}: ${problem}` }
    return { ok: true, cloudPath, filePath: this.filePathOf(cloudPath) }
  }

  /**
   * Stores the bytes at cloudPath. `owner` is the openid of the client that uploaded them, or null for a write by
   * a cloud function or the console (admin): the file then has no client owner.
   */
  async write(cloudPath: string, content: Buffer, owner: string | null): Promise<string> {
    const target = this.filePathOf(cloudPath)
    await fs.promises.mkdir(path.dirname(target), { recursive: true })
    // Write then rename, so a reader never sees half a file (COS PUT is atomic too).
    const temp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.part`
    await fs.promises.writeFile(temp, content)
    await fs.promises.rename(temp, target)
    const ownerFile = this.ownerFileOf(cloudPath)
    if (owner) {
      await fs.promises.mkdir(path.dirname(ownerFile), { recursive: true })
      await fs.promises.writeFile(ownerFile, owner)
    } else {
      await fs.promises.rm(ownerFile, { force: true })
    }
    return this.fileIdOf(cloudPath)
  }

  /** The openid of the client that uploaded the file, or null (written by a function, or missing). */
  ownerOf(cloudPath: string): string | null {
    try {
      return fs.readFileSync(this.ownerFileOf(cloudPath), 'utf8') || null
    } catch {
      return null
    }
  }

  fileExists(cloudPath: string): boolean {
    return isFile(this.filePathOf(cloudPath))
  }

  remove(fileID: string): { fileID: string; code: string; message?: string } {
    const located = this.locate(fileID)
    if (!located.ok) return { fileID, code: located.code, message: located.message }
    if (!isFile(located.filePath)) return { fileID, ...STORAGE_FILE_NONEXIST }
    fs.unlinkSync(located.filePath)
    const ownerFile = this.ownerFileOf(located.cloudPath)
    fs.rmSync(ownerFile, { force: true })
    this.pruneEmptyDirs(path.dirname(located.filePath), this.objectsDir)
    this.pruneEmptyDirs(path.dirname(ownerFile), this.ownersDir)
    return { fileID, code: 'SUCCESS' }
  }

  tempUrlFor(fileID: string, maxAgeInput: unknown): TempUrlItem {
    const located = this.locate(fileID)
    if (!located.ok) return { fileID, code: located.code, message: located.message, tempFileURL: '' }
    if (!isFile(located.filePath)) return { fileID, ...STORAGE_FILE_NONEXIST, tempFileURL: '' }
    let maxAge = DEFAULT_TEMP_URL_MAX_AGE
    if (maxAgeInput !== undefined && maxAgeInput !== null) {
      if (typeof maxAgeInput !== 'number' || !Number.isFinite(maxAgeInput) || maxAgeInput <= 0) {
        return { fileID, ...INVALID_PARAM, message: `invalid maxAge ${JSON.stringify(maxAgeInput)}`, tempFileURL: '' }
      }
      maxAge = Math.min(Math.floor(maxAgeInput), MAX_TEMP_URL_MAX_AGE)
    }
    const expiry = Math.floor(Date.now() / 1000) + maxAge
    const encodedPath = located.cloudPath.split('/').map(encodeURIComponent).join('/')
    const url = `${this.opts.baseUrl().replace(/\/+$/, '')}${TEMP_URL_PREFIX}${encodedPath}?sign=${this.sign(located.cloudPath, expiry)}&t=${expiry}`
    return { fileID, code: 'SUCCESS', tempFileURL: url, maxAge }
  }

  resolveTempUrl(pathAndQuery: string): { filePath: string; contentType: string } | null {
    let url: URL
    try {
      url = new URL(pathAndQuery, 'http://local.invalid')
    } catch {
      return null
    }
    if (!url.pathname.startsWith(TEMP_URL_PREFIX)) return null
    let cloudPath: string
    try {
      cloudPath = url.pathname.slice(TEMP_URL_PREFIX.length).split('/').map(decodeURIComponent).join('/')
    } catch {
      return null
    }
    if (cloudPathProblem(cloudPath)) return null
    const sign = url.searchParams.get('sign') ?? ''
    const t = url.searchParams.get('t') ?? ''
    if (!/^\d{1,12}$/.test(t)) return null
    const expiry = Number(t)
    const expected = Buffer.from(this.sign(cloudPath, expiry))
    const given = Buffer.from(sign)
    if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null
    if (expiry < Math.floor(Date.now() / 1000)) return null
    const filePath = this.filePathOf(cloudPath)
    if (!isFile(filePath)) return null
    return { filePath, contentType: CONTENT_TYPES[path.extname(cloudPath).toLowerCase()] ?? 'application/octet-stream' }
  }

  private sign(cloudPath: string, expiry: number): string {
    return crypto.createHmac('sha256', this.key).update(`${this.opts.envId}\n${cloudPath}\n${expiry}`).digest('hex').slice(0, 32)
  }

  private filePathOf(cloudPath: string): string {
    // cloudPath was validated (no "..", no absolute path), so the join cannot leave objectsDir; checked anyway.
    const filePath = path.join(this.objectsDir, ...cloudPath.split('/'))
    if (!filePath.startsWith(this.objectsDir + path.sep)) throw new Error(`cloudPath escapes the store: ${cloudPath}`)
    return filePath
  }

  private ownerFileOf(cloudPath: string): string {
    return path.join(this.ownersDir, path.relative(this.objectsDir, this.filePathOf(cloudPath)))
  }

  private pruneEmptyDirs(dir: string, root: string): void {
    let current = dir
    while (current.startsWith(root + path.sep)) {
      try {
        fs.rmdirSync(current)
      } catch {
        return
      }
      current = path.dirname(current)
    }
  }
}

/**
 * Why a cloudPath cannot be a storage key, or null when it can. Keys are relative, '/'-separated paths: no
 * leading '/', no '\\', no '.' or '..' segment, no empty segment, no control characters.
 */
export function cloudPathProblem(cloudPath: unknown): string | null {
  if (typeof cloudPath !== 'string' || cloudPath === '') return 'must be a non-empty string'
  if (cloudPath.startsWith('/')) return 'must be relative (no leading "/")'
  if (cloudPath.includes('\\')) return 'must not contain "\\"'
  if (/^[a-zA-Z]:/.test(cloudPath)) return 'must be relative (no drive letter)'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(cloudPath)) return 'must not contain control characters'
  if (Buffer.byteLength(cloudPath) > MAX_KEY_BYTES) return `must be at most ${MAX_KEY_BYTES} bytes`
  for (const segment of cloudPath.split('/')) {
    if (segment === '') return 'must not contain empty segments or end with "/"'
    if (segment === '.' || segment === '..') return 'must not contain "." or ".." segments'
  }
  return null
}

/**
 * The cloud's bucket part of a fileID: hex of the env id's first two characters, the env id, and the
 * account's numeric id (e.g. cloud://prod-1a2b.7072-prod-1a2b-1300000000/...). Locally the number is derived
 * from the env id so fileIDs stay stable across restarts.
 */
export function bucketOf(envId: string): string {
  const head = Buffer.from(envId.slice(0, 2)).toString('hex')
  const digits = (parseInt(crypto.createHash('sha256').update(envId).digest('hex').slice(0, 8), 16) % 100000000).toString().padStart(8, '0')
  return `${head}-${envId}-13${digits}`
}

export function loadOrCreateKey(file: string): Buffer {
  // Persisted so temp URLs handed out before a restart of the local server keep working until they expire.
  try {
    const hex = fs.readFileSync(file, 'utf8').trim()
    if (/^[0-9a-f]{64}$/.test(hex)) return Buffer.from(hex, 'hex')
  } catch {
    // first start
  }
  const key = crypto.randomBytes(32)
  fs.writeFileSync(file, key.toString('hex'), { mode: 0o600 })
  return key
}

export function isFile(filePath: string): boolean {
  try {
    return fs.statSync(filePath).isFile()
  } catch {
    return false
  }
}
