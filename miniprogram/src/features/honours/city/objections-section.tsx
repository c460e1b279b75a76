import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { HONOUR_LIMITS as L, OBJECTION_STATUS_LABELS, type ObjectionStatus, type ObjectionView } from '@contract/entities/honours'
import { DecisionButtons, DecisionDialog } from '../../../components/decision-bar'
import EmptyState from '../../../components/empty-state'
import { ListBody } from '../../../components/page-state'
import SegTabs from '../../../components/seg-tabs'
import { useDecisions, type DecisionOutcome } from '../../../hooks/use-decisions'
import { usePagedList } from '../../../hooks/use-paged-list'
import { call } from '../../../services/cloud'
import { formatDateTime } from '../../../utils/date'

const TABS: Array<{ key: ObjectionStatus; label: string }> = [
  { key: 'open', label: OBJECTION_STATUS_LABELS.open },
  { key: 'upheld', label: OBJECTION_STATUS_LABELS.upheld },
  { key: 'dismissed', label: OBJECTION_STATUS_LABELS.dismissed },
]
const subject = ([o]: ObjectionView[]) => `${o.nomineeName} · ${o.unitName}`

async function resolve(o: ObjectionView, upheld: boolean, resolution: string): Promise<DecisionOutcome> {
  const res = await call('honours.resolveObjection', { objectionId: o.id, upheld, resolution })
  return res.ok ? { decided: [o.id] } : { decided: [], error: res.error, stale: res.error.code === 'HONOUR.OBJECTION_DECIDED' }
}

function List({ status }: { status: ObjectionStatus }) {
  const list = usePagedList('honours.objections', { status })
  const d = useDecisions(
    list,
    {
      uphold: {
        reason: {
          title: '异议成立',
          confirmText: '确定异议成立',
          label: '核实结果（将作为撤下公示的原因）',
          quick: ['经核实，事迹与实际不符'],
          limit: L.reason,
          subject,
        },
        send: ([o], reason) => resolve(o, true, reason),
        done: () => '已撤下公示',
      },
      dismiss: {
        reason: { title: '异议不成立', confirmText: '确定异议不成立', label: '核实结果', quick: ['经核实，反映的问题不属实'], limit: L.reason, subject },
        send: ([o], reason) => resolve(o, false, reason),
        done: () => '已处理',
      },
    },
    { unitWord: '条' },
  )
  return (
    <>
      <ListBody
        list={list}
        empty={<EmptyState compact mark='异' title='没有异议' message='公示期间收到的异议只有市总工会能看到。' />}
        id='objection-list'
        item={(o) => (
          <View key={o.id} className='hon__card'>
            <View className='hon__row'>
              <Text className='hon__title'>{o.nomineeName}</Text>
              <Text className='hon__tag'>{OBJECTION_STATUS_LABELS[o.status]}</Text>
            </View>
            <Text className='hon__muted'>
              {o.unitName} · {formatDateTime(o.createdAt)}
            </Text>
            <Text className='hon__text'>异议：{o.reason}</Text>
            {o.resolution && <Text className='hon__muted'>核实结果：{o.resolution}</Text>}
            {o.status === 'open' && (
              <DecisionButtons
                buttons={[
                  { text: '异议成立', danger: true, disabled: d.busy, onClick: () => d.start('uphold', [o]) },
                  { text: '异议不成立', loading: d.busyId === o.id, disabled: d.busy, onClick: () => d.start('dismiss', [o]) },
                ]}
              />
            )}
          </View>
        )}
      />
      <DecisionDialog flow={d} />
    </>
  )
}

/** 异议: what people objected to on the notice (never shown to the nominee or their unit); resolve each. */
export default function ObjectionsSection() {
  const [status, setStatus] = useState<ObjectionStatus>('open')
  return (
    <View id='objections-section'>
      <SegTabs<ObjectionStatus> tabs={TABS} active={status} onChange={setStatus} />
      <List key={status} status={status} />
    </View>
  )
}
