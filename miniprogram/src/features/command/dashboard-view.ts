// What the steering dashboard page shows, worked out from campaign.dashboard's answer: target bars,
// the day-by-day trend as plain bars (no chart library: views with heights), and leaderboard figures.
import type { Dashboard, DashboardDay, UnitStatKey } from '@contract/entities/dashboard'

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
