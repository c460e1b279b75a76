// The home page's building blocks rendered with Taro's H5 components in jsdom, fed the plan's own
// lines and targets (the same data the cloud function serves).
import type { CampaignHome } from '@contract/entities/campaign'
import { mounter } from '../../../test/mount'
import { LINES, MAINLINE, PURPOSE, TARGETS, THEME } from '../../../../cloudfunctions/src/domains/campaign/plan'
import CampaignHero from './components/campaign-hero'
import LineCard from './components/line-card'
import { PageError } from '../../components/page-state'
import TargetProgress from './components/target-progress'

const DAY = 86400000
const now = Date.UTC(2027, 3, 20, 2, 0) // 20 April, 10:00 in Beijing

function home(overrides: Partial<CampaignHome> = {}): CampaignHome {
  return {
    id: 'mayday',
    title: '庆“五一”系列活动',
    theme: THEME,
    mainline: MAINLINE,
    purpose: PURPOSE,
    startAt: now - 10 * DAY,
    endAt: now + 11 * DAY,
    summaryDueAt: now + 18 * DAY,
    phase: 'running',
    lines: [...LINES],
    targets: TARGETS.map((t) => ({ ...t, count: 0 })),
    stats: { worksSubmitted: 0, ideasAdopted: 0, competitionsPublished: 0 },
    servedAt: now,
    ...overrides,
  }
}

// Each test starts from an empty document, so text found belongs to what that test rendered.
const mountPage = mounter()
const mount = async (node: JSX.Element) => (await mountPage(node)).text

describe('campaign hero', () => {
  test('shows the title, the five short slogans, the dates and days left', async () => {
    const text = await mount(<CampaignHero home={home()} />)
    expect(text).toContain('庆“五一”系列活动')
    for (const s of ['展风采', '展技能', '展作品', '展智慧', '展爱心']) expect(text).toContain(s)
    expect(text).toContain('4月10日 — 5月1日')
    expect(text).toContain('活动进行中 · 还剩 11 天')
  })

  test('before the campaign', async () => {
    expect(await mount(<CampaignHero home={home({ phase: 'upcoming', startAt: now + 3 * DAY })} />)).toContain('4月23日 开始 · 还有 3 天')
  })

  test('after the campaign', async () => {
    expect(await mount(<CampaignHero home={home({ phase: 'ended', endAt: now - DAY })} />)).toContain('活动已于 4月19日 结束')
  })
})

describe('target progress', () => {
  test('reads count, goal, unit and percent', async () => {
    const target = { ...TARGETS.find((t) => t.key === 'participants')!, count: 12345 }
    const text = await mount(<TargetProgress target={target} featured />)
    expect(text).toContain('动员三万名职工参加')
    expect(text).toContain('12,345')
    expect(text).toContain('/ 30,000 名')
    expect(text).toContain('41%')
    const fill = document.querySelector('.target-progress__fill') as HTMLElement
    expect(fill.style.width).toBe('41%')
  })

  test('a passed goal says so and the bar stays full', async () => {
    const target = { ...TARGETS.find((t) => t.key === 'competitions')!, count: 112 }
    const text = await mount(<TargetProgress target={target} />)
    expect(text).toContain('已超额')
    expect((document.querySelector('.target-progress__fill') as HTMLElement).style.width).toBe('100%')
  })
})

test('line card shows the line with its badge', async () => {
  const text = await mount(<LineCard line={LINES[3]} />)
  expect(text).toContain('智')
  expect(text).toContain('展职工智慧')
  expect(text).toContain('合理化建议')
})

test('the error state shows the message and retries on tap', async () => {
  const retry = jest.fn()
  const { text, utils } = await mountPage(<PageError error={{ code: 'COMMON.NETWORK', message: '网络不给力，请检查网络后重试' }} onRetry={retry} />)
  expect(text).toContain('网络不给力')
  const button = await utils.queries.waitForQuerySelector('.page-state__retry')
  utils.fireEvent.click(button as Element)
  expect(retry).toHaveBeenCalledTimes(1)
})
