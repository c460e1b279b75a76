// The local cloud answers everything itself: running functions, storage and openapi through the real
// SDK opens no connection to any outside host (the SDK would otherwise reach for Tencent Cloud's
// metadata service and WeChat's servers).
import net from 'node:net'
import { seedDemo } from '../../cloudfunctions/local/seed/demo'
import { startTestCloud, type TestCloud } from '../../cloudfunctions/local/testing'

const outbound: string[] = []
const realConnect = net.Socket.prototype.connect

beforeAll(() => {
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    // Node passes either (options, cb), (port, host, cb) or its normalized [options, cb] array.
    const raw = Array.isArray(args[0]) ? (args[0] as unknown[])[0] : args[0]
    const first = raw as { host?: string; path?: string } | number
    const host = typeof first === 'object' && first ? (first.host ?? first.path ?? 'localhost') : String(args[1] ?? 'localhost')
    if (!/^(127\.|::1|localhost)/.test(host)) outbound.push(host)
    return (realConnect as (...a: unknown[]) => net.Socket).apply(this, args)
  } as typeof net.Socket.prototype.connect
})
afterAll(() => {
  net.Socket.prototype.connect = realConnect
})

let cloud: TestCloud
beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemo(cloud.db)
})
afterAll(() => cloud.stop())

test('functions, storage and openapi run without leaving the machine', async () => {
  expect((await cloud.call('campaign.home', {}, { OPENID: 'o-1' })).ok).toBe(true)
  // eslint-disable-next-line @typescript-eslint/no-var-requires -- untyped on purpose: the SDK's typings declare its callback-style results as void
  const sdk = require('wx-server-sdk')
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
  const { fileID } = await sdk.uploadFile({ cloudPath: 'probe/a.txt', fileContent: Buffer.from('x') })
  await sdk.getTempFileURL({ fileList: [fileID] })
  await sdk.deleteFile({ fileList: [fileID] })
  await sdk.openapi.security.msgSecCheck({ openid: 'o-1', scene: 2, version: 2, content: '劳动竞赛报名开始了' })
  await new Promise((r) => setTimeout(r, 300))
  expect(outbound).toEqual([])
})
