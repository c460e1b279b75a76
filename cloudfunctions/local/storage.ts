// Cloud storage for the local cloud: files live in a folder, temp URLs are signed and served by the local
// HTTP server. Only the transport is replaced: `CloudBase.prototype.uploadFile/downloadFile/getTempFileURL/
// deleteFile` of the @cloudbase/node-sdk copy that wx-server-sdk uses. Everything above them (wx-server-sdk's
// argument checks, per-file status mapping, errMsg building) is the SDK's own, so what a handler sees locally
// is what it sees in the cloud. See shared design notes: local-cloud.md ("Storage and openapi").
//
// The replacements mirror node-sdk 3.17.2 (dist/storage/index.js): the same parameter checks and messages,
// the same reply shapes (`{fileID}`, `{fileList, requestId}`, `{fileContent, message}`), and the same error
// path (node-sdk's own `processReturn`, which throws a TcbError carrying the string code).
//
// Cloud functions are admin and bypass the storage security rules, as in the cloud. What a client (the
// mini-program; locally the H5 build through the local server) does goes through `asClient`, which applies
// the rules declared in database/storage-rules.json (see storage-rules.ts).
import crypto from 'node:crypto'
import fs from 'node:fs'
import { roundTrip } from './metrics'
import { CloudBase, assertNotInCloud, nodeSdkErrors, nodeSdkUtils } from './sdk-internals'
import { loadStorageRules, type CompiledStorageRules } from './storage-rules'
import { INVALID_PARAM, STORAGE_EXCEED_AUTHORITY, STORAGE_FILE_NONEXIST, Store, cloudPathProblem, isFile, type TempUrlItem } from './storage-store'

export { DEFAULT_TEMP_URL_MAX_AGE, MAX_TEMP_URL_MAX_AGE, TEMP_URL_PREFIX, cloudPathProblem } from './storage-store'

export interface LocalStorageOptions {
  /** Folder holding the stored objects, their owners and the temp-URL signing key. */
  dir: string
  envId: string
  /** Origin of the local HTTP server, e.g. http://127.0.0.1:8787; read at call time (the port may be chosen late). */
  baseUrl: () => string
  /** The storage security rules; default: the ones declared in the repository. */
  rules?: CompiledStorageRules
}

/** What a client's request answers: like wx.cloud's `fail`, an errCode from wx-server-sdk's table and an errMsg. */
export class ClientStorageError extends Error {
  constructor(
    readonly errCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

/** A client temp-URL item, in wx.cloud.getTempFileURL's shape. */
export interface ClientTempUrl {
  fileID: string
  status: number
  errMsg: string
  tempFileURL: string
  maxAge?: number
}

/** A client of the storage: the mini-program of the person with this openid (wx.cloud.* on the client side). */
export interface StorageClient {
  /** wx.cloud.uploadFile: refused unless the write rule allows it (a new file is the caller's; an existing one is its creator's). */
  uploadFile(cloudPath: string, content: Buffer): Promise<string>
  /** wx.cloud.getTempFileURL: at most 50 files; each file the read rule refuses answers -503002. */
  getTempFileURL(fileList: Array<string | { fileID: string; maxAge: number }>): Promise<ClientTempUrl[]>
  /** wx.cloud.deleteFile: at most 50 files; each file the write rule refuses answers -503002 and stays. */
  deleteFile(fileIDs: string[]): Promise<Array<{ fileID: string; status: number; errMsg: string }>>
}

export interface LocalStorage {
  /** For the local HTTP server: resolve a temp URL path + query (signature, expiry) to a file on disk, or null if invalid/expired/missing. */
  resolveTempUrl(pathAndQuery: string): { filePath: string; contentType: string } | null
  /** The storage as the client of `openid` sees it, under the storage security rules. */
  asClient(openid: string | null): StorageClient
  /**
   * Places a file as a test or the demo seed needs it: with `owner`, as that client's upload (the write rule
   * applies, as in asClient(owner).uploadFile); without, as the console or a cloud function would (no owner).
   */
  putFromClient(cloudPath: string, content: Buffer, owner?: string): Promise<string>
  /** The openid of the client that uploaded the file, or null. */
  ownerOf(fileID: string): string | null
  readFile(fileID: string): Promise<Buffer | null>
  exists(fileID: string): boolean
}

/**
 * getTempFileURL takes at most 50 fileIDs per call ("一次最多取 50 个",
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/Cloud.getTempFileURL.html).
 * The documentation does not say what the cloud answers past that; as reported against the real service
 * (TencentCloud/tcb-sdk-php issue #1) the whole call fails with `{ code: 'INVALID_PARAM', message:
 * 'Invalid request param' }`, which node-sdk's request() turns into its error (wx-server-sdk: errCode -501007).
 */
export const MAX_TEMP_URLS_PER_CALL = 50
const TOO_MANY_FILES = { code: 'INVALID_PARAM', message: 'Invalid request param' }

/**
 * deleteFile takes at most 50 fileIDs per call ("从云存储空间删除文件，一次最多 50 个",
 * https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-sdk-api/storage/Cloud.deleteFile.html).
 * node-sdk does not count them (dist/storage/index.js sends them all as one `storage.batchDeleteFile`);
 * the service refuses the whole call, nothing deleted, with `{ code: 'INVALID_PARAM', message: 'Cannot
 * operate more than 50 files one time' }` (reported against the real service for the same request from
 * TencentCloudBase/cloudbase-manager-node, issue #28). node-sdk's request() throws that as its TcbError and
 * wx-server-sdk rejects with it (errMsg "deleteFile:fail Cannot operate more than 50 files one time").
 */
export const MAX_DELETES_PER_CALL = 50
const TOO_MANY_DELETES = { code: 'INVALID_PARAM', message: 'Cannot operate more than 50 files one time' }

const STORAGE_REQUEST_FAIL = nodeSdkErrors.STORAGE_REQUEST_FAIL
/** Not in node-sdk's table but in wx-server-sdk's TCB_ERR_CODE (-503004): the upload signature request was refused. */
const STORAGE_SIGN_PARAM_INVALID = { code: 'STORAGE_SIGN_PARAM_INVALID', message: 'storage invalid sign parameter' }
/** wx-server-sdk's numbers for the codes a client sees here. */
const ERR_CODES: Record<string, number> = {
  STORAGE_EXCEED_AUTHORITY: -503002,
  STORAGE_FILE_NONEXIST: -503003,
  INVALID_PARAM: -501007,
  STORAGE_SIGN_PARAM_INVALID: -503004,
}

/** The current store; the patched prototype methods delegate to it, so a second install replaces the first. */
let current: Store | null = null

export function installStorage(opts: LocalStorageOptions): LocalStorage {
  assertNotInCloud()
  const store = new Store(opts)
  const rules = opts.rules ?? loadStorageRules()
  current = store
  patchCloudBase()
  const asClient = (openid: string | null) => clientOf(store, rules, openid)
  return {
    resolveTempUrl: (pathAndQuery) => store.resolveTempUrl(pathAndQuery),
    asClient,
    putFromClient: async (cloudPath, content, owner) => {
      if (owner) return asClient(owner).uploadFile(cloudPath, content)
      const problem = cloudPathProblem(cloudPath)
      if (problem) throw new Error(`Invalid cloudPath ${JSON.stringify(cloudPath)}: ${problem}`)
      return store.write(cloudPath, content, null)
    },
    ownerOf: (fileID) => {
      const located = store.locate(fileID)
      return located.ok ? store.ownerOf(located.cloudPath) : null
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

function clientOf(store: Store, rules: CompiledStorageRules, openid: string | null): StorageClient {
  // A mini-program user: auth.openid. No openid (单页模式, not signed in): auth is null.
  const auth = openid ? { openid } : null
  const resourceOf = (cloudPath: string) => ({ path: cloudPath, openid: store.ownerOf(cloudPath) })
  const denied = (api: string) =>
    new ClientStorageError(ERR_CODES.STORAGE_EXCEED_AUTHORITY, STORAGE_EXCEED_AUTHORITY.code, `${api}:fail ${STORAGE_EXCEED_AUTHORITY.message}`)
  const item = (fileID: string, code: string, message: string) => ({ fileID, status: ERR_CODES[code] ?? -1, errMsg: message })
  return {
    async uploadFile(cloudPath, content) {
      await roundTrip('storage', 'uploadFile')
      const problem = cloudPathProblem(cloudPath)
      if (problem)
        throw new ClientStorageError(
          ERR_CODES.STORAGE_SIGN_PARAM_INVALID,
          STORAGE_SIGN_PARAM_INVALID.code,
          `uploadFile:fail cloudPath ${JSON.stringify(cloudPath)} ${problem}`,
        )
      // A file that does not exist yet will be the caller's; an existing one is its uploader's (or nobody's).
      const resource = store.fileExists(cloudPath) ? resourceOf(cloudPath) : { path: cloudPath, openid }
      if (!rules.allows('write', auth, resource)) throw denied('uploadFile')
      await roundTrip('storage', 'uploadFile')
      return store.write(cloudPath, content, openid)
    },
    async getTempFileURL(fileList) {
      await roundTrip('storage', 'getTempFileURL')
      if (fileList.length > MAX_TEMP_URLS_PER_CALL)
        throw new ClientStorageError(ERR_CODES.INVALID_PARAM, TOO_MANY_FILES.code, `getTempFileURL:fail ${TOO_MANY_FILES.message}`)
      return fileList.map((f) => {
        const { fileID, maxAge } = typeof f === 'string' ? { fileID: f, maxAge: undefined } : f
        const located = store.locate(fileID)
        if (!located.ok) return { ...item(fileID, located.code, located.message), tempFileURL: '' }
        if (!isFile(located.filePath)) return { ...item(fileID, STORAGE_FILE_NONEXIST.code, STORAGE_FILE_NONEXIST.message), tempFileURL: '' }
        if (!rules.allows('read', auth, resourceOf(located.cloudPath)))
          return { ...item(fileID, STORAGE_EXCEED_AUTHORITY.code, STORAGE_EXCEED_AUTHORITY.message), tempFileURL: '' }
        const url = store.tempUrlFor(fileID, maxAge)
        return url.code === 'SUCCESS'
          ? { fileID, status: 0, errMsg: 'ok', tempFileURL: url.tempFileURL, maxAge: url.maxAge }
          : { ...item(fileID, url.code, url.message ?? ''), tempFileURL: '' }
      })
    },
    async deleteFile(fileIDs) {
      await roundTrip('storage', 'deleteFile')
      if (fileIDs.length > MAX_DELETES_PER_CALL)
        throw new ClientStorageError(ERR_CODES.INVALID_PARAM, TOO_MANY_DELETES.code, `deleteFile:fail ${TOO_MANY_DELETES.message}`)
      return fileIDs.map((fileID) => {
        const located = store.locate(fileID)
        if (!located.ok) return item(fileID, located.code, located.message)
        if (!isFile(located.filePath)) return item(fileID, STORAGE_FILE_NONEXIST.code, STORAGE_FILE_NONEXIST.message)
        if (!rules.allows('write', auth, resourceOf(located.cloudPath))) return item(fileID, STORAGE_EXCEED_AUTHORITY.code, STORAGE_EXCEED_AUTHORITY.message)
        const removed = store.remove(fileID)
        return removed.code === 'SUCCESS' ? { fileID, status: 0, errMsg: 'ok' } : item(fileID, removed.code, removed.message ?? '')
      })
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
    // A cloud function writes as admin: the file has no client owner.
    const fileID = await activeStore().write(cloudPath as string, content, null)
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
    if (requests.length > MAX_TEMP_URLS_PER_CALL) return nodeSdkUtils.processReturn({ ...TOO_MANY_FILES, requestId: newRequestId() })
    return { fileList: requests.map((r) => store.tempUrlFor(r.fileID, r.maxAge)), requestId: newRequestId() }
  }

  proto.downloadFile = async function downloadFile(
    this: { getTempFileURL(args: unknown): Promise<{ fileList?: TempUrlItem[] }> },
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
    if (fileList.length > MAX_DELETES_PER_CALL) return nodeSdkUtils.processReturn({ ...TOO_MANY_DELETES, requestId: newRequestId() })
    return { fileList: (fileList as string[]).map((fileID) => store.remove(fileID)), requestId: newRequestId() }
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
