import { Text, View } from '@tarojs/components'
import type { CampaignLine, LineKey } from '@contract/entities/campaign'
import { COMING_TAG } from '../../lines'
import './index.scss'

/** One character for each line's badge: 风 技 作 智 爱. */
const BADGE: Record<LineKey, string> = { fengcai: '风', jineng: '技', zuopin: '作', zhihui: '智', aixin: '爱' }

/** A line card; with `onClick` it leads to the line's feature (or says what is coming) and shows an arrow. */
export default function LineCard({ line, onClick, coming = false }: { line: CampaignLine; onClick?: () => void; coming?: boolean }) {
  return (
    <View className={`line-card${onClick ? ' line-card--link' : ''}`} id={`line-${line.key}`} onClick={onClick}>
      <View className='line-card__badge'>{BADGE[line.key]}</View>
      <View className='line-card__body'>
        <Text className='line-card__name'>
          {line.name}
          {coming && <Text className='line-card__coming'>{COMING_TAG}</Text>}
        </Text>
        <Text className='line-card__summary'>{line.summary}</Text>
      </View>
      {onClick && <Text className='line-card__arrow'>›</Text>}
    </View>
  )
}
