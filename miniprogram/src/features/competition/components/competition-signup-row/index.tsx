import { Text, View } from '@tarojs/components'
import type { SignupRow } from '@contract/entities/competition'
import { SIGNUP_STATUS_LABELS, SIGNUP_STATUS_TONES } from '../../text'
import { formatDateTime } from '../../../../utils/date'
import StatusTag from '../../../../components/status-tag'
import { DecisionButtons, DecisionCheck } from '../../../../components/decision-bar'
import './index.scss'

export interface CompetitionSignupRowProps {
  row: SignupRow
  /** Shown (with its tick box) when several can be chosen at once. */
  checked?: boolean
  onToggle?: () => void
  onApprove?: () => void
  onReject?: () => void
  busy?: boolean
}

/** One sign-up on the organiser's list: who (or which team), their unit, where it stands. */
export default function CompetitionSignupRow({ row, checked, onToggle, onApprove, onReject, busy = false }: CompetitionSignupRowProps) {
  const tag = row.status === 'waitlisted' && row.waitlistPosition ? `候补第${row.waitlistPosition}位` : SIGNUP_STATUS_LABELS[row.status]
  return (
    <View className='competition-signup-row'>
      <View className='competition-signup-row__top' onClick={onToggle}>
        {onToggle && <DecisionCheck checked={Boolean(checked)} />}
        <View className='competition-signup-row__body'>
          <View className='competition-signup-row__name-line'>
            <Text className='competition-signup-row__name'>{row.teamName || row.realName}</Text>
            <StatusTag tone={SIGNUP_STATUS_TONES[row.status]}>{tag}</StatusTag>
          </View>
          {row.teamName && (
            <Text className='competition-signup-row__meta'>
              队长 {row.realName} · 队员{' '}
              {row.members
                .filter((m) => m.realName !== row.realName)
                .map((m) => m.realName)
                .join('、')}
            </Text>
          )}
          <Text className='competition-signup-row__meta'>{row.unitName}</Text>
          <Text className='competition-signup-row__meta'>{formatDateTime(row.createdAt)} 报名</Text>
          {row.checkedInAt && <Text className='competition-signup-row__checked'>已于 {formatDateTime(row.checkedInAt)} 签到</Text>}
          {row.rejectReason && row.status === 'rejected' && <Text className='competition-signup-row__reason'>原因：{row.rejectReason}</Text>}
        </View>
      </View>
      {(onApprove || onReject) && (
        <DecisionButtons
          buttons={[
            ...(onReject ? [{ text: '不通过', danger: true, disabled: busy, onClick: onReject }] : []),
            ...(onApprove ? [{ text: '通过', loading: busy, onClick: onApprove }] : []),
          ]}
        />
      )}
    </View>
  )
}
