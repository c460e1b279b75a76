import { Text, View } from '@tarojs/components'
import type { Me } from '@contract/entities/people'
import { ROLE_LABELS } from '@contract/roles'
import { displayName } from '../../../../services/me'
import UserAvatar from '../../../../components/user-avatar'
import './index.scss'

/** Roles as people say them: "基层工会主席", with the unit when it is not their own. */
export function roleLines(me: Pick<Me, 'roles' | 'unit'>): string[] {
  return me.roles.map((r) => (r.role === 'worker' || r.unit.id === me.unit?.id ? ROLE_LABELS[r.role] : `${ROLE_LABELS[r.role]}（${r.unit.name}）`))
}

/** The head of 我的: picture, name, unit with the unions above it, roles. */
export default function MeCard({ me }: { me: Me }) {
  const name = displayName(me)
  return (
    <View className='me-card'>
      <View className='me-card__top'>
        <UserAvatar url={me.avatarUrl} name={name} size='m' />
        <View className='me-card__who'>
          <Text className='me-card__name'>{name || '您好'}</Text>
          {me.realName && me.nickname && me.nickname !== me.realName && <Text className='me-card__nickname'>昵称：{me.nickname}</Text>}
          {!name && <Text className='me-card__nickname'>欢迎参加庆“五一”系列活动</Text>}
        </View>
      </View>
      {me.unit && (
        <View className='me-card__unit' id='my-unit'>
          <Text className='me-card__unit-name'>{me.unit.name}</Text>
          {/* The unions above: for the city union itself the path would only repeat its name. */}
          {me.unit.path.length > 1 && <Text className='me-card__unit-path'>{me.unit.path.map((u) => u.name).join(' › ')}</Text>}
        </View>
      )}
      {me.roles.length > 0 && (
        <View className='me-card__roles'>
          {roleLines(me).map((line) => (
            <Text key={line} className='me-card__role'>
              {line}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}
