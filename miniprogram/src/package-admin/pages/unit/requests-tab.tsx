import { Text, View } from '@tarojs/components'
import type { JoinRequestView, UnitRef } from '@contract/entities/people'
import EmptyState from '../../../components/empty-state'
import { ListBody } from '../../../components/page-state'
import { DecisionBar, DecisionButtons, DecisionCheck, DecisionDialog, SelectAll } from '../../../components/decision-bar'
import StatusTag from '../../../components/status-tag'
import { useJoinDecisions } from '../../../features/org/hooks/use-join-decisions'
import type { PagedList } from '../../../hooks/use-paged-list'
import { formatDateTime } from '../../../utils/date'

function RequestRow({
  request,
  unit,
  checked,
  onToggle,
  onApprove,
  onReject,
  busy,
}: {
  request: JoinRequestView
  unit: UnitRef
  checked?: boolean
  onToggle?: () => void
  onApprove: () => void
  onReject: () => void
  busy: boolean
}) {
  return (
    <View className='unit-admin__request'>
      <View className='unit-admin__request-top' onClick={onToggle}>
        {onToggle && <DecisionCheck checked={Boolean(checked)} />}
        <View className='unit-admin__request-body'>
          <View className='unit-admin__request-name'>
            <Text className='unit-admin__name'>{request.realName}</Text>
            {request.nickname && request.nickname !== request.realName && <Text className='unit-admin__nickname'>（{request.nickname}）</Text>}
            <StatusTag tone='pending' />
          </View>
          {request.job && <Text className='unit-admin__meta'>{request.job}</Text>}
          {request.unit.id !== unit.id && <Text className='unit-admin__meta'>申请加入：{request.unit.name}</Text>}
          <Text className='unit-admin__meta'>{formatDateTime(request.requestedAt)} 申请</Text>
        </View>
      </View>
      <DecisionButtons
        buttons={[
          { text: '不通过', danger: true, disabled: busy, onClick: onReject },
          { text: '通过', loading: busy, onClick: onApprove },
        ]}
      />
    </View>
  )
}

/** 入会申请: people asking to join, approved one by one or several at once, turned down with a reason. */
export default function RequestsTab({ unit, list, onApproved }: { unit: UnitRef; list: PagedList<JoinRequestView>; onApproved: () => void }) {
  const d = useJoinDecisions(list, onApproved)
  // Choosing several to approve at once only makes sense when there are several.
  const batch = list.items.length > 1
  return (
    <ListBody list={list} empty={<EmptyState mark='审' title='没有待审核的申请' message='职工选择本单位申请加入后，会出现在这里。下拉可以刷新。' />}>
      {(items) => (
        <View className='unit-admin__requests' id='request-list'>
          {batch ? <SelectAll flow={d} count={items.length} unitWord='人' /> : <View className='unit-admin__spacer' />}
          {items.map((r) => (
            <RequestRow
              key={r.id}
              request={r}
              unit={unit}
              checked={d.selected.includes(r.id)}
              onToggle={batch ? () => d.toggle(r.id) : undefined}
              onApprove={() => d.start('approve', [r])}
              onReject={() => d.start('reject', [r])}
              busy={d.busy}
            />
          ))}
          {batch && <DecisionBar flow={d} unitWord='人' actions={[{ kind: 'approve', text: '全部通过', id: 'approve-selected' }]} />}
          <DecisionDialog flow={d} />
        </View>
      )}
    </ListBody>
  )
}
