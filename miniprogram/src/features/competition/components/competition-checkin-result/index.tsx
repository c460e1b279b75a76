import { Text, View } from '@tarojs/components'
import type { CheckinOutcome } from '../../hooks/use-competition-checkin'
import { spacedCode } from '../../text'
import { formatDateTime } from '../../../../utils/date'
import './index.scss'

/** The answer to one check-in, readable from an arm's length: green with the person, or red with why. */
export default function CompetitionCheckinResult({ outcome }: { outcome: CheckinOutcome }) {
  if (!outcome.ok) {
    return (
      <View className='competition-checkin-result competition-checkin-result--fail' id='checkin-result' role='alert'>
        <View className='competition-checkin-result__icon'>✕</View>
        <Text className='competition-checkin-result__title'>签到失败</Text>
        <Text className='competition-checkin-result__text'>{outcome.message}</Text>
        {outcome.code && <Text className='competition-checkin-result__code'>签到码 {spacedCode(outcome.code)}</Text>}
      </View>
    )
  }
  const r = outcome.row
  return (
    <View className='competition-checkin-result competition-checkin-result--ok' id='checkin-result' role='status'>
      <View className='competition-checkin-result__icon'>✓</View>
      <Text className='competition-checkin-result__title'>{outcome.again ? '此前已签到' : '签到成功'}</Text>
      <Text className='competition-checkin-result__name'>{r.teamName || r.realName}</Text>
      {r.teamName && <Text className='competition-checkin-result__text'>队长 {r.realName}</Text>}
      <Text className='competition-checkin-result__text'>{r.unitName}</Text>
      {r.checkedInAt && <Text className='competition-checkin-result__code'>签到时间 {formatDateTime(r.checkedInAt)}</Text>}
    </View>
  )
}
