import { Text, View } from '@tarojs/components'
import type { AreaProgress } from '@contract/entities/competition'
import { UNIT_TYPE_LABELS } from '@contract/roles'
import { progressOf } from '../../../../utils/number'
import './index.scss'

/** One industry or township union against the plan's "3 or more": behind ones stand out, in words too. */
export default function CompetitionProgressRow({ item, minimum }: { item: AreaProgress; minimum: number }) {
  const behind = item.held < minimum
  const { percent } = progressOf(item.held, minimum)
  return (
    <View className={`competition-progress-row${behind ? ' competition-progress-row--behind' : ''}`}>
      <View className='competition-progress-row__head'>
        <View className='competition-progress-row__who'>
          <Text className='competition-progress-row__name'>{item.unit.name}</Text>
          <Text className='competition-progress-row__type'>{UNIT_TYPE_LABELS[item.unit.type]}</Text>
        </View>
        <Text className='competition-progress-row__count'>
          {item.held}
          <Text className='competition-progress-row__goal'> / {minimum} 场</Text>
        </Text>
      </View>
      <View className='competition-progress-row__bar'>
        <View className='competition-progress-row__fill' style={{ width: `${percent}%` }} />
      </View>
      <Text className='competition-progress-row__note'>{`${behind ? `还差 ${minimum - item.held} 场` : '已达标'}${item.upcoming ? ` · 另有 ${item.upcoming} 场未举办` : ''}`}</Text>
    </View>
  )
}
