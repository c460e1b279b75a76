// cloud.openapi for the local cloud. wx-server-sdk turns `cloud.openapi.x.y(data)` into a protobuf
// `CommApiData` (camelCase → snake_case, each top-level value JSON-encoded) and hands it to the CloudBase
// instance's `callCompatibleWxOpenApi`, then decodes the `CommOpenApiResp` it gets back and maps errcodes to
// errors. Only that one method is replaced here: the request is decoded with the same schema, dispatched on
// apiName to a local implementation, and the reply encoded back, so everything above stays the SDK's own.
// See shared design notes: local-cloud.md ("Storage and openapi").
import { roundTrip } from '../metrics'
import { CloudBase, assertNotInCloud, nodeSdkErrors, nodeSdkUtils } from '../sdk-internals'
import { MediaChecks, type MediaPushSettings, type PushEvent } from './media-check'
import { msgSecCheck } from './msg-sec-check'
import { SubscribeMessages, type OutboxEntry } from './subscribe-message'
import { API_TYPE_OPEN_API, decodeRequest, encodeReply, encodeSystemError, type ApiReply } from './wire'
import { getUnlimited } from './wxacode'

export type { OutboxEntry } from './subscribe-message'
export type { MediaPushSettings, PushIdentity } from './media-check'

export interface LocalOpenApiOptions {
  /** Where the outbox and media-check state live. */
  dir: string
  appid: string
  /** How long before the async media check reports (the cloud: within 30 min). */
  mediaCheckDelayMs: number
  /**
   * Deliver a message-push event (like WeChat pushing to the cloud function configured for message
   * push), as the identity WeChat gives that invocation (OPENID = the push's FromUserName).
   */
  pushEvent: PushEvent
  /** Read bytes behind a media_url (so local temp URLs resolve without HTTP); fall back to fetch() for others. */
  fetchMedia: (url: string) => Promise<Buffer | null>
  /** Origin of the local H5 app that wxacode QR codes point to, read at call time. Default http://127.0.0.1:8787. */
  baseUrl?: () => string
  /**
   * The mini-program's pages (app.config order, home first). When given, wxacode.getUnlimited (check_path)
   * and subscribeMessage.send answer 41030 for a page that does not exist, as WeChat does for the released
   * version; without it, or when it answers null (not known: no weapp build), page existence is not checked.
   */
  pages?: () => string[] | null
}

export interface LocalOpenApi {
  /** Subscribe messages sent, newest last. */
  outbox(): Promise<OutboxEntry[]>
  /** What a user's tap on requestSubscribeMessage grants (one acceptance = one send). */
  recordSubscription(openid: string, templateId: string): void
  /** Tests: deliver all pending media-check results now. */
  flushMediaChecks(): Promise<void>
  /** Add to the local blocklist: media with this sha256 is judged risky. */
  blockMediaHash(sha256: string): void
  /** How media-check pushes are delivered from now on (shape, label type, repeats, dropped); answers the settings in force. */
  mediaPush(settings: Partial<MediaPushSettings>): MediaPushSettings
}

/**
 * wx-server-sdk's ERR_CODE.WX_FUNCTIONS_SERVER_OPENAPI_NO_PERMISSION: what the cloud answers for an API the
 * calling function may not use (not declared in its config.json permissions.openapi). Locally an API without
 * a local implementation gets the same answer, so code that needs one fails here as it would in production
 * without the permission, instead of silently doing nothing.
 */
export const OPENAPI_NO_PERMISSION = -604101

type Handler = (params: Record<string, unknown>) => ApiReply | Promise<ApiReply>

/** The current handlers; the patched prototype method delegates to them, so a second install replaces the first. */
let handlers: Map<string, Handler> | null = null
let localAppid = ''
let currentMedia: MediaChecks | null = null

export function installOpenApi(opts: LocalOpenApiOptions): LocalOpenApi {
  assertNotInCloud()
  const pages = opts.pages ?? null
  const baseUrl = opts.baseUrl ?? (() => 'http://127.0.0.1:8787')
  const subscribe = new SubscribeMessages(opts.dir, pages)
  const media = new MediaChecks({
    dir: opts.dir,
    appid: opts.appid,
    delayMs: opts.mediaCheckDelayMs,
    pushEvent: opts.pushEvent,
    fetchMedia: opts.fetchMedia,
  })
  // Pending checks are on disk; the new instance picks them up, the old one must not report them too.
  currentMedia?.stop()
  currentMedia = media
  handlers = new Map<string, Handler>([
    ['security.msgSecCheck', (params) => msgSecCheck(params)],
    ['security.mediaCheckAsync', (params) => media.submit(params)],
    ['subscribeMessage.send', (params) => subscribe.send(params)],
    ['wxacode.getUnlimited', (params) => getUnlimited(params, { baseUrl, pages })],
  ])
  localAppid = opts.appid
  patchCloudBase()
  return {
    outbox: () => subscribe.outbox(),
    recordSubscription: (openid, templateId) => subscribe.recordSubscription(openid, templateId),
    flushMediaChecks: () => media.flush(),
    blockMediaHash: (sha256) => media.block(sha256),
    mediaPush: (settings) => media.configure(settings),
  }
}

const warned = new Set<string>()
let patched = false

function patchCloudBase(): void {
  if (patched) return
  patched = true
  // Same signature as node-sdk's CloudBase#callCompatibleWxOpenApi: resolves with the raw CommOpenApiResp
  // bytes; a transport-level failure goes through node-sdk's processReturn like a `{code, message}` reply.
  CloudBase.prototype.callCompatibleWxOpenApi = async function callCompatibleWxOpenApi({
    apiName,
    requestData,
  }: {
    apiName: string
    requestData: unknown
    cgiName?: string
  }) {
    if (!handlers) throw new Error('Local openapi is not installed')
    await roundTrip('openapi', apiName)
    if (!Buffer.isBuffer(requestData)) {
      return nodeSdkUtils.processReturn({ ...nodeSdkErrors.INVALID_PARAM, message: 'requestData must be a protobuf CommApiData buffer' })
    }
    let request
    try {
      request = decodeRequest(requestData)
    } catch (e) {
      return nodeSdkUtils.processReturn({ ...nodeSdkErrors.INVALID_PARAM, message: `cannot decode CommApiData: ${(e as Error).message}` })
    }
    const handler = handlers.get(apiName)
    // Only plain openapi calls for this mini-program are answered locally (no cross-account appid).
    const refusal = !handler
      ? 'has no local implementation'
      : request.apiType !== API_TYPE_OPEN_API
        ? 'is not a plain openapi call'
        : request.appid !== '' && request.appid !== localAppid
          ? `is called for another account (appid ${request.appid}), which the local cloud cannot act for`
          : null
    if (refusal !== null || !handler) {
      const key = `${apiName} ${refusal}`
      if (!warned.has(key)) {
        warned.add(key)
        console.warn(
          `[local openapi] ${apiName} ${refusal}; answering ${OPENAPI_NO_PERMISSION} (no permission) as the cloud does for an API a function may not call.`,
        )
      }
      return encodeSystemError(OPENAPI_NO_PERMISSION)
    }
    return encodeReply(await handler(request.params))
  }
}
