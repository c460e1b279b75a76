import { Text, View } from '@tarojs/components'
import type { Me } from '@contract/entities/people'
import { PENDING_JOIN_BLOCKS, pendingJoinLine } from '@contract/wording/membership'
import Button from '../../../../components/button'
import { formatDateTime } from '../../../../utils/date'
import StatusTag from '../../../../components/status-tag'
import './index.scss'

/**
 * Shown wherever something needs a unit while the person's join request still waits: which unit,
 * who decides, what waits on it — instead of sending them to a profile they have already filled in.
 */
export default function PendingJoinNotice({ pending, onOpen }: { pending: NonNullable<Me['pendingJoin']>; onOpen?: () => void }) {
  return (
    <View className='pending-join' id='pending-join-notice'>
      <View className='pending-join__head'>
        <StatusTag tone='pending'>入会审核中</StatusTag>
        <Text className='pending-join__when'>{formatDateTime(pending.requestedAt)} 提交</Text>
      </View>
      <Text className='pending-join__line'>{pendingJoinLine(pending)}</Text>
      <Text className='pending-join__text'>{PENDING_JOIN_BLOCKS}</Text>
      {onOpen && (
        <Button className='pending-join__button' size='large' block onClick={onOpen}>
          查看我的申请
        </Button>
      )}
    </View>
  )
}
