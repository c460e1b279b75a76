import { Text, View } from '@tarojs/components'
import type { WorkStep } from '@contract/entities/works'
import { formatDateTime } from '../../../../utils/date'
import './index.scss'

function sentence(s: WorkStep): string {
  const unit = s.unit ? `「${s.unit.name}」` : ''
  switch (s.kind) {
    case 'submitted':
      return '提交作品'
    case 'checked':
      return '通过内容安全检查'
    case 'blocked':
      return '未通过内容安全检查'
    case 'recommended':
      return s.unit?.type === 'grassroots' ? `${unit}选送到上级工会` : `${unit}报送上级工会`
    case 'rejected':
      return `${unit}审核未通过`
    case 'exhibited':
      return '入选市总工会职工作品展'
    case 'withdrawn':
      return '撤出作品展，回到遴选'
  }
}

/** Every step a work has taken, oldest first, with its reason where there is one. */
export default function WorkSteps({ steps }: { steps: WorkStep[] }) {
  if (steps.length === 0) return null
  return (
    <View className='work-steps'>
      {steps.map((s, i) => (
        <View key={`${s.kind}-${s.at}-${i}`} className={`work-steps__step work-steps__step--${s.kind}`}>
          <View className='work-steps__dot' />
          <View className='work-steps__body'>
            <Text className='work-steps__text'>{sentence(s)}</Text>
            {s.reason && <Text className='work-steps__reason'>{s.reason}</Text>}
            <Text className='work-steps__time'>{formatDateTime(s.at)}</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
