// Selection up the tree (R5): the unit chair recommends or rejects, higher chairs pass works up, the
// city union selects at most 100 into the exhibition and can withdraw; the author sees every step.
import { subscribeTemplates } from '../../../../types/subscribe-templates'
import { DEMO_CAMPAIGN_ID, seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { AREA_CHAIR, as, CITY, OTHER_WORKER, UNIT_CHAIR, WORKER } from '../../../test/fixtures/personas'
import { atCity, ok, reviewingWork, unchanged } from '../../../test/fixtures/works'

let cloud: TestCloud

beforeEach(async () => {
  if (!cloud) cloud = await startTestCloud()
  await cloud.db.clear()
  await seedDemo(cloud.db)
})
afterAll(() => cloud.stop())

const campaign = () => cloud.db.dump().campaigns.find((c) => c._id === DEMO_CAMPAIGN_ID) as unknown as { counts: Record<string, number> }
const setExhibited = (n: number) =>
  cloud.db.handle('database.modifyDocument', {
    collectionName: 'campaigns',
    queryType: 'DOC',
    query: JSON.stringify({ _id: DEMO_CAMPAIGN_ID }),
    data: JSON.stringify({ $set: { 'counts.works': n } }),
    merge: true,
  })
/** Messages sent since `from` (the outbox outlives the database between tests). */
const sentSince = async (from: number) => (await cloud.openapi.outbox()).slice(from)
const myWork = (id: string) => ok(cloud.call('works.myWork', { workId: id }, WORKER))
const gallery = async () => (await ok(cloud.call('works.gallery', {}))).items.map((w) => w.id)

test('the way up: unit chair 选送, area chair 报送, the city selects; the author sees each step and is told', async () => {
  cloud.openapi.recordSubscription('demo-worker', subscribeTemplates.workReviewResult.id)
  const outbox = (await cloud.openapi.outbox()).length
  const w = await reviewingWork(cloud)

  expect(await ok(cloud.call('works.recommend', { workId: w.id }, UNIT_CHAIR))).toMatchObject({
    status: 'reviewing',
    stage: { unit: { id: 'u-jkq', name: '经开区工会' }, passes: 1 },
  })
  expect((await ok(cloud.call('works.reviewQueue', { unitId: 'u-jkq-jixie' }, UNIT_CHAIR))).items).toEqual([])
  expect((await ok(cloud.call('works.reviewQueue', { unitId: 'u-jkq' }, AREA_CHAIR))).items.map((x) => x.id)).toEqual([w.id])
  // once sent up it is the area union's to decide, not the unit chair's
  await unchanged(cloud, async () => {
    expect(await cloud.call('works.recommend', { workId: w.id }, UNIT_CHAIR)).toMatchObject({ ok: false, error: { code: 'WORK.NOT_YOUR_STAGE' } })
    expect(await cloud.call('works.reject', { workId: w.id, reason: '不合适' }, UNIT_CHAIR)).toMatchObject({
      ok: false,
      error: { code: 'WORK.NOT_YOUR_STAGE' },
    })
  })

  expect(await ok(cloud.call('works.recommend', { workId: w.id }, AREA_CHAIR))).toMatchObject({ stage: { unit: { id: 'u-city' }, passes: 2 } })
  // at the top the choice is to select or not
  await unchanged(cloud, async () =>
    expect(await cloud.call('works.recommend', { workId: w.id }, CITY)).toMatchObject({ ok: false, error: { code: 'WORK.AT_CITY' } }),
  )
  expect((await ok(cloud.call('works.selectionPool', {}, CITY))).items.map((x) => x.id)).toEqual([w.id])

  expect(await gallery()).toEqual([])
  expect(await ok(cloud.call('works.select', { workId: w.id }, CITY))).toMatchObject({ status: 'exhibited', stage: null })
  expect(await gallery()).toEqual([w.id])
  expect(campaign().counts.works).toBe(1)
  // campaign home: works exhibited toward 100
  const home = await ok(cloud.call('campaign.home', {}))
  expect(home.targets.find((t) => t.key === 'works')).toMatchObject({ count: 1, goal: 100 })
  expect(home.stats.worksSubmitted).toBe(1)

  const mine = await myWork(w.id)
  expect(mine.status).toBe('exhibited')
  expect(mine.steps.map((s) => [s.kind, s.unit?.name ?? null])).toEqual([
    ['submitted', '华中机械制造有限公司工会'],
    ['checked', null],
    ['recommended', '华中机械制造有限公司工会'],
    ['recommended', '经开区工会'],
    ['exhibited', '市总工会'],
  ])
  expect((await sentSince(outbox)).map((m) => m.data.phrase2)).toEqual(['已入展'])
})

test('the city may select straight from what a unit sent up, but not what no unit recommended; no subscription, no message, no failure', async () => {
  const outbox = (await cloud.openapi.outbox()).length
  const w = await reviewingWork(cloud)
  await unchanged(cloud, async () =>
    expect(await cloud.call('works.select', { workId: w.id }, CITY)).toMatchObject({ ok: false, error: { code: 'WORK.NOT_RECOMMENDED' } }),
  )
  expect((await ok(cloud.call('works.selectionPool', {}, CITY))).items).toEqual([])
  await ok(cloud.call('works.recommend', { workId: w.id }, UNIT_CHAIR))
  const pool = await ok(cloud.call('works.selectionPool', {}, CITY))
  expect(pool).toMatchObject({ exhibitedCount: 0, capacity: 100 })
  expect(pool.items.map((x) => [x.id, x.stage.unit.name])).toEqual([[w.id, '经开区工会']])
  expect(await ok(cloud.call('works.select', { workId: w.id }, CITY))).toMatchObject({ status: 'exhibited' })
  // the author never accepted a subscription: WeChat refuses the send (43101), the selection stands
  expect(await sentSince(outbox)).toEqual([])
})

test('a rejection needs a reason, which the author reads; a rejected work can be edited and sent again', async () => {
  cloud.openapi.recordSubscription('demo-worker', subscribeTemplates.workReviewResult.id)
  const outbox = (await cloud.openapi.outbox()).length
  const w = await reviewingWork(cloud)
  await unchanged(cloud, async () => {
    expect(await cloud.call('works.reject', { workId: w.id, reason: '' }, UNIT_CHAIR)).toMatchObject({ ok: false, error: { code: 'COMMON.VALIDATION' } })
    expect(await cloud.raw('works', { action: 'works.reject', input: { workId: w.id } }, UNIT_CHAIR)).toMatchObject({
      ok: false,
      error: { code: 'COMMON.VALIDATION' },
    })
  })
  expect(await ok(cloud.call('works.reject', { workId: w.id, reason: '照片太暗，看不清作品细节' }, UNIT_CHAIR))).toMatchObject({
    status: 'rejected',
    stage: null,
  })
  const mine = await myWork(w.id)
  expect(mine).toMatchObject({ status: 'rejected', reason: '照片太暗，看不清作品细节' })
  expect(mine.steps.at(-1)).toMatchObject({ kind: 'rejected', unit: { name: '华中机械制造有限公司工会' }, reason: '照片太暗，看不清作品细节' })
  expect((await sentSince(outbox)).map((m) => [m.data.phrase2, m.data.thing3])).toEqual([['未通过', '照片太暗，看不清作品细节']])
  // decided: no second decision, no selection
  await unchanged(cloud, async () => {
    expect(await cloud.call('works.recommend', { workId: w.id }, UNIT_CHAIR)).toMatchObject({ ok: false, error: { code: 'WORK.BAD_STATE' } })
    expect(await cloud.call('works.select', { workId: w.id }, CITY)).toMatchObject({ ok: false, error: { code: 'WORK.BAD_STATE' } })
  })
  // the author edits and sends it again: back at their unit
  const images = mine.images.map((i) => i.fileId)
  await ok(cloud.call('works.submit', { workId: w.id, category: '书法', title: mine.title, description: '换了一张更亮的照片，请再看看。', images }, WORKER))
  await cloud.openapi.flushMediaChecks()
  expect(await myWork(w.id)).toMatchObject({ status: 'reviewing', reason: '', stage: { unit: { id: 'u-jkq-jixie' }, passes: 0 } })
})

test('a chair acts only inside their scope, never on their own work; workers do not review', async () => {
  const w = await reviewingWork(cloud)
  // a chair of another unit: granted on 市人民医院 by the city union
  await ok(cloud.call('org.grantRole', { userId: 'user-demo-worker-2', role: 'unit_chair', unitId: 'u-health-renmin' }, CITY))
  await unchanged(cloud, async () => {
    expect(await cloud.call('works.recommend', { workId: w.id }, OTHER_WORKER)).toMatchObject({ ok: false, error: { code: 'AUTH.OUT_OF_SCOPE' } })
    expect(await cloud.call('works.reject', { workId: w.id, reason: '不合适' }, OTHER_WORKER)).toMatchObject({
      ok: false,
      error: { code: 'AUTH.OUT_OF_SCOPE' },
    })
    expect(await cloud.call('works.reviewQueue', { unitId: 'u-jkq-jixie' }, OTHER_WORKER)).toMatchObject({ ok: false, error: { code: 'AUTH.OUT_OF_SCOPE' } })
    expect(await cloud.call('works.recommend', { workId: w.id }, WORKER)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    expect(await cloud.call('works.select', { workId: w.id }, AREA_CHAIR)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    expect(await cloud.call('works.selectionPool', {}, UNIT_CHAIR)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
  })

  // the unit chair's own work waits for someone else: the area chair steps in
  const own = await reviewingWork(cloud, UNIT_CHAIR, 'user-demo-unit-chair', 40)
  await unchanged(cloud, async () =>
    expect(await cloud.call('works.recommend', { workId: own.id }, UNIT_CHAIR)).toMatchObject({ ok: false, error: { code: 'WORK.OWN_WORK' } }),
  )
  expect(await ok(cloud.call('works.recommend', { workId: own.id }, AREA_CHAIR))).toMatchObject({ stage: { unit: { id: 'u-jkq' } } })
})

test('two chairs deciding the same work at once: one decision lands', async () => {
  const w = await reviewingWork(cloud)
  const [a, b] = await Promise.all([
    cloud.call('works.recommend', { workId: w.id }, UNIT_CHAIR),
    cloud.call('works.reject', { workId: w.id, reason: '同一单位已选送类似作品' }, AREA_CHAIR),
  ])
  expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1)
  const loser = a.ok ? b : a
  expect(loser).toMatchObject({ ok: false })
  const mine = await myWork(w.id)
  expect(mine.steps.filter((s) => s.kind === 'recommended' || s.kind === 'rejected')).toHaveLength(1)
})

describe('the exhibition holds 100', () => {
  test('at 99, two selections at once: one gets the last place, the other is told it is full', async () => {
    const x = await atCity(cloud, 1)
    const y = await atCity(cloud, 3)
    await setExhibited(99)
    const both = await Promise.all([cloud.call('works.select', { workId: x }, CITY), cloud.call('works.select', { workId: y }, CITY)])
    expect(both.filter((r) => r.ok)).toHaveLength(1)
    expect(both.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'WORK.EXHIBITION_FULL' } })
    expect(campaign().counts.works).toBe(100)
    expect(cloud.db.dump().works.filter((w) => w.status === 'exhibited')).toHaveLength(1)
  })

  test('the 101st is refused and nothing is written; withdrawing one frees its place', async () => {
    const x = await atCity(cloud, 1)
    const y = await atCity(cloud, 3)
    await setExhibited(99)
    await ok(cloud.call('works.select', { workId: x }, CITY))
    await unchanged(cloud, async () =>
      expect(await cloud.call('works.select', { workId: y }, CITY)).toMatchObject({ ok: false, error: { code: 'WORK.EXHIBITION_FULL' } }),
    )

    expect(await ok(cloud.call('works.withdrawSelection', { workId: x, reason: '作者申请撤展' }, CITY))).toMatchObject({
      status: 'reviewing',
      stage: { unit: { id: 'u-city' } },
    })
    expect(campaign().counts.works).toBe(99)
    expect(await gallery()).toEqual([])
    // back in the pool, not lost
    expect((await ok(cloud.call('works.selectionPool', {}, CITY))).items.map((w) => w.id).sort()).toEqual([x, y].sort())
    expect((await myWork(x)).steps.at(-1)).toMatchObject({ kind: 'withdrawn', reason: '作者申请撤展' })
    await unchanged(cloud, async () =>
      expect(await cloud.call('works.withdrawSelection', { workId: x }, CITY)).toMatchObject({ ok: false, error: { code: 'WORK.BAD_STATE' } }),
    )

    expect(await ok(cloud.call('works.select', { workId: y }, CITY))).toMatchObject({ status: 'exhibited' })
    expect(campaign().counts.works).toBe(100)
    const shown = await ok(cloud.call('works.selectionPool', { view: 'exhibited' }, CITY))
    expect(shown).toMatchObject({ exhibitedCount: 100, capacity: 100 })
    expect(shown.items.map((w) => w.id)).toEqual([y])
  })
})

test('an unknown work, or a caller without a profile, is refused and nothing is written', async () => {
  await unchanged(cloud, async () => {
    expect(await cloud.call('works.recommend', { workId: 'no-such-work' }, UNIT_CHAIR)).toMatchObject({ ok: false, error: { code: 'COMMON.NOT_FOUND' } })
    expect(await cloud.call('works.select', { workId: 'no-such-work' }, CITY)).toMatchObject({ ok: false, error: { code: 'COMMON.NOT_FOUND' } })
    expect(await cloud.call('works.reviewQueue', { unitId: 'u-jkq-jixie' }, as('someone'))).toMatchObject({
      ok: false,
      error: { code: 'AUTH.PROFILE_REQUIRED' },
    })
  })
})
