import { Text, View } from '@tarojs/components'
import type { InviteView } from '@contract/entities/people'
import Button from '../../../../components/button'
import { spacedCode } from '../../invite-code'
import { daysUntil, formatDate } from '../../../../utils/date'
import StatusTag from '../../../../components/status-tag'
import './index.scss'

export type InviteState = 'active' | 'expired' | 'revoked'

export function inviteState(invite: Pick<InviteView, 'revoked' | 'expiresAt'>, now: number): InviteState {
  if (invite.revoked) return 'revoked'
  return invite.expiresAt <= now ? 'expired' : 'active'
}

/** "还剩 N 天" / "今天到期" / "已过期" / "已停用". */
export function inviteStatusText(invite: Pick<InviteView, 'revoked' | 'expiresAt'>, now: number): string {
  const state = inviteState(invite, now)
  if (state === 'revoked') return '已停用'
  if (state === 'expired') return '已过期'
  const left = daysUntil(invite.expiresAt, now)
  return left === 0 ? '今天到期' : `还剩 ${left} 天`
}

export interface InviteCardProps {
  invite: InviteView
  now: number
  onCopy: () => void
  onQr: () => void
  onRevoke: () => void
  revoking?: boolean
}

/** One invite code: the code itself large, how long it lasts, how often it was used, what to do with it. */
export default function InviteCard({ invite, now, onCopy, onQr, onRevoke, revoking = false }: InviteCardProps) {
  const state = inviteState(invite, now)
  const usable = state === 'active'
  return (
    <View className={`invite-card${usable ? '' : ' invite-card--off'}`}>
      <View className='invite-card__head'>
        <Text className='invite-card__code'>{spacedCode(invite.code)}</Text>
        {usable ? <StatusTag tone='approved'>{inviteStatusText(invite, now)}</StatusTag> : <StatusTag tone='muted'>{inviteStatusText(invite, now)}</StatusTag>}
      </View>
      <Text className='invite-card__meta'>
        已使用 {invite.uses} 次 · {formatDate(invite.createdAt)} 生成 · {formatDate(invite.expiresAt)} 到期
      </Text>
      {usable && (
        <View className='invite-card__actions'>
          <Button className='invite-card__action' size='small' onClick={onCopy}>
            复制
          </Button>
          <Button className='invite-card__action' size='small' onClick={onQr}>
            二维码
          </Button>
          <Button className='invite-card__action' size='small' type='danger' fill='outline' loading={revoking} onClick={onRevoke}>
            停用
          </Button>
        </View>
      )}
    </View>
  )
}
