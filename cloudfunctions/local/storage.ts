// Cloud storage for the local cloud: files live in a folder, temp URLs are signed and served by the local
// HTTP server. Only the transport is replaced: `CloudBase.prototype.uploadFile/downloadFile/getTempFileURL/
// deleteFile` of the @cloudbase/node-sdk copy that wx-server-sdk uses. Everything above them (wx-server-sdk's
// argument checks, per-file status mapping, errMsg building) is the SDK's own, so what a handler sees locally
// is what it sees in the cloud. See shared design notes: local-cloud.md ("Storage and openapi").
//
// The replacements mirror node-sdk 3.17.2 (dist/storage/index.js): the same parameter checks and messages,
// the same reply shapes (`{fileID}`, `{fileList, requestId}`, `{fileContent, message}`), and the same error
// path (node-sdk's own `processReturn`, which throws a TcbError carrying the string code).
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { roundTrip } from './metrics'
import { CloudBase, assertNotInCloud, nodeSdkErrors, nodeSdkUtils } from './sdk-internals'

export interface LocalStorageOptions {
  /** Folder holding the stored objects and the temp-URL signing key. */
  dir: string
  envId: string
  /** Origin of the local HTTP server, e.g. http://127.0.0.1:8787; read at call time (the port may be chosen late). */
  baseUrl: () => string
}

export interface LocalStorage {
  /** For the local HTTP server: resolve a temp URL path + query (signature, expiry) to a file on disk, or null if invalid/expired/missing. */
  resolveTempUrl(pathAndQuery: string): { filePath: string; contentType: string } | null
  /** Store bytes as if uploaded by the mini-program client (wx.cloud.uploadFile), returns fileID. Used by the local server's upload endpoint. */
  putFromClient(cloudPath: string, content: Buffer): Promise<string>
  readFile(fileID: string): Promise<Buffer | null>
  exists(fileID: string): boolean
}

/** Temp URLs last one day by default and at most one day (wx.cloud.getTempFileURL / Cloud.getTempFileURL). */
export const DEFAULT_TEMP_URL_MAX_AGE = 86400
const MAX_TEMP_URL_MAX_AGE = 86400
/** COS object keys are limited to 850 bytes (COS "对象概述": 对象键). */
const MAX_KEY_BYTES = 850
/** Path prefix under which the local HTTP server serves temp URLs. */
export const TEMP_URL_PREFIX = '/files/'

// Storage error codes of the cloud's storage service, as node-sdk and wx-server-sdk know them.
const STORAGE_FILE_NONEXIST = nodeSdkErrors.STORAGE_FILE_NONEXIST
const STORAGE_REQUEST_FAIL = nodeSdkErrors.STORAGE_REQUEST_FAIL
const INVALID_PARAM = nodeSdkErrors.INVALID_PARAM
/** Not in node-sdk's table but in wx-server-sdk's TCB_ERR_CODE (-503004): the upload signature request was refused. */
const STORAGE_SIGN_PARAM_INVALID = { code: 'STORAGE_SIGN_PARAM_INVALID', message: 'storage invalid sign parameter' }
/** wx-server-sdk's TCB_ERR_CODE -503002: a fileID of another environment. */
const STORAGE_EXCEED_AUTHORITY = { code: 'STORAGE_EXCEED_AUTHORITY', message: 'storage permission denied' }

const CONTENT_TYPES: Record<string, string> = {
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

/** The current store; the patched prototype methods delegate to it, so a second install replaces the first. */
let current: Store | null = null

export function installStorage(opts: LocalStorageOptions): LocalStorage {
  assertNotInCloud()
  const store = new Store(opts)
  current = store
  patchCloudBase()
  return {
    resolveTempUrl: (pathAndQuery) => store.resolveTempUrl(pathAndQuery),
    putFromClient: async (cloudPath, content) => {
      const problem = cloudPathProblem(cloudPath)
      if (problem) throw new Error(`Invalid cloudPath ${JSON.stringify(cloudPath)}: ${problem}`)
      return store.write(cloudPath, content)
    },
    readFile: async (fileID) => {
      const located = store.locate(fileID)
      if (!located.ok || !fs.existsSync(located.filePath)) return null
      return fs.promises.readFile(located.filePath)
    },
    exists: (fileID) => {
      const located = store.locate(fileID)
      return located.ok && isFile(located.filePath)
    },
  }
}

function activeStore(): Store {
  if (!current) throw new Error('Local storage is not installed')
  return current
}

let patched = false
function patchCloudBase(): void {
  if (patched) return
  patched = true
  const proto = CloudBase.prototype
  // Signatures and reply shapes follow node-sdk's CloudBase methods one for one.
  proto.uploadFile = async function uploadFile({ cloudPath, fileContent }: { cloudPath: unknown; fileContent: unknown }) {
    if (!(fileContent instanceof fs.ReadStream) && !(fileContent instanceof Buffer)) {
      throw nodeSdkUtils.E({ ...INVALID_PARAM, message: '[node-sdk] fileContent should be instance of fs.ReadStream or Buffer' })
    }
    const requestId = newRequestId()
    // node-sdk asks storage.getUploadMetadata first (one request), then PUTs to COS (another).
    await roundTrip('storage', 'uploadFile')
    const problem = cloudPathProblem(cloudPath)
    if (problem) {
      // The cloud refuses to sign an upload for such a key (storage.getUploadMetadata).
      return nodeSdkUtils.processReturn({ ...STORAGE_SIGN_PARAM_INVALID, message: `cloudPath ${JSON.stringify(cloudPath)} ${problem}`, requestId })
    }
    const content = fileContent instanceof Buffer ? fileContent : await readStream(fileContent as fs.ReadStream)
    await roundTrip('storage', 'uploadFile')
    const fileID = await activeStore().write(cloudPath as string, content)
    return { fileID }
  }

  proto.getTempFileURL = async function getTempFileURL({ fileList }: { fileList: unknown }) {
    if (!fileList || !Array.isArray(fileList)) {
      return nodeSdkUtils.processReturn({ ...INVALID_PARAM, message: 'fileList必须是非空的数组' })
    }
    const requests: Array<{ fileID: string; maxAge?: unknown }> = []
    for (const file of fileList) {
      if (typeof file === 'object' && file !== null) {
        if (!Object.prototype.hasOwnProperty.call(file, 'fileID') || !Object.prototype.hasOwnProperty.call(file, 'maxAge')) {
          return nodeSdkUtils.processReturn({ ...INVALID_PARAM, message: 'fileList 的元素如果是对象，必须是包含 fileID 和 maxAge 的对象' })
        }
        requests.push({ fileID: (file as { fileID: string }).fileID, maxAge: (file as { maxAge: unknown }).maxAge })
      } else if (typeof file === 'string') {
        requests.push({ fileID: file })
      } else {
        return nodeSdkUtils.processReturn({ ...INVALID_PARAM, message: 'fileList的元素如果不是对象，则必须是字符串' })
      }
    }
    const store = activeStore()
    await roundTrip('storage', 'getTempFileURL')
    return { fileList: requests.map((r) => store.tempUrlFor(r.fileID, r.maxAge)), requestId: newRequestId() }
  }

  proto.downloadFile = async function downloadFile(
    this: { getTempFileURL(args: unknown): Promise<{ fileList?: DownloadListItem[] }> },
    { fileID, tempFilePath }: { fileID: string; urlType?: string; tempFilePath?: string },
  ) {
    // Like node-sdk: ask for a 10-minute temp URL, then fetch it. The fetch reads the signed URL through the
    // same resolver the local HTTP server uses, so a file is downloadable exactly when its URL would serve.
    const urls = await this.getTempFileURL({ fileList: [{ fileID, maxAge: 600 }] })
    // node-sdk in no-throw mode: the `{code, message}` reply is passed on as is.
    if (!urls.fileList) return urls
    const item = urls.fileList[0]
    if (item.code !== 'SUCCESS') {
      return nodeSdkUtils.processReturn({ ...item, message: item.message ?? STORAGE_FILE_NONEXIST.message })
    }
    const resolved = activeStore().resolveTempUrl(item.tempFileURL)
    if (!resolved) {
      throw nodeSdkUtils.E({ ...STORAGE_REQUEST_FAIL, message: `下载文件失败: Status:404 Url:${item.tempFileURL}` })
    }
    // The GET of the temp URL (the URL itself was one request already).
    await roundTrip('storage', 'downloadFile')
    const body = await fs.promises.readFile(resolved.filePath)
    if (tempFilePath) await fs.promises.writeFile(tempFilePath, body)
    return { fileContent: tempFilePath ? undefined : body, message: '文件下载完成' }
  }

  proto.deleteFile = async function deleteFile({ fileList }: { fileList: unknown }) {
    if (!fileList || !Array.isArray(fileList)) {
      return nodeSdkUtils.processReturn({ ...INVALID_PARAM, message: 'fileList必须是非空的数组' })
    }
    for (const file of fileList) {
      if (!file || typeof file !== 'string') {
        return nodeSdkUtils.processReturn({ ...INVALID_PARAM, message: 'fileList的元素必须是非空的字符串' })
      }
    }
    const store = activeStore()
    await roundTrip('storage', 'deleteFile')
    return { fileList: (fileList as string[]).map((fileID) => store.remove(fileID)), requestId: newRequestId() }
  }
}

interface DownloadListItem {
  fileID: string
  code: string
  message?: string
  tempFileURL: string
  maxAge?: number
}

type Located = { ok: true; cloudPath: string; filePath: string } | { ok: false; code: string; message: string }

class Store {
  private readonly objectsDir: string
  private readonly key: Buffer
  private readonly prefix: string

  constructor(private readonly opts: LocalStorageOptions) {
    this.objectsDir = path.join(opts.dir, 'objects')
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

  async write(cloudPath: string, content: Buffer): Promise<string> {
    const target = this.filePathOf(cloudPath)
    await fs.promises.mkdir(path.dirname(target), { recursive: true })
    // Write then rename, so a reader never sees half a file (COS PUT is atomic too).
    const temp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.part`
    await fs.promises.writeFile(temp, content)
    await fs.promises.rename(temp, target)
    return this.fileIdOf(cloudPath)
  }

  remove(fileID: string): { fileID: string; code: string; message?: string } {
    const located = this.locate(fileID)
    if (!located.ok) return { fileID, code: located.code, message: located.message }
    if (!isFile(located.filePath)) return { fileID, ...STORAGE_FILE_NONEXIST }
    fs.unlinkSync(located.filePath)
    this.pruneEmptyDirs(path.dirname(located.filePath))
    return { fileID, code: 'SUCCESS' }
  }

  tempUrlFor(fileID: string, maxAgeInput: unknown): DownloadListItem {
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

  private pruneEmptyDirs(dir: string): void {
    let current = dir
    while (current.startsWith(this.objectsDir + path.sep)) {
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
function bucketOf(envId: string): string {
  const head = Buffer.from(envId.slice(0, 2)).toString('hex')
  const digits = (parseInt(crypto.createHash('sha256').update(envId).digest('hex').slice(0, 8), 16) % 100000000).toString().padStart(8, '0')
  return `${head}-${envId}-13${digits}`
}

function loadOrCreateKey(file: string): Buffer {
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

function isFile(filePath: string): boolean {
  try {
    return fs.statSync(filePath).isFile()
  } catch {
    return false
  }
}

async function readStream(stream: fs.ReadStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}

function newRequestId(): string {
  return crypto.randomUUID()
}
