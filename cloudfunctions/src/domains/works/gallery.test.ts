// The public exhibition (R5): the gallery by category with thumbnails, the page of a work with its
// author's name and unit only, and likes (once per person, only on exhibited works, never recounted).
import { WORK_CATEGORIES } from '../../../../types/entities/works'
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { as, CITY, OTHER_WORKER, WORKER, WORKER_ID } from '../../../test/fixtures/personas'
import { atCity, ok, png, reviewingWork, unchanged } from '../../../test/fixtures/works'

let cloud: TestCloud

beforeEach(async () => {
  if (!cloud) cloud = await startTestCloud()
  await cloud.db.clear()
  await seedDemo(cloud.db)
})
afterAll(() => cloud.stop())

async function exhibitedWork(seed = 1): Promise<string> {
  const id = await atCity(cloud, seed)
  await ok(cloud.call('works.select', { workId: id }, CITY))
  return id
}

/** Exhibited works written straight into the database (for paging), each with a real thumbnail file. */
async function seedExhibited(n: number): Promise<string[]> {
  const now = Date.now()
  const docs = []
  for (let i = 0; i < n; i++) {
    const thumb = await cloud.storage.putFromClient(`works/${WORKER_ID}/seeded-${i}/a-400.jpg`, png(i))
    docs.push({
      _id: `seeded-${String(i).padStart(2, '0')}`,
      _openid: 'demo-worker',
      campaignId: 'mayday',
      authorId: WORKER_ID,
      authorName: '张三',
      unitId: 'u-jkq-jixie',
      unitPath: ['u-city', 'u-jkq', 'u-jkq-jixie'],
      category: WORK_CATEGORIES[i % 6],
      title: `作品${i}`,
      description: '说明',
      images: [{ file: thumb.replace('-400', ''), sealed: true, check: 'pass', thumb, preview: thumb }],
      status: 'exhibited',
      passed: 1,
      flagged: false,
      reviewUnitId: 'u-city',
      passes: 2,
      reason: '',
      steps: [],
      likeCount: i,
      submittedAt: new Date(now - 1000),
      exhibitedAt: new Date(now - i * 1000),
      createdAt: new Date(now),
      updatedAt: new Date(now),
    })
  }
  await cloud.db.insertMany('works', docs)
  return docs.map((d) => d._id)
}

describe('the gallery', () => {
  test('only exhibited works, newest selection first, 20 a page, by category; anyone may look', async () => {
    const ids = await seedExhibited(25)
    await reviewingWork(cloud, WORKER, WORKER_ID, 60) // in review: not shown
    const first = await ok(cloud.call('works.gallery', {}))
    expect(first.items.map((w) => w.id)).toEqual(ids.slice(0, 20))
    expect(first.hasMore).toBe(true)
    const second = await ok(cloud.call('works.gallery', { page: 2 }))
    expect(second).toMatchObject({ hasMore: false })
    expect(second.items.map((w) => w.id)).toEqual(ids.slice(20))
    const calligraphy = await ok(cloud.call('works.gallery', { category: '书法' }))
    expect(calligraphy.items.map((w) => w.id)).toEqual(ids.filter((_x, i) => i % 6 === 0))
    expect(first.items[0]).toEqual({
      id: 'seeded-00',
      title: '作品0',
      category: '书法',
      authorName: '张三',
      unitName: '华中机械制造有限公司工会',
      coverUrl: expect.stringContaining('-400.jpg'),
      imageCount: 1,
      likeCount: 0,
    })
  })

  test('one page is one query, one unit lookup and one temp-URL request; likes are read, never counted', async () => {
    await seedExhibited(20)
    await cloud.db.insertMany(
      'work_likes',
      Array.from({ length: 300 }, (_x, i) => ({ _id: `seeded-01:u${i}`, workId: 'seeded-01', userId: `u${i}`, createdAt: new Date() })),
    )
    const { result, counts } = await cloud.measure('works.gallery', {})
    expect(result.ok && result.data.items).toHaveLength(20)
    expect(counts).toMatchObject({ db: 2, storage: 1, openapi: 0 })
    expect(Object.keys(counts.dbByAction).sort()).toEqual(['database.getDocument'])
  })

  test('a real exhibited work shows its thumbnail and, on its page, preview sizes; never the original', async () => {
    const id = await exhibitedWork()
    const card = (await ok(cloud.call('works.gallery', {}))).items[0]
    expect(card).toMatchObject({ id, imageCount: 2, coverUrl: expect.stringContaining('-400.jpg') })
    const page = await ok(cloud.call('works.detail', { workId: id }))
    expect(page.images).toHaveLength(2)
    for (const im of page.images) {
      expect(im.thumbUrl).toContain('-400.jpg')
      expect(im.previewUrl).toContain('-1080.jpg')
    }
  })
})

describe('the page of a work', () => {
  test('shows the work, the author’s name and unit, and nothing else about them; renders without an identity', async () => {
    const id = await exhibitedWork()
    const page = await ok(cloud.call('works.detail', { workId: id }))
    expect(page).toMatchObject({
      id,
      title: '行书《劳动最光荣》',
      category: '书法',
      authorName: '张三',
      unitName: '华中机械制造有限公司工会',
      likeCount: 0,
      liked: false,
    })
    const text = JSON.stringify(page)
    for (const secret of ['demo-worker', WORKER_ID, '数控车工', 'u-jkq-jixie', 'reason', 'steps']) expect(text).not.toContain(secret)
    // a Moments card opens without sign-in: no OPENID at all
    expect((await cloud.call('works.detail', { workId: id })).ok).toBe(true)
    expect((await cloud.call('works.gallery', {})).ok).toBe(true)
  })

  test('a work not (or no longer) in the exhibition is not found, for anyone', async () => {
    const w = await reviewingWork(cloud)
    for (const who of [undefined, OTHER_WORKER, WORKER]) {
      expect(await cloud.call('works.detail', { workId: w.id }, who)).toMatchObject({ ok: false, error: { code: 'WORK.NOT_FOUND' } })
    }
    const id = await exhibitedWork(9)
    await ok(cloud.call('works.withdrawSelection', { workId: id }, CITY))
    expect(await cloud.call('works.detail', { workId: id })).toMatchObject({ ok: false, error: { code: 'WORK.NOT_FOUND' } })
  })
})

describe('likes', () => {
  test('one per person per work; the count moves by one each way', async () => {
    const id = await exhibitedWork()
    expect(await ok(cloud.call('works.like', { workId: id }, OTHER_WORKER))).toEqual({ liked: true, likeCount: 1 })
    await unchanged(cloud, async () =>
      expect(await cloud.call('works.like', { workId: id }, OTHER_WORKER)).toMatchObject({ ok: false, error: { code: 'WORK.ALREADY_LIKED' } }),
    )
    expect(await ok(cloud.call('works.like', { workId: id }, WORKER))).toEqual({ liked: true, likeCount: 2 })
    expect(await ok(cloud.call('works.detail', { workId: id }, OTHER_WORKER))).toMatchObject({ likeCount: 2, liked: true })
    expect(await ok(cloud.call('works.detail', { workId: id }))).toMatchObject({ likeCount: 2, liked: false })
    expect((await ok(cloud.call('works.gallery', {}))).items[0].likeCount).toBe(2)

    expect(await ok(cloud.call('works.unlike', { workId: id }, OTHER_WORKER))).toEqual({ liked: false, likeCount: 1 })
    await unchanged(cloud, async () =>
      expect(await cloud.call('works.unlike', { workId: id }, OTHER_WORKER)).toMatchObject({ ok: false, error: { code: 'WORK.NOT_LIKED' } }),
    )
    expect(cloud.db.dump().work_likes.map((l) => l._id)).toEqual([`${id}:${WORKER_ID}`])
  })

  test('twenty people liking at once count twenty, each once', async () => {
    const id = await exhibitedWork()
    const people = Array.from({ length: 20 }, (_x, i) => as(`fan-${i}`))
    const results = await Promise.all([...people, ...people.slice(0, 5)].map((p) => cloud.call('works.like', { workId: id }, p)))
    expect(results.filter((r) => r.ok)).toHaveLength(20)
    expect(results.filter((r) => !r.ok && r.error.code === 'WORK.ALREADY_LIKED')).toHaveLength(5)
    expect((await ok(cloud.call('works.detail', { workId: id }))).likeCount).toBe(20)
  })

  test('someone who opened a shared card may like without a profile; without an identity, not at all', async () => {
    const id = await exhibitedWork()
    expect(await ok(cloud.call('works.like', { workId: id }, as('card-opener')))).toMatchObject({ liked: true })
    await unchanged(cloud, async () => expect(await cloud.call('works.like', { workId: id })).toMatchObject({ ok: false, error: { code: 'AUTH.NO_IDENTITY' } }))
  })

  test('a work not in the exhibition cannot be liked, and nothing is written', async () => {
    const w = await reviewingWork(cloud)
    await unchanged(cloud, async () => {
      expect(await cloud.call('works.like', { workId: w.id }, OTHER_WORKER)).toMatchObject({ ok: false, error: { code: 'WORK.NOT_EXHIBITED' } })
      expect(await cloud.call('works.like', { workId: w.id }, as('card-opener'))).toMatchObject({ ok: false, error: { code: 'WORK.NOT_EXHIBITED' } })
      expect(await cloud.call('works.like', { workId: 'no-such-work' }, OTHER_WORKER)).toMatchObject({ ok: false, error: { code: 'WORK.NOT_FOUND' } })
    })
  })
})
