import PendingJoinNotice from '../../../features/people/components/pending-join-notice'
import { Text, View } from '@tarojs/components'
import Taro, { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useRef } from 'react'
import CompetitionCard from '../../../features/competition/components/competition-card'
import EmptyState from '../../../components/empty-state'
import ListFooter from '../../../components/list-footer'
import { PageError, PageLoading } from '../../../components/page-state'
import StatusTag from '../../../components/status-tag'
import { useMe } from '../../../hooks/use-me'
import { usePagedList } from '../../../hooks/use-paged-list'
import { COMPETITION_ROUTES } from '../../../features/competition/routes'
import { signupStateOf } from '@contract/wording/signup'
import { open, profileUrl, ROUTES } from '../../../services/navigation'
import './index.scss'

function MySignups() {
  const list = usePagedList('competition.mySignups', {})
  usePullDownRefresh(() => {
    void list.reload().then(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => void list.loadMore())
  // Back from a competition's page (withdrawn, or decided meanwhile): show what is true now.
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void list.reload()
    shown.current = true
  })

  if (list.loading && list.items.length === 0) return <PageLoading hero={false} rows={3} />
  if (list.error && list.items.length === 0) return <PageError error={list.error} onRetry={() => void list.reload()} />
  if (list.items.length === 0)
    return <EmptyState mark="报" title="还没有报名" message="劳动竞赛、技能比武、文体活动和技能培训，都可以在这里报名。" actionText="去看看竞赛" onAction={() => open(COMPETITION_ROUTES.list)} />
  return (
    <View className="competition-mine__list" id="my-signups">
      {list.items.map(({ signup, competition }) => {
        const status = signupStateOf(signup, competition)
        return (
          <CompetitionCard key={signup.id} competition={competition} tag={<StatusTag tone={status.tone}>{status.tag}</StatusTag>} onClick={() => open(COMPETITION_ROUTES.detail(competition.id))}>
            <View className="competition-mine__status">
              {signup.teamName && <Text className="competition-mine__team">队伍：{signup.teamName}{signup.isCaptain ? '（我是队长）' : ''}</Text>}
              <Text className="competition-mine__text">{status.text}</Text>
              {status.ticket && <Text className="competition-mine__link">点开查看参赛凭证 ›</Text>}
            </View>
          </CompetitionCard>
        )
      })}
      <ListFooter loadingMore={list.loadingMore} hasMore={list.hasMore} count={list.items.length} onMore={() => void list.loadMore()} />
    </View>
  )
}

export default function MySignupsPage() {
  const { me, error, loading, reload } = useMe()
  if (me?.pendingJoin && !me.profileComplete) return <PendingJoinNotice pending={me.pendingJoin} onOpen={() => open(ROUTES.me)} />
  if (me && !me.profileComplete)
    return <EmptyState mark="报" title="还不能报名" message="报名前要先填写姓名，并加入您所在单位的工会。" actionText="完善资料" onAction={() => open(profileUrl(COMPETITION_ROUTES.mine))} />
  if (me) return <MySignups />
  if (error && !loading) return <PageError error={error} onRetry={() => void reload()} />
  return <PageLoading hero={false} />
}
