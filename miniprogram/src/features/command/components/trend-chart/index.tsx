import { Text, View } from '@tarojs/components'
import type { TrendBar } from '../../dashboard-view'
import './index.scss'

/**
 * The day-by-day trend as plain views: one bar per day, its height relative to the busiest day. No
 * chart library (canvas differs between weapp and H5 and would weigh on the bundle); a few date labels
 * under the bars, and the busiest day said in words for those who do not read charts.
 */
export default function TrendChart({ bars, unit }: { bars: TrendBar[]; unit: string }) {
  if (bars.length === 0) return <Text className='trend-chart__empty'>活动还没有开始</Text>
  const peak = bars.reduce((a, b) => (b.value > a.value ? b : a), bars[0])
  const total = bars.reduce((n, b) => n + b.value, 0)
  const labelled = new Set([0, Math.floor((bars.length - 1) / 2), bars.length - 1])
  return (
    <View className='trend-chart' id='trend-chart'>
      <Text className='trend-chart__summary'>{peak.value > 0 ? `共 ${total} ${unit}，最多的一天 ${peak.label}：${peak.value} ${unit}` : `还没有新增`}</Text>
      <View className='trend-chart__bars'>
        {bars.map((b) => (
          <View key={b.day} className='trend-chart__slot' aria-label={`${b.label} ${b.value}${unit}`}>
            <View className={`trend-chart__bar${b.value > 0 ? '' : ' trend-chart__bar--zero'}`} style={{ height: `${Math.max(b.height, 2)}%` }} />
          </View>
        ))}
      </View>
      <View className='trend-chart__axis'>
        {bars.map((b, i) => (
          <Text key={b.day} className='trend-chart__tick'>
            {labelled.has(i) ? b.label : ''}
          </Text>
        ))}
      </View>
    </View>
  )
}
