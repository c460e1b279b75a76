import { Text, View } from '@tarojs/components'
import type { CompetitionDetail } from '@contract/entities/competition'
import { eligibilityText, modeText, placesText, timeRange } from '../../text'
import './index.scss'

/** What a worker asks before signing up: when, where, how many, who may, alone or as a team. */
export default function CompetitionFacts({ competition: c }: { competition: CompetitionDetail }) {
  const rows: Array<[string, string]> = [
    ['报名时间', timeRange(c.signupStartAt, c.signupEndAt)],
    ['比赛时间', timeRange(c.eventStartAt, c.eventEndAt)],
    ['比赛地点', c.place],
    ['名额', c.status === 'published' ? placesText(c) : `共${c.capacity}个名额`],
    ['报名对象', eligibilityText(c)],
    ['报名方式', `${modeText(c)}${c.needsApproval ? '，需主办单位审核' : ''}`],
  ]
  return (
    <View className='competition-facts'>
      {rows.map(([label, value]) => (
        <View key={label} className='competition-facts__row'>
          <Text className='competition-facts__label'>{label}</Text>
          <Text className='competition-facts__value'>{value}</Text>
        </View>
      ))}
    </View>
  )
}
