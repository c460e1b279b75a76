import { Text, View } from '@tarojs/components'
import type { Me } from '@contract/entities/people'
import { PENDING_JOIN_BLOCKS, pendingDecider } from '@contract/wording/membership'
import Button from '../../../../components/button'
import { formatDateTime } from '../../../../utils/date'
import StatusTag from '../../../../components/status-tag'
import './index.scss'

export interface JoinStatusProps {
  me: Pick<Me, 'pendingJoin' | 'lastJoinDecision' | 'unit'>
  onCancel?: () => void
  cancelling?: boolean
  /** Shown under a turned-down request when the person has no unit yet. */
  onRetry?: () => void
}

/**
 * Where the person's request to join a unit stands: 待审核 (with 撤回), or the last decision —
 * 未通过 always with the chair's reason. An approved request needs no card: the unit shows instead.
 */
export default function JoinStatus({ me, onCancel, cancelling = false, onRetry }: JoinStatusProps) {
  if (me.pendingJoin) {
    return (
      <View className='join-status' id='join-pending'>
        <View className='join-status__head'>
          <StatusTag tone='pending' />
          <Text className='join-status__title'>申请加入「{me.pendingJoin.unit.name}」</Text>
        </View>
        <Text className='join-status__text'>
          {formatDateTime(me.pendingJoin.requestedAt)} 提交，等待{pendingDecider(me.pendingJoin)}审核。{PENDING_JOIN_BLOCKS}
        </Text>
        {onCancel && (
          <View className='join-status__button'>
            <Button size='large' block loading={cancelling} onClick={onCancel}>
              撤回申请
            </Button>
          </View>
        )}
      </View>
    )
  }
  const last = me.lastJoinDecision
  if (last && !last.approved && !me.unit) {
    return (
      <View className='join-status join-status--rejected' id='join-rejected'>
        <View className='join-status__head'>
          <StatusTag tone='rejected' />
          <Text className='join-status__title'>申请加入「{last.unit.name}」</Text>
        </View>
        <Text className='join-status__reason'>原因：{last.reason || '单位工会未填写原因'}</Text>
        <Text className='join-status__text'>{formatDateTime(last.decidedAt)} 审核。如有疑问，请联系该单位工会，或重新选择单位。</Text>
        {onRetry && (
          <View className='join-status__button'>
            <Button type='primary' size='large' block onClick={onRetry}>
              重新加入单位
            </Button>
          </View>
        )}
      </View>
    )
  }
  return null
}
