// One chair invitation as it is printed or forwarded: the unit, the mini-program code to scan, the code
// to type, and whether it is still usable.
import { Image, Text, View } from '@tarojs/components'
import type { ChairInviteView } from '@contract/entities/setup'
import { spacedCode } from '../../org/invite-code'
import { formatFullDate } from '../../../utils/date'
import { roleLabel, SETUP_TEXT } from '../wording'
import './setup.scss'

export default function ChairInviteRow({ invite, now }: { invite: ChairInviteView; now: number }) {
  const status = invite.used
    ? `${SETUP_TEXT.inviteUsed}${invite.usedByName ? `（${invite.usedByName}）` : ''}`
    : invite.expiresAt <= now
      ? SETUP_TEXT.inviteExpired
      : `有效期至 ${formatFullDate(invite.expiresAt)}`
  return (
    <View className='chair-invite'>
      {invite.qrUrl ? <Image className='chair-invite__qr' src={invite.qrUrl} mode='aspectFit' showMenuByLongpress /> : <View className='chair-invite__qr' />}
      <View className='chair-invite__body'>
        <Text className='chair-invite__unit'>{invite.unit.name}</Text>
        <Text className='chair-invite__meta'>{roleLabel(invite.role)}</Text>
        <Text className='chair-invite__code'>{spacedCode(invite.code)}</Text>
        <Text className='chair-invite__meta'>{status}</Text>
      </View>
    </View>
  )
}
