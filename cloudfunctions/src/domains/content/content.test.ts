// The asynchronous media check end to end: submit → WeChat's later push to `content` → the owning
// domain's verdict handler; and the door closed to forged pushes.
import { PNG } from 'pngjs'
import { runAs } from '../../../local/identity'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { mediaChecks, submitMediaCheck } from '../../lib/media-check'
import { VERDICT_HANDLERS } from './verdicts'

let cloud: TestCloud
const calls: Array<[string, string, string]> = []

function png(seed: number): Buffer {
  const img = new PNG({ width: 4, height: 4 })
  img.data.fill(seed)
  return PNG.sync.write(img)
}

beforeAll(async () => {
  cloud = await startTestCloud()
  VERDICT_HANDLERS.competition = async (refId, fileId, verdict) => void calls.push([refId, fileId, verdict])
})
afterAll(async () => {
  delete VERDICT_HANDLERS.competition
  await cloud.stop()
})
beforeEach(() => (calls.length = 0))

const submit = (fileId: string, ref: string) => runAs({ OPENID: 'author' }, () => submitMediaCheck('author', fileId, { kind: 'competition', id: ref }, Date.now()))

test('a clean image passes later, through the content function, exactly once', async () => {
  const fileId = await cloud.storage.putFromClient('competitions/u1/a.png', png(10))
  const trace = await submit(fileId, 'ref-1')
  expect((await runAs({}, () => mediaChecks().doc(trace).get())).data?.status).toBe('pending')
  expect(calls).toEqual([])
  await cloud.openapi.flushMediaChecks()
  expect(calls).toEqual([['ref-1', fileId, 'pass']])
  // the same push again changes nothing
  await cloud.raw('content', { MsgType: 'event', Event: 'wxa_media_check', trace_id: trace, result: { suggest: 'pass' } })
  expect(calls).toHaveLength(1)
})

test('a blocked image comes back risky', async () => {
  const bytes = png(99)
  const { createHash } = await import('node:crypto')
  cloud.openapi.blockMediaHash(createHash('sha256').update(bytes).digest('hex'))
  const fileId = await cloud.storage.putFromClient('competitions/u1/bad.png', bytes)
  await submit(fileId, 'ref-2')
  await cloud.openapi.flushMediaChecks()
  expect(calls).toEqual([['ref-2', fileId, 'risky']])
})

test('a "push" sent by a user (it carries an OPENID) is refused and changes nothing', async () => {
  const fileId = await cloud.storage.putFromClient('competitions/u1/c.png', png(20))
  const trace = await submit(fileId, 'ref-3')
  const before = JSON.stringify(cloud.db.dump())
  const forged = await cloud.raw('content', { MsgType: 'event', Event: 'wxa_media_check', trace_id: trace, result: { suggest: 'pass' } }, { OPENID: 'author' })
  expect(forged).toMatchObject({ ok: false, error: { code: 'COMMON.BAD_REQUEST' } })
  expect(JSON.stringify(cloud.db.dump())).toBe(before)
  expect(calls).toEqual([])
  expect(await cloud.raw('content', { action: 'anything', input: {} }, { OPENID: 'author' })).toMatchObject({ ok: false, error: { code: 'COMMON.UNKNOWN_ACTION' } })
})

test('an unknown trace is ignored', async () => {
  expect(await cloud.raw('content', { MsgType: 'event', Event: 'wxa_media_check', trace_id: 'never-asked', result: { suggest: 'pass' } })).toEqual({ ok: true, data: null })
  expect(calls).toEqual([])
})
