import { Text, View } from '@tarojs/components'
import type { Member, UnitRef } from '@contract/entities/people'
import { ORG_LIMITS } from '@contract/limits/people'
import EmptyState from '../../../components/empty-state'
import ReasonDialog from '../../../components/reason-dialog'
import SearchBox from '../../../components/search-box'
import Sheet from '../../../components/sheet'
import ExportButton from '../../../features/exports/export-button'
import MemberRow from '../../../features/org/components/member-row'
import { useMemberActions } from '../../../features/org/hooks/use-member-actions'
import { ListBody } from '../../../components/page-state'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import type { PagedList } from '../../../hooks/use-paged-list'

export interface MembersTabProps {
  unit: UnitRef
  list: PagedList<Member>
  keyword: string
  onSearch: (keyword: string) => void
  onInvite: () => void
}

/** Units under this one, where a member may be moved (an area union's member units). */
function UnitPicker({ unit, current, onPick }: { unit: UnitRef; current: string; onPick: (u: UnitRef) => void }) {
  const { data, loading } = useCloudQuery('org.units', { parentId: unit.id })
  const options = (data?.children ?? []).filter((u) => u.id !== current)
  if (loading && !data) return <Text className='unit-admin__hint'>加载中…</Text>
  if (options.length === 0) return <Text className='unit-admin__hint'>本单位下没有其他单位可以调入。调往其他单位，请联系上级工会办理。</Text>
  return (
    <View className='unit-admin__units' id='transfer-units'>
      {options.map((u) => (
        <View key={u.id} className='unit-admin__unit' onClick={() => onPick(u)}>
          <Text>{u.name}</Text>
          <Text className='unit-browser__pick'>选择</Text>
        </View>
      ))}
    </View>
  )
}

/** 成员: everyone in the unit and the units under it, newest first, a page at a time; found by name or unit. */
export default function MembersTab({ unit, list, keyword, onSearch, onInvite }: MembersTabProps) {
  const actions = useMemberActions(list)
  const open = actions.open
  const search = <SearchBox id='member-search' placeholder='搜索姓名或单位' value={keyword} onSearch={onSearch} />
  const empty = keyword ? (
    <EmptyState
      mark='人'
      title={`没有找到“${keyword}”`}
      message='姓名从第一个字开始输入，或输入单位名称中的字词。'
      actionText='看全部成员'
      onAction={() => onSearch('')}
    />
  ) : (
    <EmptyState mark='人' title='还没有成员' message='生成邀请码发到职工群里，职工输入邀请码就能加入。' actionText='去生成邀请码' onAction={onInvite} />
  )
  const body = (
    <ListBody
      list={list}
      empty={empty}
      className='unit-admin__list'
      id='member-list'
      item={(m) => (
        <MemberRow
          key={m.userId}
          member={m}
          contextUnitId={unit.id}
          trailing={
            <View className='unit-admin__member-actions'>
              <Text className='unit-admin__member-action' onClick={() => actions.transfer(m)}>
                调动
              </Text>
              <Text className='unit-admin__member-action unit-admin__member-action--danger' onClick={() => actions.remove(m)}>
                移出
              </Text>
            </View>
          }
        />
      )}
    />
  )
  return (
    <View>
      {search}
      <View className='unit-admin__export'>
        <ExportButton action='org.exportMembers' input={{ unitId: unit.id }} label='导出成员名单（Excel）' />
      </View>
      {body}
      <ReasonDialog
        visible={open?.kind === 'remove'}
        title='移出本单位'
        subject={open ? `${open.member.realName} · ${open.member.unit.name}` : undefined}
        label='移出的原因（必填，会记录在案）'
        confirmText='确定移出'
        maxLength={ORG_LIMITS.reason.max}
        busy={actions.busy}
        onConfirm={(reason) => void actions.finish(reason)}
        onCancel={actions.cancel}
      />
      <Sheet
        visible={open?.kind === 'transfer' && !open.to}
        title={open ? `调动 ${open.member.realName} 到` : '调动'}
        onClose={actions.cancel}
        id='transfer-sheet'
      >
        {open?.kind === 'transfer' && <UnitPicker unit={unit} current={open.member.unit.id} onPick={actions.pickUnit} />}
      </Sheet>
      <ReasonDialog
        visible={open?.kind === 'transfer' && Boolean(open.to)}
        title={open?.kind === 'transfer' && open.to ? `调动到「${open.to.name}」` : '调动'}
        subject={open ? `${open.member.realName} · 现在在${open.member.unit.name}` : undefined}
        label='调动的原因（必填，会记录在案）'
        confirmText='确定调动'
        maxLength={ORG_LIMITS.reason.max}
        busy={actions.busy}
        onConfirm={(reason) => void actions.finish(reason)}
        onCancel={actions.cancel}
      />
    </View>
  )
}
