import type { Dashboard } from '@contract/entities/dashboard'
import { rateText, targetRows, trendBars } from './dashboard-view'

const target = (key: string, count: number, goal: number, scopeCount: number | null) =>
  ({ key, line: 'fengcai', label: key, goal, unit: '名', count, scopeCount }) as Dashboard['targets'][number]

test('target rows: figure, capped bar width, and the subtree share only on a union’s dashboard', () => {
  const targets = [target('participants', 12000, 30000, 480), target('works', 150, 100, null)]
  const city = targetRows({ unit: { id: 'u-city', name: '市总工会', type: 'city' }, targets })
  expect(city.map((r) => [r.figure, r.width, r.share])).toEqual([
    ['12,000 / 30,000 名', 40, null],
    ['150 / 100 名', 100, null],
  ])
  const area = targetRows({ unit: { id: 'u-jkq', name: '经开区工会', type: 'industry' }, targets })
  expect(area.map((r) => r.share)).toEqual(['本级及下属 480 名', null])
})

test('trend bars are relative to the busiest day; an empty window stays flat', () => {
  const trend = [
    { day: '2027-04-28', participants: 0, entries: 1, competitions: 0 },
    { day: '2027-04-29', participants: 50, entries: 0, competitions: 0 },
    { day: '2027-04-30', participants: 20, entries: 0, competitions: 0 },
  ]
  expect(trendBars(trend, 'participants').map((b) => [b.label, b.height])).toEqual([
    ['04-28', 0],
    ['04-29', 100],
    ['04-30', 40],
  ])
  expect(trendBars(trend, 'competitions').every((b) => b.height === 0)).toBe(true)
})

test('rates as percentages', () => {
  expect(rateText(0.8531)).toBe('85.3%')
  expect(rateText(0)).toBe('0.0%')
  expect(rateText(1)).toBe('100.0%')
})
