// A work and WeChat's machine check of its images, when the check is slow, lost or half-done: the
// chairs are never held up, nothing is exhibited before it passed, and no verdict is lost.
import { setRoundTripLatency } from '../../../local/metrics'
import { runAs } from '../../../local/identity'
import { DEFAULT_PUSH_SETTINGS } from '../../../local/openapi/media-check'
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { cloud as sdk } from '../../lib/cloud'
import { MEDIA_CHECK_POLICY, mediaChecks } from '../../lib/media-check'
import { sealImages } from './images'
import { AREA_CHAIR, CITY, UNIT_CHAIR, WORKER, WORKER_ID } from '../../../test/fixtures/personas'
import { content, ok, png, sha256, unchanged, upload } from '../../../test/fixtures/works'

let cloud: TestCloud

beforeEach(async () => {
  if (!cloud) cloud = await startTestCloud()
  await cloud.db.clear()
  await seedDemo(cloud.db)
  cloud.openapi.mediaPush(DEFAULT_PUSH_SETTINGS)
})
afterEach(() => jest.restoreAllMocks())
afterAll(() => cloud.stop())

const submitted = async (seed: number, n = 2) => {
  const images: string[] = []
  for (let i = 0; i < n; i++) images.push(await upload(cloud, WORKER_ID, png(seed * 10 + i)))
  return ok(cloud.call('works.submit', content(images), WORKER))
}
const timer = () => cloud.raw('content', { Type: 'Timer', TriggerName: 'mediaRecheck', Time: new Date().toISOString() })
/** Time passes: every check of this work is `ms` further along. */
const age = (workId: string, ms: number) =>
  runAs({}, async () => {
    for (const c of (await mediaChecks().where({ refId: workId }).get()).data) {
      await mediaChecks()
        .doc(c._id)
        .update({ data: { dueAt: new Date(c.dueAt.getTime() - ms) } })
    }
  })
const checksOf = (workId: string) => cloud.db.dump().media_checks.filter((c) => c.refId === workId) as unknown as Array<{ state: string; traceIds: string[] }>
const pool = async () => (await ok(cloud.call('works.selectionPool', { view: 'pool' }, CITY))).items

test('the chairs review while the check waits; the city cannot select it before it passed, and can after', async () => {
  const w = await submitted(1)
  await ok(cloud.call('works.recommend', { workId: w.id }, UNIT_CHAIR))
  await ok(cloud.call('works.recommend', { workId: w.id }, AREA_CHAIR))
  expect((await pool()).map((x) => [x.id, x.check])).toEqual([[w.id, 'waiting']])
  await unchanged(cloud, async () =>
    expect(await cloud.call('works.select', { workId: w.id }, CITY)).toMatchObject({ ok: false, error: { code: 'WORK.CHECK_PENDING' } }),
  )
  expect((await ok(cloud.call('works.gallery', {}))).items).toEqual([])

  await cloud.openapi.flushMediaChecks()
  expect((await pool()).map((x) => [x.id, x.check])).toEqual([[w.id, 'passed']])
  expect(await ok(cloud.call('works.select', { workId: w.id }, CITY))).toMatchObject({ status: 'exhibited' })
  expect((await ok(cloud.call('works.gallery', {}))).items.map((x) => x.id)).toEqual([w.id])
})

test('an image found risky after the chair passed it up takes the work out of review', async () => {
  const bad = png(777)
  cloud.openapi.blockMediaHash(sha256(bad))
  const w = await ok(cloud.call('works.submit', content([await upload(cloud, WORKER_ID, png(5)), await upload(cloud, WORKER_ID, bad)]), WORKER))
  await ok(cloud.call('works.recommend', { workId: w.id }, UNIT_CHAIR))
  await cloud.openapi.flushMediaChecks()
  expect(await ok(cloud.call('works.myWork', { workId: w.id }, WORKER))).toMatchObject({
    status: 'blocked',
    reason: '第 2 张图片未通过内容安全检查，请更换后再提交',
  })
  expect(await pool()).toEqual([])
  expect((await ok(cloud.call('works.reviewQueue', { unitId: 'u-jkq' }, AREA_CHAIR))).items).toEqual([])
})

test('pushes in the 1.0 shape, with string labels, delivered three times each: passed once, one "checked" step', async () => {
  cloud.openapi.mediaPush({ shape: 1, deliveries: 3 })
  const a = await submitted(2)
  cloud.openapi.mediaPush({ shape: 'as-requested', label: 'string' })
  const b = await submitted(3)
  await cloud.openapi.flushMediaChecks()
  for (const w of [a, b]) {
    const mine = await ok(cloud.call('works.myWork', { workId: w.id }, WORKER))
    expect(mine).toMatchObject({ status: 'reviewing', check: 'passed' })
    expect(mine.steps.map((s) => s.kind)).toEqual(['submitted', 'checked'])
  }
  const doc = cloud.db.dump().works.find((x) => x._id === a.id) as unknown as { passed: number; images: Array<{ thumb?: string }> }
  expect(doc.passed).toBe(2)
  expect(doc.images.every((im) => im.thumb)).toBe(true)
})

test('pushes that never come: the timer asks again, then hands the work to a person, who sees it as such; it is never exhibited unchecked', async () => {
  cloud.openapi.mediaPush({ drop: true })
  const w = await submitted(4, 1)
  await ok(cloud.call('works.recommend', { workId: w.id }, UNIT_CHAIR))
  for (let tries = 1; tries < MEDIA_CHECK_POLICY.maxTries; tries++) {
    await cloud.openapi.flushMediaChecks()
    await age(w.id, MEDIA_CHECK_POLICY.waitMs)
    expect(await timer()).toMatchObject({ ok: true, data: { resent: 1 } })
  }
  await age(w.id, MEDIA_CHECK_POLICY.waitMs)
  expect(await timer()).toMatchObject({ ok: true, data: { handedOver: 1 } })
  expect(checksOf(w.id).map((c) => [c.state, c.traceIds.length])).toEqual([['manual', MEDIA_CHECK_POLICY.maxTries]])
  const atArea = (await ok(cloud.call('works.reviewQueue', { unitId: 'u-jkq' }, AREA_CHAIR))).items
  expect(atArea.map((x) => [x.id, x.check])).toEqual([[w.id, 'manual']])
  expect(await ok(cloud.call('works.myWork', { workId: w.id }, WORKER))).toMatchObject({ status: 'reviewing', check: 'manual' })
  await ok(cloud.call('works.recommend', { workId: w.id }, AREA_CHAIR))
  expect(await cloud.call('works.select', { workId: w.id }, CITY)).toMatchObject({ ok: false, error: { code: 'WORK.CHECK_PENDING' } })
})

test('making the sizes fails mid-way: the verdict is not lost, the timer applies it again and the work is checked', async () => {
  const w = await submitted(6, 1)
  // the storage write of the sizes fails once (an invocation that runs out of time fails the same way)
  const uploadSpy = jest.spyOn(sdk, 'uploadFile').mockRejectedValueOnce(new Error('ESOCKETTIMEDOUT'))
  await cloud.openapi.flushMediaChecks()
  expect(uploadSpy).toHaveBeenCalled()
  expect(await ok(cloud.call('works.myWork', { workId: w.id }, WORKER))).toMatchObject({ status: 'reviewing', check: 'waiting' })
  expect(checksOf(w.id).map((c) => c.state)).toEqual(['applying'])
  await age(w.id, MEDIA_CHECK_POLICY.applyStaleMs)
  expect(await timer()).toMatchObject({ ok: true, data: { reapplied: 1, failed: 0 } })
  expect(await ok(cloud.call('works.myWork', { workId: w.id }, WORKER))).toMatchObject({ status: 'reviewing', check: 'passed' })
  expect(checksOf(w.id).map((c) => c.state)).toEqual(['done'])
  const doc = cloud.db.dump().works.find((x) => x._id === w.id) as unknown as { passed: number; images: Array<{ thumb?: string; check: string }> }
  expect(doc).toMatchObject({ passed: 1, images: [{ check: 'pass', thumb: expect.stringContaining('-400.jpg') }] })
})

test('nine images are sealed at once, not one after another', async () => {
  const files: string[] = []
  for (let i = 0; i < 9; i++) files.push(await upload(cloud, WORKER_ID, png(900 + i)))
  const latency = 60
  setRoundTripLatency(latency)
  try {
    const started = performance.now()
    const { images } = await runAs({}, () =>
      sealImages(
        files.map((file) => ({ file, sealed: false, check: 'none' })),
        WORKER_ID,
        'w-nine',
      ),
    )
    const ms = performance.now() - started
    expect(images.every((im) => im.sealed)).toBe(true)
    // a download and an upload each: two round trips deep, where one after another would be eighteen
    expect(ms).toBeLessThan(6 * latency)
  } finally {
    setRoundTripLatency(0)
  }
})
