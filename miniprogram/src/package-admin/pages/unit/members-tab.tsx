import { View } from '@tarojs/components'
import type { Member, UnitRef } from '@contract/entities/people'
import EmptyState from '../../../components/empty-state'
import MemberRow from '../../../features/org/components/member-row'
import { ListBody } from '../../../components/page-state'
import type { PagedList } from '../../../hooks/use-paged-list'

/** 成员: everyone in the unit and the units under it, newest first, a page at a time. */
export default function MembersTab({ unit, list, onInvite }: { unit: UnitRef; list: PagedList<Member>; onInvite: () => void }) {
  return (
    <ListBody list={list} empty={<EmptyState mark="人" title="还没有成员" message="生成邀请码发到职工群里，职工输入邀请码就能加入。" actionText="去生成邀请码" onAction={onInvite} />}>
      {(items) => (
        <View className="unit-admin__list" id="member-list">
          {items.map((m) => (
            <MemberRow key={m.userId} member={m} contextUnitId={unit.id} />
          ))}
        </View>
      )}
    </ListBody>
  )
}
