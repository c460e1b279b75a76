// Contract test: what wx-server-sdk (pinned) sends through the methods the local cloud replaces. If an SDK
// upgrade changes an API name, a parameter's wire key, the protobuf framing, or the storage arguments, this
// fails, and the local implementations must be checked against the new SDK before the pin moves.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LOCAL_ENV } from '../identity'
import { withCounts } from '../metrics'
import { CloudBase, versions } from '../sdk-internals'
import { installStorage } from '../storage'
import { subscribeTemplates } from '../../../types/subscribe-templates'
import { OPENAPI_NO_PERMISSION } from './index'
import { rejection, setupOpenApi, type OpenApiFixture } from './test-support'
import { decodeRequest } from './wire'

interface OpenApiCall {
  apiName: string
  cgiName: string | undefined
  optionKeys: string[]
  secondArgument: unknown
  apiType: number
  appid: string
  pairs: Array<{ key: string; contenttype: string; filename: string; value: unknown }>
}

type Method = (this: unknown, ...args: unknown[]) => Promise<unknown>

let f: OpenApiFixture
let storageDir: string
const openapiCalls: OpenApiCall[] = []
const storageCalls: Array<{ method: string; args: unknown }> = []

/** Pairs as key → value; their order is not part of the contract (convertCase moves renamed keys last). */
function pairsOf(call: OpenApiCall): Record<string, unknown> {
  const keys = call.pairs.map((p) => p.key)
  expect(new Set(keys).size).toBe(keys.length)
  expect(call.pairs.every((p) => p.contenttype === '' && p.filename === '')).toBe(true)
  return Object.fromEntries(call.pairs.map((p) => [p.key, p.value]))
}

function describeArg(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return 'Buffer'
  if (typeof value === 'function') return 'function'
  if (Array.isArray(value)) return value.map(describeArg)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, describeArg(v)]))
  return value
}

beforeAll(() => {
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'local-wire-storage-'))
  installStorage({ dir: storageDir, envId: LOCAL_ENV, baseUrl: () => 'http://127.0.0.1:8787' })
  f = setupOpenApi()
  // Record, then hand over to the local implementation.
  const proto = CloudBase.prototype as Record<string, Method>
  const callOpenApi = proto.callCompatibleWxOpenApi
  proto.callCompatibleWxOpenApi = async function (this: unknown, ...args: unknown[]) {
    const options = args[0] as { apiName: string; cgiName?: string; requestData: Buffer }
    const decoded = decodeRequest(options.requestData)
    openapiCalls.push({
      apiName: options.apiName,
      cgiName: options.cgiName,
      optionKeys: Object.keys(options).sort(),
      secondArgument: args[1],
      apiType: decoded.apiType,
      appid: decoded.appid,
      pairs: decoded.pairs.map((p) => ({
        key: p.key,
        contenttype: p.contenttype,
        filename: p.filename,
        value: p.filename ? 'Buffer' : JSON.parse(p.value.toString()),
      })),
    })
    return callOpenApi.apply(this, args)
  }
  for (const method of ['uploadFile', 'getTempFileURL', 'downloadFile', 'deleteFile']) {
    const original = proto[method]
    proto[method] = async function (this: unknown, ...args: unknown[]) {
      storageCalls.push({ method, args: describeArg(args) })
      return original.apply(this, args)
    }
  }
})

afterAll(() => {
  f.cleanup()
  fs.rmSync(storageDir, { recursive: true, force: true })
})

beforeEach(() => {
  openapiCalls.length = 0
  storageCalls.length = 0
})

test('the pinned SDK versions', () => {
  expect(versions).toMatchObject({ wxServerSdk: '4.0.2', nodeSdk: '3.17.2' })
})

test('security.msgSecCheck', async () => {
  await f.cloud.openapi.security.msgSecCheck({ content: '你好', version: 2, openid: 'oA', scene: 2, title: '标题', nickname: '昵称' })
  expect(openapiCalls).toEqual([
    {
      apiName: 'security.msgSecCheck',
      cgiName: undefined,
      optionKeys: ['apiName', 'cgiName', 'requestData'],
      secondArgument: undefined,
      apiType: 0,
      appid: '',
      pairs: [
        { key: 'content', contenttype: '', filename: '', value: '你好' },
        { key: 'version', contenttype: '', filename: '', value: 2 },
        { key: 'openid', contenttype: '', filename: '', value: 'oA' },
        { key: 'scene', contenttype: '', filename: '', value: 2 },
        { key: 'title', contenttype: '', filename: '', value: '标题' },
        { key: 'nickname', contenttype: '', filename: '', value: '昵称' },
      ],
    },
  ])
})

test('security.mediaCheckAsync: camelCase keys become snake_case', async () => {
  await f.cloud.openapi.security.mediaCheckAsync({ mediaUrl: 'https://x/y.png', mediaType: 2, version: 2, openid: 'oA', scene: 1 })
  expect(openapiCalls[0].apiName).toBe('security.mediaCheckAsync')
  expect(pairsOf(openapiCalls[0])).toEqual({ media_url: 'https://x/y.png', media_type: 2, version: 2, openid: 'oA', scene: 1 })
})

test('subscribeMessage.send: nested data keys are kept, nested objects JSON-encoded in one pair', async () => {
  const t = subscribeTemplates.signupReviewResult
  await rejection(
    f.cloud.openapi.subscribeMessage.send({
      touser: 'oA',
      templateId: t.id,
      page: 'pages/index/index',
      data: { thing1: { value: 'a' }, phrase2: { value: '通过' }, thing3: { value: 'b' }, time4: { value: '15:01' } },
      miniprogramState: 'trial',
      lang: 'zh_CN',
    }),
  )
  expect(openapiCalls[0].apiName).toBe('subscribeMessage.send')
  expect(pairsOf(openapiCalls[0])).toEqual({
    touser: 'oA',
    template_id: t.id,
    page: 'pages/index/index',
    data: { thing1: { value: 'a' }, phrase2: { value: '通过' }, thing3: { value: 'b' }, time4: { value: '15:01' } },
    miniprogram_state: 'trial',
    lang: 'zh_CN',
  })
})

test('wxacode.getUnlimited', async () => {
  await f.cloud.openapi.wxacode.getUnlimited({
    scene: 'a=1',
    page: 'pages/index/index',
    checkPath: true,
    envVersion: 'release',
    width: 430,
    autoColor: false,
    lineColor: { r: 0, g: 0, b: 0 },
    isHyaline: false,
  })
  expect(pairsOf(openapiCalls[0])).toEqual({
    scene: 'a=1',
    page: 'pages/index/index',
    check_path: true,
    env_version: 'release',
    width: 430,
    auto_color: false,
    line_color: { r: 0, g: 0, b: 0 },
    is_hyaline: false,
  })
})

test('a media parameter travels as a file pair; an API without a local implementation answers -604101', async () => {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  const err = await rejection(f.cloud.openapi.security.imgSecCheck({ media: { contentType: 'image/png', value: Buffer.from([0x89, 0x50]) } }))
  // The SDK's converter sets `contentType`, its protobuf encoder reads `contenttype`: the type is never sent.
  expect(openapiCalls[0]).toMatchObject({ apiName: 'security.imgSecCheck', pairs: [{ key: 'media', contenttype: '', filename: 'media.png', value: 'Buffer' }] })
  expect(err).toMatchObject({ errCode: OPENAPI_NO_PERMISSION, errMsg: 'system error: error code: -604101' })
  expect(err.message).toBe('errCode: -604101 function has no permission to call this API | errMsg: system error: error code: -604101')
  // the developer is told why, once per API
  expect(warn).toHaveBeenCalledTimes(1)
  expect(String(warn.mock.calls[0][0])).toMatch(/security\.imgSecCheck has no local implementation/)
  warn.mockRestore()
})

test("openapi({ version: 'v2' }) adds cgiName commrpcv2; a cross-account appid travels in CommApiData", async () => {
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined)
  await f.cloud.openapi({ version: 'v2' }).security.msgSecCheck({ content: 'x' })
  expect(openapiCalls[0]).toMatchObject({ apiName: 'security.msgSecCheck', cgiName: 'commrpcv2' })
  const err = await rejection(f.cloud.openapi({ appid: 'wxOtherAccount' }).security.msgSecCheck({ content: 'x' }))
  expect(openapiCalls[1]).toMatchObject({ appid: 'wxOtherAccount' })
  expect(err.errCode).toBe(OPENAPI_NO_PERMISSION)
  warn.mockRestore()
})

test('storage: the arguments each replaced method receives', async () => {
  const { fileID } = await f.cloud.uploadFile({ cloudPath: 'wire/a.txt', fileContent: Buffer.from('a') })
  await f.cloud.getTempFileURL({ fileList: [fileID, { fileID, maxAge: 60 }] })
  await f.cloud.downloadFile({ fileID })
  await f.cloud.deleteFile({ fileList: [fileID] })
  expect(storageCalls).toEqual([
    { method: 'uploadFile', args: [{ cloudPath: 'wire/a.txt', fileContent: 'Buffer' }, { onResponseReceived: 'function' }] },
    { method: 'getTempFileURL', args: [{ fileList: [fileID, { fileID, maxAge: 60 }] }] },
    { method: 'downloadFile', args: [{ fileID }] },
    // node-sdk's downloadFile asks for a 10-minute URL first; the local one keeps that step
    { method: 'getTempFileURL', args: [{ fileList: [{ fileID, maxAge: 600 }] }] },
    { method: 'deleteFile', args: [{ fileList: [fileID] }] },
  ])
})

test('each openapi call is one round trip', async () => {
  const { result, counts } = withCounts(async () => {
    await f.cloud.openapi.security.msgSecCheck({ content: '你好', version: 2, openid: 'oA', scene: 2 })
    await rejection(f.cloud.openapi.subscribeMessage.send({ touser: 'oA', templateId: 'nope', data: {} }))
  })
  await result
  expect(counts.openapi).toBe(2)
})
