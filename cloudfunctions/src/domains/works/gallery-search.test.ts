// Searching the exhibition by words: a literal match on the title or the author's name, only among
// exhibited works; characters that mean something to a regular expression match themselves.
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { ok } from '../../../test/fixtures/works'

let cloud: TestCloud

beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemo(cloud.db)
  const now = Date.now()
  const doc = (id: string, title: string, authorName: string, status: string, i: number) => ({
    _id: id,
    _openid: 'demo-worker',
    campaignId: 'mayday',
    authorId: 'user-demo-worker',
    authorName,
    unitId: 'u-jkq-jixie',
    unitPath: ['u-city', 'u-jkq', 'u-jkq-jixie'],
    category: '摄影',
    title,
    description: '说明',
    images: [],
    status,
    passed: 1,
    flagged: false,
    reviewUnitId: 'u-city',
    passes: 2,
    reason: '',
    steps: [],
    likeCount: 0,
    submittedAt: new Date(now - 1000),
    exhibitedAt: new Date(now - i * 1000),
    createdAt: new Date(now),
    updatedAt: new Date(now),
  })
  await cloud.db.insertMany('works', [
    doc('w1', '湘江晨曦', '张三', 'exhibited', 1),
    doc('w2', '车间里的(光)', '李四', 'exhibited', 2),
    doc('w3', '湘江夜色', '王五', 'reviewing', 3),
    doc('w4', '劳动者.群像', '赵湘', 'exhibited', 4),
  ])
})
afterAll(() => cloud.stop())

const ids = async (keyword: string) => (await ok(cloud.call('works.gallery', { keyword }))).items.map((w) => w.id)

test('words in the title or the author’s name, exhibited works only', async () => {
  expect(await ids('湘江')).toEqual(['w1'])
  expect(await ids('李四')).toEqual(['w2'])
  // 赵湘 by name, 湘江晨曦 by title
  expect(await ids('湘')).toEqual(['w1', 'w4'])
})

test('regular-expression characters are taken literally', async () => {
  expect(await ids('(光)')).toEqual(['w2'])
  expect(await ids('.')).toEqual(['w4'])
  expect(await ids('.*')).toEqual([])
})

test('an empty or too long keyword is refused', async () => {
  expect(await cloud.call('works.gallery', { keyword: '  ' })).toMatchObject({ ok: false, error: { code: 'COMMON.VALIDATION' } })
  expect(await cloud.call('works.gallery', { keyword: '字'.repeat(21) })).toMatchObject({ ok: false, error: { code: 'COMMON.VALIDATION' } })
})
