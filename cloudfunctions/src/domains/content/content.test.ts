// The asynchronous media check end to end: a request recorded before WeChat is asked → WeChat's later
// push to `content` (as WeChat delivers it: with an OPENID, in either shape, repeated, or never) → the
// owning domain, applied once and marked done after; and the timer that leaves nothing waiting.
import crypto from 'node:crypto'
import { PNG } from 'pngjs'
import { runAs } from '../../../local/identity'
import { DEFAULT_PUSH_SETTINGS } from '../../../local/openapi/media-check'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { settleMediaChecks } from '../../../test/db-fixtures'
import { MEDIA_CHECK_POLICY, checkId, mediaChecks, recordChecks, sendChecks, type MediaCheckDoc, type MediaVerdict } from '../../lib/media-check'
import { MEDIA_OWNERS, type MediaOwner } from './verdicts'

let cloud: TestCloud
const applied: Array<[string, string, MediaVerdict]> = []
const handedOver: Array<[string, string]> = []
let failNextApply = 0
let realOwner: MediaOwner | undefined

function png(seed: number): Buffer {
  const img = new PNG({ width: 4, height: 4 })
  img.data.fill(seed)
  return PNG.sync.write(img)
}

beforeAll(async () => {
  cloud = await startTestCloud()
  // A recording owner stands in for the competition domain here; the domains' own suites test theirs.
  realOwner = MEDIA_OWNERS.competition
  MEDIA_OWNERS.competition = {
    apply: async (refId, fileId, verdict) => {
      if (failNextApply > 0) {
        failNextApply--
        throw new Error('the work this verdict triggers failed half-way')
      }
      applied.push([refId, fileId, verdict])
    },
    handOver: async (refId, fileId) => void handedOver.push([refId, fileId]),
  }
})
afterAll(async () => {
  MEDIA_OWNERS.competition = realOwner
  await cloud.stop()
})
// Each test starts with nothing outstanding: checks a test left waiting would be due in the next one.
afterEach(settleMediaChecks)
beforeEach(() => {
  applied.length = 0
  handedOver.length = 0
  failNextApply = 0
  cloud.openapi.mediaPush(DEFAULT_PUSH_SETTINGS)
})

const AUTHOR = 'author-openid'
/** What a domain does: record the check, write its record (none here), send the check. */
const request = (fileId: string, ref: string) =>
  runAs({ OPENID: AUTHOR }, async () => sendChecks(await recordChecks(AUTHOR, { kind: 'competition', id: ref }, [fileId], Date.now()), Date.now()))
const checkOf = async (fileId: string, ref: string): Promise<MediaCheckDoc> =>
  (
    await runAs({}, () =>
      mediaChecks()
        .doc(checkId('competition', ref, fileId))
        .get(),
    )
  ).data!
const timer = (extra: Record<string, unknown> = {}) =>
  cloud.raw('content', { Type: 'Timer', TriggerName: 'mediaRecheck', Time: new Date().toISOString(), ...extra })
/** Time passes for a check: what was due in `ms` is due now. */
const age = (fileId: string, ref: string, ms: number) =>
  runAs({}, async () => {
    const c = (
      await mediaChecks()
        .doc(checkId('competition', ref, fileId))
        .get()
    ).data!
    await mediaChecks()
      .doc(c._id)
      .update({ data: { dueAt: new Date(c.dueAt.getTime() - ms) } })
  })
const pushFor = (traceId: string, extra: Record<string, unknown> = {}) => ({
  ToUserName: 'gh_0123456789ab',
  FromUserName: AUTHOR,
  CreateTime: Math.floor(Date.now() / 1000),
  MsgType: 'event',
  Event: 'wxa_media_check',
  appid: 'wx0000000000local',
  trace_id: traceId,
  version: 2,
  detail: [{ strategy: 'content_model', errcode: 0, suggest: 'pass', label: 100, prob: 90 }],
  errcode: 0,
  errmsg: 'ok',
  result: { suggest: 'pass', label: 100 },
  ...extra,
})

test('a clean image: the push (carrying the FromUserName as OPENID) is applied once, then the check is done', async () => {
  const fileId = await cloud.storage.putFromClient('competitions/u1/a.png', png(10))
  await request(fileId, 'ref-1')
  expect(await checkOf(fileId, 'ref-1')).toMatchObject({ state: 'waiting', sends: 1, traceIds: [expect.any(String)] })
  expect(applied).toEqual([])
  await cloud.openapi.flushMediaChecks()
  expect(applied).toEqual([['ref-1', fileId, 'pass']])
  expect(await checkOf(fileId, 'ref-1')).toMatchObject({ state: 'done', verdict: 'pass', label: 100 })
})

test('a repeated push changes nothing the second time (nor the third)', async () => {
  cloud.openapi.mediaPush({ deliveries: 3 })
  const fileId = await cloud.storage.putFromClient('competitions/u1/rep.png', png(11))
  await request(fileId, 'ref-rep')
  await cloud.openapi.flushMediaChecks()
  expect(applied).toEqual([['ref-rep', fileId, 'pass']])
  const [trace] = (await checkOf(fileId, 'ref-rep')).traceIds
  // even one that now says otherwise: the first verdict stands
  expect(await cloud.raw('content', pushFor(trace, { result: { suggest: 'risky', label: 20002 } }), { OPENID: AUTHOR })).toEqual({
    ok: true,
    data: { outcome: 'repeat' },
  })
  expect(applied).toHaveLength(1)
})

test('a forged push (no trace_id this app recorded) is a no-op with a clear outcome, OPENID or not', async () => {
  const fileId = await cloud.storage.putFromClient('competitions/u1/c.png', png(20))
  await request(fileId, 'ref-3')
  const before = JSON.stringify(cloud.db.dump())
  for (const who of [{ OPENID: AUTHOR }, {}]) {
    const forged = await cloud.raw('content', pushFor(`${Math.floor(Date.now() / 1000).toString(16)}-deadbeef-deadbeef`), who)
    expect(forged).toEqual({ ok: true, data: { outcome: 'ignored', reason: 'unknown trace_id' } })
  }
  expect(await cloud.raw('content', pushFor(''), { OPENID: AUTHOR })).toEqual({ ok: true, data: { outcome: 'ignored', reason: 'no trace_id' } })
  expect(JSON.stringify(cloud.db.dump())).toBe(before)
  expect(applied).toEqual([])
  // and nobody calls it as an action
  expect(await cloud.raw('content', { action: 'anything', input: {} }, { OPENID: AUTHOR })).toMatchObject({
    ok: false,
    error: { code: 'COMMON.UNKNOWN_ACTION' },
  })
  expect(await cloud.raw('content', { ...pushFor('x'), action: 'anything' }, { OPENID: AUTHOR })).toMatchObject({ ok: false })
})

test('the 1.0 shape (isrisky, status_code) is understood: pass, risky, and "could not check" asked again', async () => {
  cloud.openapi.mediaPush({ shape: 1 })
  const clean = await cloud.storage.putFromClient('competitions/u1/old-ok.png', png(30))
  const badBytes = png(31)
  cloud.openapi.blockMediaHash(crypto.createHash('sha256').update(badBytes).digest('hex'))
  const bad = await cloud.storage.putFromClient('competitions/u1/old-bad.png', badBytes)
  await request(clean, 'ref-v1')
  await request(bad, 'ref-v1')
  await cloud.openapi.flushMediaChecks()
  expect(applied.sort()).toEqual(
    [
      ['ref-v1', bad, 'risky'],
      ['ref-v1', clean, 'pass'],
    ].sort(),
  )

  // status_code ≠ 0: the image was not checked (4294966288 = -1008, cannot download), whatever isrisky says
  const later = await cloud.storage.putFromClient('competitions/u1/old-later.png', png(32))
  cloud.openapi.mediaPush({ drop: true })
  await request(later, 'ref-v1b')
  const [trace] = (await checkOf(later, 'ref-v1b')).traceIds
  const v1 = {
    ToUserName: 'gh_0123456789ab',
    FromUserName: AUTHOR,
    CreateTime: 1,
    MsgType: 'event',
    Event: 'wxa_media_check',
    isrisky: 0,
    extra_info_json: '',
    appid: 'wx0000000000local',
    trace_id: trace,
    status_code: 4294966288,
  }
  expect(await cloud.raw('content', v1, { OPENID: AUTHOR })).toEqual({ ok: true, data: { outcome: 'not-checked', code: 4294966288 } })
  expect(await checkOf(later, 'ref-v1b')).toMatchObject({ state: 'waiting', pushFailures: 1 })
  expect(applied).toHaveLength(2)
  // due at once: the timer asks again (a new trace), and that push, in the 1.0 shape, settles it
  cloud.openapi.mediaPush({ drop: false })
  expect(await timer()).toMatchObject({ ok: true, data: { resent: 1 } })
  await cloud.openapi.flushMediaChecks()
  expect(applied).toContainEqual(['ref-v1b', later, 'pass'])
  expect((await checkOf(later, 'ref-v1b')).traceIds).toHaveLength(2)
})

test('a string label, and a 2.0 push saying the check could not be made (errcode, empty detail)', async () => {
  cloud.openapi.mediaPush({ label: 'string' })
  const bytes = png(40)
  cloud.openapi.blockMediaHash(crypto.createHash('sha256').update(bytes).digest('hex'))
  const fileId = await cloud.storage.putFromClient('competitions/u1/str.png', bytes)
  await request(fileId, 'ref-str')
  await cloud.openapi.flushMediaChecks()
  expect(applied).toEqual([['ref-str', fileId, 'risky']])
  expect(await checkOf(fileId, 'ref-str')).toMatchObject({ state: 'done', verdict: 'risky', label: 21000 })

  const other = await cloud.storage.putFromClient('competitions/u1/perm.png', png(41))
  cloud.openapi.mediaPush({ drop: true })
  await request(other, 'ref-perm')
  const [trace] = (await checkOf(other, 'ref-perm')).traceIds
  const noPermission = pushFor(trace, { detail: [], errcode: 43104, errmsg: 'this appid does not have permission', result: undefined })
  expect(await cloud.raw('content', noPermission, { OPENID: AUTHOR })).toEqual({ ok: true, data: { outcome: 'not-checked', code: 43104 } })
  expect(applied).toHaveLength(1)
})

test('a push that never comes: the timer asks again with a new trace, then hands it to a person; a late verdict still settles it', async () => {
  cloud.openapi.mediaPush({ drop: true })
  const fileId = await cloud.storage.putFromClient('competitions/u1/lost.png', png(50))
  await request(fileId, 'ref-lost')
  await cloud.openapi.flushMediaChecks()
  expect(applied).toEqual([])
  // not yet overdue: nothing to do
  expect(await timer()).toEqual({ ok: true, data: { resent: 0, notSent: 0, reapplied: 0, handedOver: 0, failed: 0, exportsDeleted: 0 } })
  for (let tries = 2; tries <= MEDIA_CHECK_POLICY.maxTries; tries++) {
    await age(fileId, 'ref-lost', MEDIA_CHECK_POLICY.waitMs)
    expect(await timer()).toMatchObject({ ok: true, data: { resent: 1 } })
    await cloud.openapi.flushMediaChecks()
    const c = await checkOf(fileId, 'ref-lost')
    expect(c).toMatchObject({ state: 'waiting', sends: tries })
    expect(new Set(c.traceIds).size).toBe(tries)
  }
  await age(fileId, 'ref-lost', MEDIA_CHECK_POLICY.waitMs)
  expect(await timer()).toMatchObject({ ok: true, data: { resent: 0, handedOver: 1 } })
  expect(handedOver).toEqual([['ref-lost', fileId]])
  expect(await checkOf(fileId, 'ref-lost')).toMatchObject({ state: 'manual' })
  // handed over: the timer leaves it alone
  await age(fileId, 'ref-lost', MEDIA_CHECK_POLICY.waitMs)
  expect(await timer()).toMatchObject({ ok: true, data: { resent: 0, handedOver: 0 } })
  // the first trace's push arrives after all: it settles the check
  const [first] = (await checkOf(fileId, 'ref-lost')).traceIds
  expect(await cloud.raw('content', pushFor(first), { OPENID: AUTHOR })).toEqual({ ok: true, data: { outcome: 'applied', verdict: 'pass' } })
  expect(applied).toEqual([['ref-lost', fileId, 'pass']])
})

test('a check that failed to send (no file to link to yet) is sent by the timer', async () => {
  const present = await cloud.storage.putFromClient('competitions/u1/present.png', png(60))
  const missing = present.replace('present.png', 'later.png')
  await request(missing, 'ref-unsent')
  expect(await checkOf(missing, 'ref-unsent')).toMatchObject({ state: 'waiting', sends: 0, sendFailures: 1, traceIds: [] })
  expect(await timer()).toMatchObject({ ok: true, data: { resent: 0, notSent: 1 } })
  expect(await cloud.storage.putFromClient('competitions/u1/later.png', png(61))).toBe(missing)
  expect(await timer()).toMatchObject({ ok: true, data: { resent: 1 } })
  await cloud.openapi.flushMediaChecks()
  expect(applied).toEqual([['ref-unsent', missing, 'pass']])
})

test('an invocation that ends after recording a check and before sending it: the timer sends it after a minute', async () => {
  const fileId = await cloud.storage.putFromClient('competitions/u1/cut.png', png(63))
  await runAs({ OPENID: AUTHOR }, () => recordChecks(AUTHOR, { kind: 'competition', id: 'ref-cut' }, [fileId], Date.now()))
  // its record may still be being written: not yet
  expect(await timer()).toMatchObject({ ok: true, data: { resent: 0, notSent: 0 } })
  await age(fileId, 'ref-cut', 60_000)
  expect(await timer()).toMatchObject({ ok: true, data: { resent: 1 } })
  await cloud.openapi.flushMediaChecks()
  expect(applied).toEqual([['ref-cut', fileId, 'pass']])
})

test('a check that can never be sent is tried at each timer run, then handed to a person', async () => {
  const present = await cloud.storage.putFromClient('competitions/u1/here.png', png(62))
  const missing = present.replace('here.png', 'never.png')
  await request(missing, 'ref-never')
  for (let run = 2; run <= MEDIA_CHECK_POLICY.maxSendFailures; run++) expect(await timer()).toMatchObject({ ok: true, data: { notSent: 1, handedOver: 0 } })
  expect(await checkOf(missing, 'ref-never')).toMatchObject({ state: 'waiting', sendFailures: MEDIA_CHECK_POLICY.maxSendFailures })
  expect(await timer()).toMatchObject({ ok: true, data: { notSent: 0, handedOver: 1 } })
  expect(handedOver).toEqual([['ref-never', missing]])
})

test('a verdict whose work fails half-way is not lost: not marked done, a repeat leaves it to the first, the timer applies it again', async () => {
  failNextApply = 1
  const fileId = await cloud.storage.putFromClient('competitions/u1/half.png', png(70))
  await request(fileId, 'ref-half')
  const [trace] = (await checkOf(fileId, 'ref-half')).traceIds
  const res = await cloud.raw('content', pushFor(trace), { OPENID: AUTHOR })
  expect(res).toMatchObject({ ok: false, error: { code: 'COMMON.INTERNAL' } })
  expect(await checkOf(fileId, 'ref-half')).toMatchObject({ state: 'applying', verdict: 'pass', applies: 1 })
  // a repeat while the first may still be at work does not start it twice
  expect(await cloud.raw('content', pushFor(trace), { OPENID: AUTHOR })).toEqual({ ok: true, data: { outcome: 'repeat' } })
  expect(await timer()).toMatchObject({ ok: true, data: { reapplied: 0 } })
  await age(fileId, 'ref-half', MEDIA_CHECK_POLICY.applyStaleMs)
  expect(await timer()).toMatchObject({ ok: true, data: { reapplied: 1 } })
  expect(applied).toEqual([['ref-half', fileId, 'pass']])
  expect(await checkOf(fileId, 'ref-half')).toMatchObject({ state: 'done', applies: 2 })
})

test('the timer event: only as the platform sends it (no user), by its declared name; "timer" in either case', async () => {
  expect(await timer()).toMatchObject({ ok: true })
  expect(await cloud.raw('content', { Type: 'timer', TriggerName: 'mediaRecheck', Time: new Date().toISOString() })).toMatchObject({ ok: true })
  expect(await cloud.raw('content', { Type: 'Timer', TriggerName: 'mediaRecheck', Time: '' }, { OPENID: AUTHOR })).toMatchObject({
    ok: false,
    error: { code: 'COMMON.BAD_REQUEST' },
  })
  expect(await cloud.raw('content', { Type: 'Timer', TriggerName: 'other', Time: '' })).toMatchObject({ ok: false, error: { code: 'COMMON.UNKNOWN_ACTION' } })
})
