import { Text, View } from '@tarojs/components'
import type { CompetitionSummary, MySignup } from '@contract/entities/competition'
import { signupStateOf } from '@contract/wording/signup'
import Button from '../../../../components/button'
import { formatDateTime } from '../../../../utils/date'
import StatusTag from '../../../../components/status-tag'
import './index.scss'

export interface CompetitionMyStatusProps {
  signup: MySignup
  /** Its competition: a finished or cancelled one changes the words and the actions offered. */
  competition: Pick<CompetitionSummary, 'status' | 'window' | 'resultsPublished'> & { cancelReason?: string }
  /** Offered only while the ticket is of use (a place held, the event still ahead, not checked in). */
  onTicket?: () => void
  /** Offered only while withdrawing is allowed (before sign-up ends, by the person or captain). */
  onWithdraw?: () => void
  withdrawing?: boolean
}

/** The person's own sign-up: where it stands in plain words, their team, and what they can do. */
export default function CompetitionMyStatus({ signup: s, competition, onTicket: ticket, onWithdraw: withdraw, withdrawing = false }: CompetitionMyStatusProps) {
  const status = signupStateOf(s, competition)
  const onTicket = status.ticket ? ticket : undefined
  const onWithdraw = status.withdraw ? withdraw : undefined
  return (
    <View className={`competition-my-status competition-my-status--${s.status}`} id='my-signup'>
      <View className='competition-my-status__head'>
        <Text className='competition-my-status__title'>我的报名</Text>
        <StatusTag tone={status.tone}>{status.tag}</StatusTag>
      </View>
      <Text className='competition-my-status__text'>{status.text}</Text>
      {s.teamName && (
        <View className='competition-my-status__team'>
          <Text className='competition-my-status__team-name'>队名：{s.teamName}</Text>
          <Text className='competition-my-status__members'>队员：{s.members.map((m) => m.realName).join('、')}</Text>
          {!s.isCaptain && <Text className='competition-my-status__members'>由队长报名，取消报名请联系队长</Text>}
        </View>
      )}
      {s.checkedInAt && <Text className='competition-my-status__checked'>已于 {formatDateTime(s.checkedInAt)} 签到</Text>}
      {(onTicket || onWithdraw) && (
        <View className='competition-my-status__actions'>
          {onTicket && (
            <Button className='competition-my-status__button' type='primary' size='large' block onClick={onTicket}>
              查看参赛凭证
            </Button>
          )}
          {onWithdraw && (
            <Button className='competition-my-status__button' type='danger' fill='outline' size='large' block loading={withdrawing} onClick={onWithdraw}>
              取消报名
            </Button>
          )}
        </View>
      )}
    </View>
  )
}
