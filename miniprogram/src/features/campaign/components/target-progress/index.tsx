import { Text, View } from '@tarojs/components'
import type { CampaignTarget } from '@contract/entities/campaign'
import { TARGET_MEANINGS } from '@contract/wording/held'
import { groupDigits, progressOf } from '../../../../utils/number'
import './index.scss'

/** One target of "三百、三千、三万": what it is, how far it has come, as a bar and in numbers. */
export default function TargetProgress({ target, featured = false }: { target: CampaignTarget; featured?: boolean }) {
  const { percent, over } = progressOf(target.count, target.goal)
  return (
    <View
      className={`target-progress${featured ? ' target-progress--featured' : ''}`}
      aria-label={`${target.label}，已完成${target.count}${target.unit}，目标${target.goal}${target.unit}`}
    >
      <View className='target-progress__head'>
        <Text className='target-progress__label'>{target.label}</Text>
        <Text className='target-progress__percent'>{over ? '已超额' : `${percent}%`}</Text>
      </View>
      <View className='target-progress__bar'>
        <View className='target-progress__fill' style={{ width: `${percent}%` }} />
      </View>
      <View className='target-progress__numbers'>
        <Text className='target-progress__count'>{groupDigits(target.count)}</Text>
        <Text className='target-progress__goal'>
          {' '}
          / {groupDigits(target.goal)} {target.unit}
        </Text>
      </View>
      {TARGET_MEANINGS[target.key] && <Text className='target-progress__meaning'>{TARGET_MEANINGS[target.key]}</Text>}
    </View>
  )
}
