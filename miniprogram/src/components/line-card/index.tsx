import { Text, View } from '@tarojs/components'
import type { CampaignLine, LineKey } from '../../../../types/entities/campaign'
import './index.scss'

/** One character for each line's badge: 风 技 作 智 爱. */
const BADGE: Record<LineKey, string> = { fengcai: '风', jineng: '技', zuopin: '作', zhihui: '智', aixin: '爱' }

export default function LineCard({ line }: { line: CampaignLine }) {
  return (
    <View className="line-card">
      <View className="line-card__badge">{BADGE[line.key]}</View>
      <View className="line-card__body">
        <Text className="line-card__name">{line.name}</Text>
        <Text className="line-card__summary">{line.summary}</Text>
      </View>
    </View>
  )
}
