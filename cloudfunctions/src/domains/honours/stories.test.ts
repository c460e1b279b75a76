// 匠心筑梦: the city writes a commended worker's story (structured blocks, no HTML), submits it, images
// are checked, it is published (the home's "publicised" count moves, never past the goal); the public
// list and page open without sign-in; a like counts once per person.
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import {
  approved,
  as,
  campaignCounts,
  CITY,
  code,
  ok,
  OTHER_WORKER,
  quotas,
  setCampaignCount,
  setNoticeEnd,
  unchanged,
  UNIT_CHAIR,
  WORKER,
} from '../../../test/honours-harness'

let cloud: TestCloud

beforeEach(async () => {
  if (!cloud) cloud = await startTestCloud()
  await cloud.db.clear()
  await seedDemo(cloud.db)
})
afterAll(() => cloud.stop())

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEUlEQVR4AWM8AQQMQMDEAAUAMKYDJOk+9mYAAAAASUVORK5CYII=', 'base64')
const story = (nominationId: string, blocks: unknown[], submit = true) =>
  ({
    nominationId,
    title: '三十年磨一剑的车间工匠',
    lead: '从学徒到首席技师，他把每一个零件都当作作品来打磨。',
    blocks,
    submit,
  }) as never

async function commended(names: string[]): Promise<string[]> {
  await quotas(cloud, 10, 10)
  const ids = []
  for (const n of names) ids.push(await approved(cloud, n))
  await ok(cloud.call('honours.publishNotice', {}, CITY))
  await setNoticeEnd(cloud, Date.now() - 1000)
  await ok(cloud.call('honours.commend', {}, CITY))
  return ids
}

test('draft → review → published; list and page open cold; the count moves; a like counts once', async () => {
  const [id] = await commended(['孔一'])
  const image = await cloud.storage.putFromClient('honours/user-demo-city-admin/s1.png', PNG)
  const blocks = [
    { kind: 'paragraph', text: '清晨六点，车间里已经响起机床的声音。' },
    { kind: 'image', file: image, caption: '在机床前' },
  ]
  const draft = await ok(cloud.call('honours.saveStory', story(id, blocks, false), CITY))
  expect(draft).toMatchObject({ status: 'draft', imagesPending: 1 })
  expect((await ok(cloud.call('honours.stories', {}))).items).toEqual([])
  const sent = await ok(cloud.call('honours.saveStory', story(id, blocks), CITY))
  expect(sent.status).toBe('reviewing')
  expect(await code(cloud.call('honours.reviewStory', { storyId: sent.id, publish: true }, CITY))).toBe('HONOUR.IMAGES_CHECKING')
  await cloud.openapi.flushMediaChecks()
  const checked = (await ok(cloud.call('honours.cityStories', {}, CITY))).items[0]
  expect(checked).toMatchObject({ imagesPending: 0, imagesBlocked: 0 })
  const before = campaignCounts(cloud).modelWorkers ?? 0
  expect(await ok(cloud.call('honours.reviewStory', { storyId: sent.id, publish: true }, CITY))).toMatchObject({ status: 'published' })
  expect(campaignCounts(cloud).modelWorkers).toBe(before + 1)

  const list = await ok(cloud.call('honours.stories', {}, {}))
  expect(list.items).toEqual([expect.objectContaining({ id: sent.id, name: '孔一', title: '三十年磨一剑的车间工匠', likeCount: 0 })])
  expect(list.items[0].coverUrl).toBeTruthy()
  const page = await ok(cloud.call('honours.story', { storyId: sent.id }, {}))
  expect(page.blocks).toEqual([blocks[0], { kind: 'image', url: expect.any(String), caption: '在机床前' }])
  expect(page.share).toEqual({
    title: '匠心筑梦｜三十年磨一剑的车间工匠',
    path: `/package-honours/pages/story/index?id=${sent.id}`,
    imageUrl: expect.any(String),
  })
  expect(page.liked).toBe(false)

  expect(await ok(cloud.call('honours.likeStory', { storyId: sent.id }, WORKER))).toEqual({ liked: true, likeCount: 1 })
  const burst = await Promise.all([0, 1, 2].map(() => code(cloud.call('honours.likeStory', { storyId: sent.id }, OTHER_WORKER))))
  expect(burst.sort()).toEqual(['HONOUR.ALREADY_LIKED', 'HONOUR.ALREADY_LIKED', 'ok'])
  expect(await ok(cloud.call('honours.story', { storyId: sent.id }, WORKER))).toMatchObject({ liked: true, likeCount: 2 })
  // a published story is not edited in place
  await unchanged(cloud, async () => expect(await code(cloud.call('honours.saveStory', story(id, blocks), CITY))).toBe('HONOUR.BAD_STATE'))
})

test('abuse: someone not commended, script in the text, a foreign image, a return without reason, the 101st story', async () => {
  const [id, second] = await commended(['孔二', '孔三'])
  await quotas(cloud, 10, 10)
  const notYet = await approved(cloud, '孔四')
  await unchanged(cloud, async () =>
    expect(await code(cloud.call('honours.saveStory', story(notYet, [{ kind: 'paragraph', text: '事迹' }]), CITY))).toBe('HONOUR.NOT_COMMENDED'),
  )
  await unchanged(cloud, async () =>
    expect(await code(cloud.call('honours.saveStory', story(id, [{ kind: 'paragraph', text: '好<script>alert(1)</script>' }]), CITY))).toBe(
      'COMMON.VALIDATION',
    ),
  )
  expect(await code(cloud.call('honours.saveStory', story(id, [{ kind: 'html', html: '<b>x</b>' }]), CITY))).toBe('COMMON.VALIDATION')
  await unchanged(cloud, async () =>
    expect(
      await code(cloud.call('honours.saveStory', story(id, [{ kind: 'paragraph', text: '想了解详情的请加微信，代开发票，保证省钱又省事。' }]), CITY)),
    ).toBe('CONTENT.REJECTED'),
  )
  const foreign = await cloud.storage.putFromClient('honours/user-demo-unit-chair/x.png', PNG)
  await unchanged(cloud, async () =>
    expect(await code(cloud.call('honours.saveStory', story(id, [{ kind: 'image', file: foreign, caption: '' }]), CITY))).toBe('HONOUR.IMAGE_NOT_YOURS'),
  )
  expect(await code(cloud.call('honours.saveStory', story(id, [{ kind: 'paragraph', text: '事迹' }]), UNIT_CHAIR))).toBe('AUTH.FORBIDDEN')

  const s = await ok(cloud.call('honours.saveStory', story(id, [{ kind: 'paragraph', text: '他的故事。' }]), CITY))
  expect(await code(cloud.call('honours.reviewStory', { storyId: s.id, publish: false }, CITY))).toBe('HONOUR.REASON_REQUIRED')
  expect(await ok(cloud.call('honours.reviewStory', { storyId: s.id, publish: false, reason: '请补充一段成长经历' }, CITY))).toMatchObject({
    status: 'draft',
    reason: '请补充一段成长经历',
  })
  await ok(cloud.call('honours.saveStory', story(id, [{ kind: 'paragraph', text: '他的故事，补充了成长经历。' }]), CITY))

  // the goal (100 publicised) is reached: the next one is refused and the count stays
  await setCampaignCount('modelWorkers', 100)
  await unchanged(cloud, async () => expect(await code(cloud.call('honours.reviewStory', { storyId: s.id, publish: true }, CITY))).toBe('HONOUR.STORIES_FULL'))
  expect(await code(cloud.call('honours.story', { storyId: s.id }, as('someone')))).toBe('HONOUR.STORY_NOT_FOUND')
  expect(await code(cloud.call('honours.likeStory', { storyId: s.id }, WORKER))).toBe('HONOUR.STORY_NOT_FOUND')
  void second
})
