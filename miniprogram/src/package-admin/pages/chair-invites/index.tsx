// Inviting every unit's chair at once: codes for all units without a chair, the sheet to print or
// forward, and each code's mini-program code (long-press to save or forward).
import { Text, View } from '@tarojs/components'
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import ListFooter from '../../../components/list-footer'
import { PageError, PageLoading } from '../../../components/page-state'
import { useMe } from '../../../hooks/use-me'
import { replace, ROUTES } from '../../../services/navigation'
import ChairInviteRow from '../../../features/setup/components/chair-invite-row'
import { useChairInvites } from '../../../features/setup/hooks/use-chair-invites'
import { SETUP_TEXT } from '../../../features/setup/wording'
import '../../../features/setup/components/setup.scss'

function Invites() {
  const inv = useChairInvites()
  const { list } = inv
  usePullDownRefresh(() => {
    void list.reload().then(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => void list.loadMore())
  const now = Date.now()
  return (
    <View className='setup-page'>
      <View className='setup-card'>
        <Text className='setup-card__title'>邀请单位主席</Text>
        <Text className='setup-card__text'>
          为每个还没有主席、也没有有效邀请码的单位生成一个一次性邀请码。主席在微信中扫码，或在“我的 → 我是工会主席”输入邀请码，即加入该单位并担任主席。
        </Text>
        <View className='setup-card__actions'>
          <Button id='invites-issue' type='primary' size='large' block loading={inv.issuing} onClick={inv.issue}>
            {SETUP_TEXT.issueButton}
          </Button>
          {inv.sheet && (
            <Button id='invites-sheet' size='large' block onClick={inv.download}>
              {SETUP_TEXT.sheetButton}（{inv.sheet.live} 个有效）
            </Button>
          )}
        </View>
      </View>
      <View className='setup-card' id='invites-list'>
        {list.error && !list.loading ? (
          <PageError error={list.error} onRetry={() => void list.reload()} />
        ) : list.items.length === 0 && !list.loading ? (
          <EmptyState compact mark='邀' title='还没有主席邀请码' message='先导入组织架构，再生成邀请码' />
        ) : (
          list.items.map((i) => <ChairInviteRow key={i.id} invite={i} now={now} />)
        )}
        <ListFooter loadingMore={list.loadingMore} hasMore={list.hasMore} count={list.items.length} onMore={() => void list.loadMore()} />
      </View>
    </View>
  )
}

export default function ChairInvitesPage() {
  const { me, error, loading, reload } = useMe()
  if (me && !me.roles.some((r) => r.role === 'city_admin'))
    return <EmptyState mark='权' title='只有市总工会管理员可以邀请单位主席' actionText='返回我的' onAction={() => replace(ROUTES.me)} />
  if (me) return <Invites />
  if (error && !loading) return <PageError error={error} onRetry={() => void reload()} />
  return <PageLoading hero={false} />
}
