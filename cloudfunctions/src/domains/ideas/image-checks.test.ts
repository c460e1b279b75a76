// An idea's pictures and WeChat's media check when the verdict is fast, or never comes.
import { PNG } from 'pngjs'
import type { InputOf } from '../../../../types/actions/index'
import { runAs } from '../../../local/identity'
import { setRoundTripLatency } from '../../../local/metrics'
import { DEFAULT_PUSH_SETTINGS } from '../../../local/openapi/media-check'
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { MEDIA_CHECK_POLICY, mediaChecks } from '../../lib/media-check'
import { resetIndex } from './similarity/cache'

let cloud: TestCloud
const WORKER = { OPENID: 'demo-worker' }
const CHAIR = { OPENID: 'demo-unit-chair' }

const IDEA: InputOf<'ideas.submit'> = {
  type: '金点子',
  title: '空压机余热回收给职工浴室供热水',
  problem: '车间空压机运行时散发大量热量，白白浪费，职工浴室却要用电烧热水。',
  proposal: '在空压机油路上加装板式换热器，把余热用来加热浴室用水，夏天多余的热量照常排掉。',
  benefit: '每年节约电费约八万元，冬天职工洗澡有热水。',
  savingsYuan: 80000,
}

function png(seed: number): Buffer {
  const img = new PNG({ width: 4, height: 4 })
  img.data.fill(seed)
  return PNG.sync.write(img)
}

const ok = <T>(r: { ok: true; data: T } | { ok: false; error: { code: string } }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}`)
  return r.data
}

beforeEach(async () => {
  if (!cloud) cloud = await startTestCloud()
  await cloud.db.clear()
  await seedDemo(cloud.db)
  resetIndex()
  cloud.openapi.mediaPush(DEFAULT_PUSH_SETTINGS)
})
afterAll(() => cloud.stop())

test('a verdict that comes right away finds the idea: it is written before its pictures are sent', async () => {
  const images = [
    await cloud.storage.putFromClient('ideas/user-demo-worker/fast-a.png', png(1)),
    await cloud.storage.putFromClient('ideas/user-demo-worker/fast-b.png', png(2)),
  ]
  // Every round trip costs 30 ms and WeChat answers 45 ms after each request: sooner than the rest of
  // a submission takes, as a fast verdict would.
  const latency = 30
  setRoundTripLatency(latency)
  cloud.openapi.mediaPush({ delayMs: latency * 1.5 })
  let id: string
  try {
    id = ok(await cloud.call('ideas.submit', { ...IDEA, images }, WORKER)).id
    await cloud.openapi.flushMediaChecks()
  } finally {
    setRoundTripLatency(0)
  }
  expect(ok(await cloud.call('ideas.myDetail', { ideaId: id }, WORKER)).images.map((i) => i.check)).toEqual(['pass', 'pass'])
  expect(ok(await cloud.call('ideas.reviewDetail', { ideaId: id }, CHAIR))).toMatchObject({
    imagesChecking: 0,
    imageUrls: [expect.any(String), expect.any(String)],
  })
})

test('a verdict that never comes: asked again, then handed to a person; the picture stays hidden, the chair decides meanwhile', async () => {
  cloud.openapi.mediaPush({ drop: true })
  const image = await cloud.storage.putFromClient('ideas/user-demo-worker/lost.png', png(3))
  const id = ok(await cloud.call('ideas.submit', { ...IDEA, images: [image] }, WORKER)).id
  const age = () =>
    runAs({}, async () => {
      for (const c of (await mediaChecks().where({ refId: id }).get()).data)
        await mediaChecks()
          .doc(c._id)
          .update({ data: { dueAt: new Date(c.dueAt.getTime() - MEDIA_CHECK_POLICY.waitMs) } })
    })
  const timer = () => cloud.raw('content', { Type: 'Timer', TriggerName: 'mediaRecheck', Time: new Date().toISOString() })
  for (let tries = 1; tries < MEDIA_CHECK_POLICY.maxTries; tries++) {
    await age()
    expect(await timer()).toMatchObject({ ok: true, data: { resent: 1 } })
  }
  await age()
  expect(await timer()).toMatchObject({ ok: true, data: { handedOver: 1 } })
  expect(ok(await cloud.call('ideas.myDetail', { ideaId: id }, WORKER)).images.map((i) => i.check)).toEqual(['manual'])
  expect(ok(await cloud.call('ideas.reviewDetail', { ideaId: id }, CHAIR))).toMatchObject({ imageUrls: [], imagesChecking: 1 })
  expect(ok(await cloud.call('ideas.decide', { ideaId: id, decision: 'forward' }, CHAIR))).toMatchObject({ status: 'forwarded' })
})
