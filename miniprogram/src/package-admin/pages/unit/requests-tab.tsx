import { Text, View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { JoinRequestView, UnitRef } from '@contract/entities/people'
import EmptyState from '../../../components/empty-state'
import ListFooter from '../../../components/list-footer'
import { ListBody } from '../../../components/page-state'
import ReasonDialog from '../../../components/reason-dialog'
import StatusTag from '../../../components/status-tag'
import { useJoinDecisions } from '../../../features/org/hooks/use-join-decisions'
import type { PagedList } from '../../../hooks/use-paged-list'
import { formatDateTime } from '../../../utils/date'

const QUICK_REASONS = ['不是本单位职工', '姓名与单位登记不一致', '请用邀请码加入本单位']

function RequestRow({ request, unit, checked, onToggle, onApprove, onReject, busy }: { request: JoinRequestView; unit: UnitRef; checked?: boolean; onToggle?: () => void; onApprove: () => void; onReject: () => void; busy: boolean }) {
  return (
    <View className="unit-admin__request">
      <View className="unit-admin__request-top" onClick={onToggle}>
        {onToggle && (
          <View className={`unit-admin__check${checked ? ' unit-admin__check--on' : ''}`} role="checkbox" aria-checked={checked}>
            {checked ? '✓' : ''}
          </View>
        )}
        <View className="unit-admin__request-body">
          <View className="unit-admin__request-name">
            <Text className="unit-admin__name">{request.realName}</Text>
            {request.nickname && request.nickname !== request.realName && <Text className="unit-admin__nickname">（{request.nickname}）</Text>}
            <StatusTag tone="pending" />
          </View>
          {request.job && <Text className="unit-admin__meta">{request.job}</Text>}
          {request.unit.id !== unit.id && <Text className="unit-admin__meta">申请加入：{request.unit.name}</Text>}
          <Text className="unit-admin__meta">{formatDateTime(request.requestedAt)} 申请</Text>
        </View>
      </View>
      <View className="unit-admin__request-actions">
        <Button className="unit-admin__request-button" size="large" type="danger" fill="outline" disabled={busy} onClick={onReject}>
          不通过
        </Button>
        <Button className="unit-admin__request-button" size="large" type="primary" loading={busy} onClick={onApprove}>
          通过
        </Button>
      </View>
    </View>
  )
}

/** 入会申请: people asking to join, approved one by one or several at once, turned down with a reason. */
export default function RequestsTab({ unit, list, onApproved }: { unit: UnitRef; list: PagedList<JoinRequestView>; onApproved: () => void }) {
  const d = useJoinDecisions(list, onApproved)
  if (list.items.length === 0) return <ListBody list={list} empty={<EmptyState mark="审" title="没有待审核的申请" message="职工选择本单位申请加入后，会出现在这里。下拉可以刷新。" />}>{() => null}</ListBody>
  // Choosing several to approve at once only makes sense when there are several.
  const batch = list.items.length > 1
  return (
    <View className={`unit-admin__requests${d.selected.length ? ' unit-admin__requests--with-bar' : ''}`} id="request-list">
      {batch ? (
        <View className="unit-admin__select-all" onClick={d.toggleAll}>
          <View className={`unit-admin__check${d.allSelected ? ' unit-admin__check--on' : ''}`}>{d.allSelected ? '✓' : ''}</View>
          <Text>全选（{list.items.length} 人）</Text>
        </View>
      ) : (
        <View className="unit-admin__spacer" />
      )}
      {list.items.map((r) => (
        <RequestRow
          key={r.id}
          request={r}
          unit={unit}
          checked={d.selected.includes(r.id)}
          onToggle={batch ? () => d.toggle(r.id) : undefined}
          onApprove={() => d.approve([r.id])}
          onReject={() => d.startReject(r)}
          busy={d.approving || d.rejectBusy}
        />
      ))}
      <ListFooter loadingMore={list.loadingMore} hasMore={list.hasMore} count={list.items.length} onMore={() => void list.loadMore()} />

      {batch && d.selected.length > 0 && (
        <View className="unit-admin__bar">
          <Text className="unit-admin__bar-text">已选 {d.selected.length} 人</Text>
          <Button id="approve-selected" className="unit-admin__bar-button" type="primary" size="large" loading={d.approving} onClick={() => d.approve(d.selected)}>
            全部通过
          </Button>
        </View>
      )}

      <ReasonDialog
        visible={Boolean(d.rejecting)}
        title="不通过入会申请"
        subject={d.rejecting ? `${d.rejecting.realName} 申请加入「${d.rejecting.unit.name}」` : undefined}
        quickReasons={QUICK_REASONS}
        busy={d.rejectBusy}
        onConfirm={d.reject}
        onCancel={d.cancelReject}
      />
    </View>
  )
}
