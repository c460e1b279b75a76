import { Text, View } from '@tarojs/components'
import type { ResultEntry } from '@contract/entities/competition'
import { formatDateTime } from '../../../../utils/date'
import './index.scss'

/** Published results in rank order: the award, the person or team, and their unit (nothing more). */
export default function CompetitionResults({ results, publishedAt }: { results: ResultEntry[]; publishedAt: number | null }) {
  return (
    <View className='competition-results' id='results'>
      {results.map((r, i) => (
        <View key={`${r.rank}-${r.name}-${i}`} className='competition-results__row'>
          <View className={`competition-results__rank${r.rank <= 3 ? ` competition-results__rank--top${r.rank}` : ''}`}>{r.rank}</View>
          <View className='competition-results__body'>
            <View className='competition-results__line'>
              <Text className='competition-results__name'>{r.name}</Text>
              <Text className='competition-results__award'>{r.award}</Text>
            </View>
            <Text className='competition-results__unit'>{r.unitName}</Text>
          </View>
        </View>
      ))}
      {publishedAt && <Text className='competition-results__note'>{formatDateTime(publishedAt)} 公布</Text>}
    </View>
  )
}
