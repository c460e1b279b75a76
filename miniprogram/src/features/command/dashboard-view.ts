// What the steering dashboard page shows, worked out from campaign.dashboard's answer: target bars,
// the day-by-day trend as plain bars (no chart library: views with heights), and leaderboard figures.
import type { Dashboard, DashboardDay, DashboardUnitRow, UnitStatKey } from '@contract/entities/dashboard'
import { groupDigits } from '../../utils/number'

export interface TargetRow {
  key: string
  label: string
  /** e.g. "1,234 / 30,000 名" */
  figure: string
  /** Bar width, 0–100. */
  width: number
  /** The subtree's share, when the dashboard is a union's and the target is counted per unit. */
  share: string | null
}

export interface TrendBar {
  day: string
  /** MM-DD */
  label: string
  value: number
  /** Bar height, 0–100, relative to the highest day. */
  height: number
}

const num = (n: number) => n.toLocaleString('en-US')

export function targetRows(d: Pick<Dashboard, 'targets' | 'unit'>): TargetRow[] {
  const whole = d.unit.type === 'city'
  return d.targets.map((t) => ({
    key: t.key,
    label: t.label,
    figure: `${num(t.count)} / ${num(t.goal)} ${t.unit}`,
    width: t.goal > 0 ? Math.min(100, Math.round((t.count / t.goal) * 100)) : 0,
    share: !whole && t.scopeCount !== null ? `本级及下属 ${num(t.scopeCount)} ${t.unit}` : null,
  }))
}

export function trendBars(trend: DashboardDay[], key: UnitStatKey): TrendBar[] {
  const max = Math.max(0, ...trend.map((x) => x[key]))
  return trend.map((x) => ({ day: x.day, label: x.day.slice(5), value: x[key], height: max > 0 ? Math.round((x[key] / max) * 100) : 0 }))
}

/** 0.8531 → "85.3%" */
export const rateText = (rate: number) => `${(Math.round(rate * 1000) / 10).toFixed(1)}%`

/** The three leaderboards, in the order the dashboard shows them: heading, figure and detail of a row, and what an empty one says. */
export const BOARDS: ReadonlyArray<{
  key: keyof Dashboard['boards']
  title: string
  figure: (r: DashboardUnitRow) => string
  detail: (r: DashboardUnitRow) => string
  empty: string
}> = [
  {
    key: 'rate',
    title: '参与率',
    figure: (r) => rateText(r.rate),
    detail: (r) => `参与 ${groupDigits(r.participants)} / 会员 ${groupDigits(r.members)} 人`,
    empty: '还没有单位有职工参与',
  },
  {
    key: 'entries',
    title: '作品与建议',
    figure: (r) => `${groupDigits(r.entries)} 件`,
    detail: (r) => `参与职工 ${groupDigits(r.participants)} 人`,
    empty: '还没有作品或建议',
  },
  {
    key: 'competitions',
    title: '竞赛场次',
    figure: (r) => `${groupDigits(r.competitions)} 场`,
    detail: (r) => `含下属单位 · 参与职工 ${groupDigits(r.participants)} 人`,
    empty: '还没有举办竞赛',
  },
]
