// The openapi wire format between wx-server-sdk and the cloud: protobuf `CommApiData` in, `CommOpenApiResp`
// out. The schema is rebuilt here with protobufjs from the field numbers and types of wx-server-sdk 4.0.2's
// bundled module `./src/protobuf/openapi.js` (its generated encode/decode functions); the wire contract test
// (wire.test.ts) decodes what the real SDK sends with it, so a drift fails there.
import protobuf from 'protobufjs'

const root = protobuf.Root.fromJSON({
  nested: {
    KeyValuePair: {
      fields: {
        key: { type: 'string', id: 1 },
        value: { type: 'bytes', id: 2 },
        contenttype: { type: 'string', id: 3 },
        filename: { type: 'string', id: 4 },
      },
    },
    OpenApiData: {
      fields: { pairs: { rule: 'repeated', type: 'KeyValuePair', id: 1 } },
    },
    InnerApiData: {
      fields: {
        modid: { type: 'uint32', id: 1 },
        cmdid: { type: 'uint32', id: 2 },
        url: { type: 'string', id: 3 },
        useHttps: { type: 'bool', id: 4 },
        method: { type: 'int32', id: 5 },
        headers: { rule: 'repeated', type: 'string', id: 6 },
        body: { type: 'bytes', id: 7 },
      },
    },
    SvrkitApiData: {
      fields: {
        apiName: { type: 'string', id: 1 },
        reqData: { type: 'bytes', id: 2 },
      },
    },
    TokenApiData: {
      fields: {
        resourceAppid: { type: 'string', id: 1 },
        resourceEnv: { type: 'string', id: 2 },
      },
    },
    CommApiData: {
      fields: {
        apiType: { type: 'ApiType', id: 1 },
        openapiData: { type: 'OpenApiData', id: 2 },
        innerData: { type: 'InnerApiData', id: 3 },
        svrkitData: { type: 'SvrkitApiData', id: 4 },
        tokenData: { type: 'TokenApiData', id: 5 },
        appid: { type: 'string', id: 6 },
      },
      nested: {
        ApiType: { values: { OPEN_API: 0, INNER_API: 1, SVRKIT_API: 2, TOKEN_API: 3 } },
      },
    },
    HttpHeader: {
      fields: {
        key: { type: 'string', id: 1 },
        value: { type: 'string', id: 2 },
      },
    },
    CommOpenApiResp: {
      fields: {
        respData: { type: 'bytes', id: 1 },
        contentType: { type: 'string', id: 2 },
        errorCode: { type: 'int32', id: 3 },
        httpCode: { type: 'uint32', id: 4 },
        headers: { rule: 'repeated', type: 'HttpHeader', id: 5 },
        svrkitErrorCode: { type: 'int32', id: 6 },
      },
    },
  },
})

export const CommApiData = root.lookupType('CommApiData')
export const CommOpenApiResp = root.lookupType('CommOpenApiResp')
export const API_TYPE_OPEN_API = 0

/**
 * A media parameter. wx-server-sdk's mediaConverter turns `{ contentType, value: Buffer }` into a pair with
 * `filename` ("<key>.<ext>") and `contentType`, but the generated encoder reads `contenttype` (lower case), so
 * 4.0.2 never sends the content type: a file pair is recognised by its filename, and the type is inferred.
 */
export interface MediaParam {
  contentType: string
  filename: string
  value: Buffer
}

export interface DecodedRequest {
  apiType: number
  appid: string
  /** Each pair's value: JSON-parsed, or a MediaParam for file pairs. */
  params: Record<string, unknown>
  /** The pairs as sent, for the contract test. */
  pairs: Array<{ key: string; contenttype: string; filename: string; value: Buffer }>
}

interface RawPair {
  key?: string
  value?: Uint8Array
  contenttype?: string
  filename?: string
}

/** Decode a `CommApiData` buffer. Throws if the bytes are not a valid message or a JSON value is malformed. */
export function decodeRequest(buffer: Uint8Array): DecodedRequest {
  const message = CommApiData.decode(buffer)
  const plain = CommApiData.toObject(message, { defaults: true, enums: Number }) as {
    apiType: number
    appid: string
    openapiData?: { pairs?: RawPair[] }
  }
  const pairs = (plain.openapiData?.pairs ?? []).map((p) => ({
    key: p.key ?? '',
    contenttype: p.contenttype ?? '',
    filename: p.filename ?? '',
    value: Buffer.from(p.value ?? []),
  }))
  const params: Record<string, unknown> = {}
  for (const pair of pairs) {
    params[pair.key] =
      pair.contenttype || pair.filename
        ? ({ contentType: pair.contenttype || contentTypeOf(pair.filename), filename: pair.filename, value: pair.value } satisfies MediaParam)
        : JSON.parse(pair.value.toString('utf8'))
  }
  return { apiType: plain.apiType, appid: plain.appid, params, pairs }
}

const MEDIA_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  mp3: 'audio/mpeg',
  aac: 'audio/aac',
  m4a: 'audio/mp4',
  wav: 'audio/wav',
  amr: 'audio/amr',
}

function contentTypeOf(filename: string): string {
  return MEDIA_TYPES[filename.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream'
}

/** A reply from a local API: a JSON body (WeChat's `{errcode, errmsg, ...}`) or raw bytes such as an image. */
export type ApiReply = { json: Record<string, unknown> } | { body: Buffer; contentType: string }

/** Encode a reply as the cloud does: WeChat's HTTP body and content type inside `CommOpenApiResp`. */
export function encodeReply(reply: ApiReply): Buffer {
  const isJson = 'json' in reply
  const message = CommOpenApiResp.create({
    respData: isJson ? Buffer.from(JSON.stringify(reply.json)) : reply.body,
    contentType: isJson ? 'application/json; charset=utf-8' : reply.contentType,
    httpCode: 200,
  })
  return Buffer.from(CommOpenApiResp.encode(message).finish())
}

/**
 * A platform-level refusal (no WeChat body): `errorCode` set, which wx-server-sdk turns into that errCode,
 * e.g. -604101 "function has no permission to call this API".
 */
export function encodeSystemError(errorCode: number): Buffer {
  return Buffer.from(CommOpenApiResp.encode(CommOpenApiResp.create({ errorCode, httpCode: 200 })).finish())
}
