import { Image, Text, View } from '@tarojs/components'
import type { UnitRef } from '@contract/entities/people'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import InviteCard from '../../../features/org/components/invite-card'
import { Loaded } from '../../../components/page-state'
import Sheet from '../../../components/sheet'
import { INVITE_DAYS, type useInvites } from '../../../features/org/hooks/use-invites'
import { spacedCode } from '../../../features/org/invite-code'

/** 邀请码: make a code for the unit, share it or its mini-program code, stop old ones. */
export default function InvitesTab({ unit, invites, now }: { unit: UnitRef; invites: ReturnType<typeof useInvites>; now: number }) {
  return (
    <View className='unit-admin__invites'>
      <View className='unit-admin__create'>
        <Text className='unit-admin__create-title'>生成新的邀请码</Text>
        <Text className='unit-admin__create-lead'>职工输入邀请码或扫二维码，就能直接加入「{unit.name}」，不用再审核。</Text>
        <View className='unit-admin__days' role='radiogroup'>
          {INVITE_DAYS.map((d) => (
            <View
              key={d}
              id={`days-${d}`}
              className={`unit-admin__day${invites.days === d ? ' unit-admin__day--on' : ''}`}
              role='radio'
              aria-checked={invites.days === d}
              onClick={() => invites.setDays(d)}
            >
              {d} 天有效
            </View>
          ))}
        </View>
        <Button id='create-invite' type='primary' size='large' block loading={invites.creating} onClick={invites.create}>
          生成邀请码
        </Button>
      </View>

      <Loaded
        state={invites}
        data={invites.loading || (invites.error && invites.items.length === 0) ? undefined : invites.items}
        skeleton={{ hero: false, rows: 2 }}
      >
        {(items) =>
          items.length === 0 ? (
            <EmptyState compact mark='码' title='还没有邀请码' message='点上面的“生成邀请码”，把邀请码发到职工群里。' />
          ) : (
            <View id='invite-list'>
              {items.map((i) => (
                <InviteCard
                  key={i.id}
                  invite={i}
                  now={now}
                  onCopy={() => invites.copy(i)}
                  onQr={() => invites.showQr(i)}
                  onRevoke={() => invites.revoke(i)}
                  revoking={invites.revokingId === i.id}
                />
              ))}
            </View>
          )
        }
      </Loaded>

      <Sheet visible={Boolean(invites.qr)} title='邀请二维码' onClose={invites.closeQr} id='invite-qr'>
        {invites.qr && (
          <View className='unit-admin__qr'>
            {invites.qr.loading || !invites.qr.imageUrl ? (
              <View className='unit-admin__qr-loading'>正在生成二维码…</View>
            ) : (
              // Long-press offers WeChat's own save / forward / recognise menu.
              <Image className='unit-admin__qr-image' src={invites.qr.imageUrl} mode='aspectFit' showMenuByLongpress />
            )}
            <Text className='unit-admin__qr-code'>{spacedCode(invites.qr.invite.code)}</Text>
            <Text className='unit-admin__qr-lead'>请职工用微信扫一扫。长按图片可以保存或转发。</Text>
          </View>
        )}
      </Sheet>
    </View>
  )
}
