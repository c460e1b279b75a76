import { View } from '@tarojs/components'
import { useReachBottom } from '@tarojs/taro'
import type { UnitRef } from '@contract/entities/people'
import EmptyState from '../../../components/empty-state'
import ListFooter from '../../../components/list-footer'
import MemberRow from '../../../features/org/components/member-row'
import { PageError, PageLoading } from '../../../components/page-state'
import type { PagedList } from '../../../hooks/use-paged-list'
import type { Member } from '@contract/entities/people'

/** 成员: everyone in the unit and the units under it, newest first, a page at a time. */
export default function MembersTab({ unit, list, onInvite }: { unit: UnitRef; list: PagedList<Member>; onInvite: () => void }) {
  useReachBottom(() => void list.loadMore())
  if (list.loading && list.items.length === 0) return <PageLoading hero={false} rows={3} />
  if (list.error && list.items.length === 0) return <PageError error={list.error} onRetry={() => void list.reload()} />
  if (list.items.length === 0)
    return <EmptyState mark="人" title="还没有成员" message="生成邀请码发到职工群里，职工输入邀请码就能加入。" actionText="去生成邀请码" onAction={onInvite} />
  return (
    <View className="unit-admin__list" id="member-list">
      {list.items.map((m) => (
        <MemberRow key={m.userId} member={m} contextUnitId={unit.id} />
      ))}
      <ListFooter loadingMore={list.loadingMore} hasMore={list.hasMore} count={list.items.length} onMore={() => void list.loadMore()} />
    </View>
  )
}
