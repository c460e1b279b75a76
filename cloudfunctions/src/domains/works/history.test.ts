// Works review's history: what a unit recommended or turned down, with where each work is now.
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { ok, reviewingWork } from '../../../test/fixtures/works'
import { AREA_CHAIR, UNIT_CHAIR } from '../../../test/fixtures/personas'

let cloud: TestCloud

beforeEach(async () => {
  if (!cloud) cloud = await startTestCloud()
  await cloud.db.clear()
  await seedDemo(cloud.db)
})
afterAll(() => cloud.stop())

test('a unit’s decisions, newest first, each with its reason and where the work is now; other units see only theirs', async () => {
  const first = await reviewingWork(cloud, undefined, undefined, 1, { title: '车间晨光' })
  const second = await reviewingWork(cloud, undefined, undefined, 2, { title: '夜班' })
  await ok(cloud.call('works.recommend', { workId: first.id }, UNIT_CHAIR))
  await ok(cloud.call('works.reject', { workId: second.id, reason: '照片不清楚，请重新拍摄' }, UNIT_CHAIR))

  const history = await ok(cloud.call('works.reviewHistory', { unitId: 'u-jkq-jixie', page: 1 }, UNIT_CHAIR))
  expect(history.items.map((h) => [h.title, h.decision, h.reason, h.status])).toEqual([
    ['夜班', 'rejected', '照片不清楚，请重新拍摄', 'rejected'],
    ['车间晨光', 'recommended', '', 'reviewing'],
  ])
  // 经开区 has decided nothing yet (the recommended work waits there)
  expect((await ok(cloud.call('works.reviewHistory', { unitId: 'u-jkq', page: 1 }, AREA_CHAIR))).items).toEqual([])
})
