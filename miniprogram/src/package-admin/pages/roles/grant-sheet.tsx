import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { UnitRef } from '@contract/entities/people'
import { ROLE_LABELS } from '@contract/roles'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import ListFooter from '../../../components/list-footer'
import MemberRow from '../../../features/org/components/member-row'
import SearchBox from '../../../components/search-box'
import Sheet from '../../../components/sheet'
import { usePagedList } from '../../../hooks/use-paged-list'
import { eligibleFor, type useRoleAdmin } from '../../../features/org/hooks/use-role-admin'

/** 任命职务: the role first (only those the caller may give here), then the person, then one button. */
export default function GrantSheet({ unit, admin }: { unit: UnitRef; admin: ReturnType<typeof useRoleAdmin> }) {
  // Across a whole city the list is long: found by the start of a name or by the unit's name, 20 at a time.
  const [keyword, setKeyword] = useState('')
  const members = usePagedList('org.members', admin.granting ? { unitId: unit.id, ...(keyword ? { keyword } : {}) } : null)
  const role = admin.role
  const candidates = role ? members.items.filter((m) => eligibleFor(role, unit, m)) : []
  return (
    <Sheet
      visible={admin.granting}
      title={`在「${unit.name}」任命职务`}
      onClose={admin.close}
      scroll
      onScrollToLower={() => void members.loadMore()}
      id='grant-sheet'
      footer={
        <View>
          {admin.error && <Text className='roles__error'>{admin.error}</Text>}
          <Button id='confirm-grant' type='primary' size='large' block disabled={!role || !admin.member} loading={admin.grantBusy} onClick={admin.grant}>
            {role && admin.member ? `任命 ${admin.member.realName} 为${ROLE_LABELS[role]}` : '请选择职务和人员'}
          </Button>
        </View>
      }
    >
      <Text className='roles__step'>第一步：选择职务</Text>
      <View className='roles__choices'>
        {admin.roles.map((r) => (
          <View
            key={r}
            id={`role-${r}`}
            className={`roles__choice${r === role ? ' roles__choice--on' : ''}`}
            role='radio'
            aria-checked={r === role}
            onClick={() => admin.setRole(r)}
          >
            {ROLE_LABELS[r]}
          </View>
        ))}
      </View>

      <Text className='roles__step'>第二步：选择人员</Text>
      {role && <SearchBox id='grant-search' placeholder='搜索姓名或单位' value={keyword} onSearch={setKeyword} />}
      {!role ? (
        <Text className='roles__hint'>先选择职务。</Text>
      ) : members.loading ? (
        <View className='roles__hint'>加载中…</View>
      ) : candidates.length === 0 ? (
        <EmptyState
          compact
          mark='人'
          title={keyword ? `没有找到“${keyword}”` : '没有可任命的人员'}
          message={
            keyword
              ? '姓名从第一个字开始输入，或输入单位名称中的字词。'
              : role === 'judge'
                ? '还没有成员。'
                : `${ROLE_LABELS[role]}要从本单位的成员中任命，本单位还没有成员。`
          }
        />
      ) : (
        <View className='roles__members' id='grant-members'>
          {candidates.map((m) => {
            // Someone already in the role cannot be given it again (ROLE.ALREADY_HELD): say so up front.
            const holds = m.roles.some((r) => r.role === role && r.unitId === unit.id)
            const chosen = admin.member?.userId === m.userId
            return (
              <MemberRow
                key={m.userId}
                member={m}
                contextUnitId={unit.id}
                selected={chosen}
                onClick={holds ? undefined : () => admin.setMember(m)}
                trailing={holds ? <Text className='roles__held'>已担任</Text> : <Text className='unit-browser__pick'>{chosen ? '已选' : '选择'}</Text>}
              />
            )
          })}
          <ListFooter loadingMore={members.loadingMore} hasMore={members.hasMore} count={members.items.length} onMore={() => void members.loadMore()} />
        </View>
      )}
    </Sheet>
  )
}
