import { Text, View } from '@tarojs/components'
import type { DashboardUnitRow } from '@contract/entities/dashboard'
import './index.scss'

/** A leaderboard: rank, unit, its figure (e.g. "85.3%" or "120 件") and a detail line. */
export default function UnitBoard({
  id,
  rows,
  figure,
  detail,
  empty,
}: {
  id: string
  rows: DashboardUnitRow[]
  figure: (r: DashboardUnitRow) => string
  detail: (r: DashboardUnitRow) => string
  empty: string
}) {
  if (rows.length === 0) return <Text className='unit-board__empty'>{empty}</Text>
  return (
    <View className='unit-board' id={id}>
      {rows.map((r, i) => (
        <View key={r.unit.id} className='unit-board__row'>
          <Text className={`unit-board__rank${i < 3 ? ' unit-board__rank--top' : ''}`}>{i + 1}</Text>
          <View className='unit-board__body'>
            <Text className='unit-board__name'>{r.unit.name}</Text>
            <Text className='unit-board__detail'>{detail(r)}</Text>
          </View>
          <Text className='unit-board__figure'>{figure(r)}</Text>
        </View>
      ))}
    </View>
  )
}
