// The steering pages' building blocks in jsdom: the trend chart's bars and words, a leaderboard, notice
// rows (unread said in words, not by colour alone), the home page's pinned card, receipts ordering, the
// attachment checks before uploading and the tab badge's text.
import type { DashboardUnitRow } from '@contract/entities/dashboard'
import type { NoticeSummary } from '@contract/entities/notices'
import { NOTICE_LIMITS } from '@contract/limits/notices'
import { mounter } from '../../../test/mount'
import { splitBySize, attachmentKind } from './attachments'
import NoticeRow from './components/notice-row'
import PinnedNotices from './components/pinned-notices'
import TrendChart from './components/trend-chart'
import UnitBoard from './components/unit-board'
import { trendBars } from './dashboard-view'
import { badgeText } from './hooks/use-notice-badge'
import { checkPublish, shortName } from './hooks/use-publish-form'
import { receiptCounts, receiptRows } from './receipts-view'
import { commandStaffEntries, unreadText } from './text'

// Each test starts from an empty document, so text found belongs to what that test rendered.
const mountPage = mounter()
const mount = async (node: JSX.Element) => (await mountPage(node)).text

const CITY = { id: 'u-city', name: '市总工会', type: 'city' as const }
const notice = (over: Partial<NoticeSummary> = {}): NoticeSummary => ({
  id: 'n1',
  title: '关于开展五一劳动竞赛的通知',
  audience: CITY,
  publisher: CITY,
  publishedAt: Date.UTC(2027, 3, 20, 2, 0),
  pinnedUntil: null,
  attachmentCount: 0,
  read: false,
  ...over,
})

describe('trend chart', () => {
  test('one bar per day, heights relative to the busiest day, the busiest day said in words', async () => {
    const trend = [
      { day: '2027-04-28', participants: 10, entries: 0, competitions: 0 },
      { day: '2027-04-29', participants: 40, entries: 0, competitions: 0 },
      { day: '2027-04-30', participants: 0, entries: 0, competitions: 0 },
    ]
    const text = await mount(<TrendChart bars={trendBars(trend, 'participants')} unit='人' />)
    expect(text).toContain('共 50 人，最多的一天 04-29：40 人')
    const heights = Array.from(document.querySelectorAll('.trend-chart__bar')).map((b) => (b as HTMLElement).style.height)
    expect(heights).toEqual(['25%', '100%', '2%'])
    expect(document.querySelectorAll('.trend-chart__bar--zero')).toHaveLength(1)
  })

  test('no days yet, and days with nothing', async () => {
    expect(await mount(<TrendChart bars={[]} unit='人' />)).toContain('活动还没有开始')
    expect(await mount(<TrendChart bars={trendBars([{ day: '2027-04-28', participants: 0, entries: 0, competitions: 0 }], 'entries')} unit='件' />)).toContain(
      '还没有新增',
    )
  })
})

test('a leaderboard ranks the rows as given, with each figure', async () => {
  const row = (id: string, rate: number): DashboardUnitRow => ({
    unit: { id, name: `${id}工会`, type: 'grassroots' },
    members: 100,
    participants: rate * 100,
    entries: 0,
    competitions: 0,
    rate,
  })
  const text = await mount(
    <UnitBoard id='b' rows={[row('甲', 0.9), row('乙', 0.5)]} figure={(r) => `${r.rate * 100}%`} detail={(r) => `会员 ${r.members}`} empty='无' />,
  )
  expect(text).toContain('1甲工会会员 10090%')
  expect(text).toContain('2乙工会会员 10050%')
  expect(await mount(<UnitBoard id='b' rows={[]} figure={() => ''} detail={() => ''} empty='还没有' />)).toBe('还没有')
})

test('a notice row says 未读 and 置顶 in words while they hold', async () => {
  const now = Date.UTC(2027, 3, 21)
  const text = await mount(<NoticeRow notice={notice({ pinnedUntil: now + 1000, attachmentCount: 2 })} now={now} onClick={() => undefined} />)
  for (const t of ['未读', '置顶', '市总工会', '附件 2']) expect(text).toContain(t)
  const read = await mount(<NoticeRow notice={notice({ read: true, pinnedUntil: now - 1000 })} now={now} onClick={() => undefined} />)
  expect(read).not.toContain('未读')
  expect(read).not.toContain('置顶')
})

test('the home page’s pinned card lists the pinned notices, and nothing at all without any', async () => {
  expect(await mount(<PinnedNotices notices={[notice(), notice({ id: 'n2', title: '第二条', read: true })]} />)).toContain('置顶关于开展五一劳动竞赛的通知未读')
  expect(document.querySelectorAll('.pinned-notices__row')).toHaveLength(2)
  await mount(<PinnedNotices notices={[]} />)
  expect(document.querySelector('#pinned-notices')).toBeNull()
})

test('receipts: units nobody has read it in come first, units without members last', () => {
  const u = (name: string, members: number, read: number) => ({ unit: { id: name, name, type: 'grassroots' as const }, members, read })
  const rows = receiptRows({ units: [u('甲', 10, 5), u('丁', 0, 0), u('乙', 10, 0), u('丙', 4, 4)] })
  expect(rows.map((r) => [r.unit.name, r.text])).toEqual([
    ['乙', '无人阅读（会员 10 人）'],
    ['甲', '已读 5 / 10 人'],
    ['丙', '已读 4 / 4 人'],
    ['丁', '暂无会员'],
  ])
  expect(receiptCounts(rows)).toEqual({ reached: 2, unread: 1 })
})

test('attachments: files over the cap are left out by name; names kept within the limit, extension kept', () => {
  const max = NOTICE_LIMITS.attachmentMaxBytes
  expect(
    splitBySize([
      { path: 'a', name: 'a.pdf', size: max },
      { path: 'b', name: 'b.pdf', size: max + 1 },
    ]),
  ).toEqual({ fits: [{ path: 'a', name: 'a.pdf', size: max }], tooLarge: ['b.pdf'] })
  const long = shortName(`${'很'.repeat(200)}.docx`)
  expect(long.length).toBe(NOTICE_LIMITS.attachmentName.max)
  expect(long.endsWith('….docx')).toBe(true)
  expect(shortName('方案.pdf')).toBe('方案.pdf')
  expect([attachmentKind('a.JPG'), attachmentKind('b.xlsx'), attachmentKind('c.zip')]).toEqual(['image', 'document', 'other'])
})

test('the publish form’s checks are the server’s bounds', () => {
  expect(checkPublish({ title: '通', body: '', pinDays: 0 }, undefined)).toEqual({ title: '标题至少 2 个字', body: '请填写正文', audience: '请选择发送范围' })
  expect(checkPublish({ title: '通知标题', body: '正文', pinDays: 7 }, CITY)).toEqual({})
})

test('badge and entries: the tab text fits WeChat’s four characters; publishing is offered to the city and area chairs only', () => {
  expect([badgeText(3), badgeText(120)]).toEqual(['3', '99+'])
  expect([unreadText(0), unreadText(2)]).toEqual([undefined, '2 条未读'])
  const roles = (role: string) => ({ roles: [{ role, unit: CITY }] }) as never
  expect(commandStaffEntries(roles('city_admin')).map((e) => e.title)).toEqual(['活动工作台', '发布通知'])
  expect(commandStaffEntries(roles('area_chair'))).toHaveLength(2)
  expect(commandStaffEntries(roles('unit_chair'))).toEqual([])
})
