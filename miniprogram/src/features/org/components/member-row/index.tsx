import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { Member } from '@contract/entities/people'
import { ROLE_LABELS } from '@contract/roles'
import { formatDate } from '../../../../utils/date'
import UserAvatar from '../../../../components/user-avatar'
import './index.scss'

export interface MemberRowProps {
  member: Member
  /** The unit the page is about: a member of a unit below it says which. */
  contextUnitId?: string
  trailing?: ReactNode
  selected?: boolean
  onClick?: () => void
}

/** One person in a unit: picture, real name (nickname), job and number, roles, when they joined. */
export default function MemberRow({ member, contextUnitId, trailing, selected = false, onClick }: MemberRowProps) {
  const details = [member.job, member.employeeNo && `工号 ${member.employeeNo}`].filter(Boolean).join(' · ')
  return (
    <View className={`member-row${selected ? ' member-row--selected' : ''}`} onClick={onClick}>
      <UserAvatar url={member.avatarUrl} name={member.realName} size='s' />
      <View className='member-row__body'>
        <View className='member-row__name-line'>
          <Text className='member-row__name'>{member.realName}</Text>
          {member.nickname && member.nickname !== member.realName && <Text className='member-row__nickname'>（{member.nickname}）</Text>}
        </View>
        {details && <Text className='member-row__meta'>{details}</Text>}
        {contextUnitId && member.unit.id !== contextUnitId && <Text className='member-row__meta'>{member.unit.name}</Text>}
        <View className='member-row__tags'>
          {member.roles.map((r) => (
            <Text key={`${r.role}:${r.unitId}`} className='member-row__role'>
              {ROLE_LABELS[r.role]}
            </Text>
          ))}
          <Text className='member-row__joined'>{formatDate(member.joinedAt)} 加入</Text>
        </View>
      </View>
      {trailing}
    </View>
  )
}
