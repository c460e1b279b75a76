// Notices (R8) through the real function entry: publishing within one's subtree only, reaching the
// units below the audience, reading once, unread counts and read receipts per unit.
import { NOTICE_LIMITS } from '../../../../types/limits/notices'
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'

let cloud: TestCloud
const CITY = { OPENID: 'demo-city-admin' }
const AREA = { OPENID: 'demo-area-chair' } // 经开区工会 (u-jkq)
const WORKER = { OPENID: 'demo-worker' } // u-jkq-jixie
const CHAIR = { OPENID: 'demo-unit-chair' } // u-jkq-jixie
const NURSE = { OPENID: 'demo-worker-2' } // u-health-renmin
const CITY_ID = 'user-demo-city-admin'

const ok = <T>(r: { ok: true; data: T } | { ok: false; error: { code: string } }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}`)
  return r.data
}
const notice = (over: Record<string, unknown> = {}) => ({
  audienceUnitId: 'u-city',
  title: '关于开展五一劳动竞赛的通知',
  body: '请各基层工会按时组织职工参加，并于月底前报送总结。',
  ...over,
})
const snapshot = () => JSON.stringify(cloud.db.dump())

beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(async () => {
  await cloud.stop()
})
beforeEach(async () => {
  await cloud.db.clear()
  await seedDemo(cloud.db)
})

test('the city publishes to everyone with an attachment; a member sees it unread, opens it, and it is read once', async () => {
  const file = await cloud.storage.putFromClient(`notices/${CITY_ID}/plan.pdf`, Buffer.from('%PDF-1.4 plan'))
  const published = ok(
    await cloud.call('campaign.publishNotice', notice({ attachments: [{ fileId: file, name: '活动方案.pdf' }], pinnedUntil: Date.now() + 86_400_000 }), CITY),
  )
  expect(published).toMatchObject({ audience: { id: 'u-city' }, publisher: { id: 'u-city' }, attachmentCount: 1 })
  expect(published.attachments[0]).toMatchObject({ fileId: file, name: '活动方案.pdf', url: expect.any(String) })

  const before = ok(await cloud.call('campaign.notices', {}, WORKER))
  expect(before.unread).toBe(1)
  expect(before.items.map((n) => [n.id, n.read])).toEqual([[published.id, false]])
  expect(before.pinned.map((n) => [n.id, n.read])).toEqual([[published.id, false]])

  const opened = await Promise.all(Array.from({ length: 3 }, () => cloud.call('campaign.readNotice', { noticeId: published.id }, WORKER)))
  expect(opened.every((r) => r.ok && r.data.read && r.data.body.startsWith('请各基层工会'))).toBe(true)
  expect(ok(await cloud.call('campaign.notices', {}, WORKER)).unread).toBe(0)
  expect(cloud.db.dump().notice_reads).toHaveLength(1)
  // the read counted once on the unit and every union above it
  const receipts = Object.fromEntries(cloud.db.dump().notice_receipts.map((r) => [r.unitId, r.read]))
  expect(receipts).toEqual({ 'u-city': 1, 'u-jkq': 1, 'u-jkq-jixie': 1 })
  // another member of the same unit still has it unread
  expect(ok(await cloud.call('campaign.notices', {}, CHAIR)).unread).toBe(1)
})

test('a chair publishes to their subtree only: outside it, a coded error and nothing written', async () => {
  const before = snapshot()
  expect(await cloud.call('campaign.publishNotice', notice({ audienceUnitId: 'u-health' }), AREA)).toMatchObject({
    ok: false,
    error: { code: 'AUTH.OUT_OF_SCOPE' },
  })
  expect(await cloud.call('campaign.publishNotice', notice({ audienceUnitId: 'u-city' }), AREA)).toMatchObject({
    ok: false,
    error: { code: 'AUTH.OUT_OF_SCOPE' },
  })
  expect(await cloud.call('campaign.publishNotice', notice({ audienceUnitId: 'u-jkq-jixie' }), CHAIR)).toMatchObject({
    ok: false,
    error: { code: 'AUTH.FORBIDDEN' },
  })
  expect(snapshot()).toBe(before)

  const mine = ok(await cloud.call('campaign.publishNotice', notice({ audienceUnitId: 'u-jkq' }), AREA))
  expect(mine.publisher.id).toBe('u-jkq')
  // it reaches 经开区's units and no one else
  expect(ok(await cloud.call('campaign.notices', {}, WORKER)).items.map((n) => n.id)).toEqual([mine.id])
  expect(ok(await cloud.call('campaign.notices', {}, NURSE))).toEqual({ items: [], hasMore: false, unread: 0, pinned: [] })
  expect(await cloud.call('campaign.readNotice', { noticeId: mine.id }, NURSE)).toMatchObject({ ok: false, error: { code: 'COMMON.NOT_FOUND' } })
  expect(await cloud.call('campaign.readNotice', { noticeId: mine.id }, { OPENID: 'someone-without-a-unit' })).toMatchObject({
    ok: false,
    error: { code: 'COMMON.NOT_FOUND' },
  })
})

test('bad input, foreign or missing attachments, flagged text: coded errors and nothing written', async () => {
  const others = await cloud.storage.putFromClient('notices/user-demo-area-chair/theirs.pdf', Buffer.from('x'))
  const before = snapshot()
  const cases: Array<[Record<string, unknown>, string]> = [
    [{ title: '通' }, 'COMMON.VALIDATION'],
    [{ body: '长'.repeat(2001) }, 'COMMON.VALIDATION'],
    [
      { attachments: Array.from({ length: 6 }, (_x, i) => ({ fileId: `cloud://env.bucket/notices/${CITY_ID}/${i}.pdf`, name: `${i}.pdf` })) },
      'COMMON.VALIDATION',
    ],
    [{ attachments: [{ fileId: others, name: 'theirs.pdf' }] }, 'COMMON.VALIDATION'],
    [{ attachments: [{ fileId: others, name: '' }] }, 'COMMON.VALIDATION'],
    [{ attachments: [{ fileId: `cloud://env.bucket/notices/${CITY_ID}/never-uploaded.pdf`, name: 'x.pdf' }] }, 'COMMON.VALIDATION'],
    [{ pinnedUntil: Date.now() - 1000 }, 'COMMON.VALIDATION'],
    [{ body: '报名送彩票，加微信代开发票，详情咨询。' }, 'CONTENT.REJECTED'],
    [{ audienceUnitId: { $ne: null } }, 'COMMON.VALIDATION'],
  ]
  for (const [over, code] of cases) {
    expect(await cloud.call('campaign.publishNotice', notice(over) as never, CITY)).toMatchObject({ ok: false, error: { code } })
  }
  expect(snapshot()).toBe(before)
})

test('an attachment over the size cap, measured in storage: a coded error naming it and nothing written; one at the cap is taken', async () => {
  const max = NOTICE_LIMITS.attachmentMaxBytes
  const fits = await cloud.storage.putFromClient(`notices/${CITY_ID}/fits.pdf`, Buffer.alloc(max, 1))
  const over = await cloud.storage.putFromClient(`notices/${CITY_ID}/over.pdf`, Buffer.alloc(max + 1, 1))
  const before = snapshot()
  const refused = await cloud.call(
    'campaign.publishNotice',
    notice({
      attachments: [
        { fileId: fits, name: 'fits.pdf' },
        { fileId: over, name: 'over.pdf' },
      ],
    }),
    CITY,
  )
  expect(refused).toMatchObject({ ok: false, error: { code: 'NOTICE.ATTACHMENT_TOO_LARGE', issues: [{ path: 'attachments.1' }] } })
  expect(snapshot()).toBe(before)
  expect(ok(await cloud.call('campaign.publishNotice', notice({ attachments: [{ fileId: fits, name: 'fits.pdf' }] }), CITY)).attachmentCount).toBe(1)
})

test('read receipts per unit: the city sees every unit reached, a chair only theirs', async () => {
  const n = ok(await cloud.call('campaign.publishNotice', notice(), CITY))
  ok(await cloud.call('campaign.readNotice', { noticeId: n.id }, WORKER))
  ok(await cloud.call('campaign.readNotice', { noticeId: n.id }, CHAIR))
  ok(await cloud.call('campaign.readNotice', { noticeId: n.id }, NURSE))

  const city = ok(await cloud.call('campaign.noticeReceipts', { noticeId: n.id, unitId: 'u-city' }, CITY))
  const byUnit = Object.fromEntries(city.units.map((r) => [r.unit.id, r.read]))
  expect(byUnit['u-jkq-jixie']).toBe(2)
  expect(byUnit['u-health-renmin']).toBe(1)
  expect(city.totals.read).toBe(3)
  expect(city.units.every((r) => r.unit.type === 'grassroots')).toBe(true)

  const area = ok(await cloud.call('campaign.noticeReceipts', { noticeId: n.id, unitId: 'u-jkq' }, AREA))
  expect(area.units.every((r) => r.unit.id.startsWith('u-jkq-'))).toBe(true)
  expect(area.totals.read).toBe(2)
  expect(await cloud.call('campaign.noticeReceipts', { noticeId: n.id, unitId: 'u-health' }, AREA)).toMatchObject({
    ok: false,
    error: { code: 'AUTH.OUT_OF_SCOPE' },
  })
  // a notice to another subtree: not theirs to see
  const health = ok(await cloud.call('campaign.publishNotice', notice({ audienceUnitId: 'u-health' }), CITY))
  expect(await cloud.call('campaign.noticeReceipts', { noticeId: health.id, unitId: 'u-jkq' }, AREA)).toMatchObject({
    ok: false,
    error: { code: 'COMMON.NOT_FOUND' },
  })
})

test('many notices: pages of 20, the unread count over the newest 100, reads of both pages and window found', async () => {
  const now = Date.now()
  await cloud.db.insertMany(
    'notices',
    Array.from({ length: 105 }, (_x, i) => ({
      _id: `bulk-${String(i).padStart(3, '0')}`,
      title: `通知${i}`,
      body: '正文',
      attachments: [],
      audienceUnitId: 'u-city',
      audience: { id: 'u-city', name: '市总工会', type: 'city' },
      unitPath: ['u-city'],
      publisher: { id: 'u-city', name: '市总工会', type: 'city' },
      publishedBy: 'bulk',
      publishedAt: new Date(now - i * 1000),
      pinnedUntil: null,
      status: 'published',
    })),
  )
  ok(await cloud.call('campaign.readNotice', { noticeId: 'bulk-000' }, WORKER))
  ok(await cloud.call('campaign.readNotice', { noticeId: 'bulk-099' }, WORKER))
  ok(await cloud.call('campaign.readNotice', { noticeId: 'bulk-104' }, WORKER))
  const first = ok(await cloud.call('campaign.notices', {}, WORKER))
  expect(first.items).toHaveLength(20)
  expect(first.hasMore).toBe(true)
  expect(first.items[0]).toMatchObject({ id: 'bulk-000', read: true })
  expect(first.unread).toBe(98)
  expect(first.pinned).toEqual([])
  const last = ok(await cloud.call('campaign.notices', { page: 6 }, WORKER))
  expect(last.hasMore).toBe(false)
  expect(last.items.map((n) => [n.id, n.read])).toEqual([
    ['bulk-100', false],
    ['bulk-101', false],
    ['bulk-102', false],
    ['bulk-103', false],
    ['bulk-104', true],
  ])
})

test('pinned on the home page while current: an expired pin and an unpinned notice are not shown, the newest first', async () => {
  const soon = ok(await cloud.call('campaign.publishNotice', notice({ title: '置顶一', pinnedUntil: Date.now() + 60_000 }), CITY))
  const later = ok(await cloud.call('campaign.publishNotice', notice({ title: '置顶二', pinnedUntil: Date.now() + 120_000 }), CITY))
  ok(await cloud.call('campaign.publishNotice', notice({ title: '不置顶' }), CITY))
  await cloud.db.insertMany('notices', [
    { ...cloud.db.dump().notices.find((n) => n._id === soon.id), _id: 'expired', pinnedUntil: new Date(Date.now() - 1000), publishedAt: new Date() },
  ])
  const list = ok(await cloud.call('campaign.notices', {}, WORKER))
  expect(list.items).toHaveLength(4)
  expect(list.pinned.map((n) => n.id)).toEqual([later.id, soon.id])
})
