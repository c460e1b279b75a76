import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { CARE_FILTER_LABELS, CARE_FILTERS, type CareFilter } from '@contract/entities/care'
import type { Me, UnitRef } from '@contract/entities/people'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import { ListBody } from '../../../components/page-state'
import SegTabs from '../../../components/seg-tabs'
import WithMe from '../../../components/with-me'
import VisitRow from '../../../features/care/components/visit-row'
import { CARE_ROUTES } from '../../../features/care/routes'
import { CARE_ROLES, CARE_TEXT } from '../../../features/care/text'
import UnitSwitch from '../../../features/org/components/unit-switch'
import { useManagedUnits } from '../../../features/org/hooks/use-managed-units'
import { usePagedList } from '../../../hooks/use-paged-list'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import { open } from '../../../services/navigation'
import '../../../features/care/care.scss'

const EMPTY: Record<CareFilter, string> = { all: CARE_TEXT.emptyAll, due: CARE_TEXT.emptyDue, overdue: CARE_TEXT.emptyOverdue }

function Visits({ unit, units, onSelect }: { unit: UnitRef; units: UnitRef[]; onSelect: (id: string) => void }) {
  const [filter, setFilter] = useState<CareFilter>('all')
  const list = usePagedList('care.visits', { unitId: unit.id, filter })
  usePageRefresh(list, { reloadOnShow: true })
  return (
    <View id='care-visits'>
      <UnitSwitch units={units} selected={unit} onSelect={onSelect} />
      <SegTabs<CareFilter> tabs={CARE_FILTERS.map((k) => ({ key: k, label: CARE_FILTER_LABELS[k] }))} active={filter} onChange={setFilter} />
      <View className='care-page' style={{ minHeight: 'auto' }}>
        <Text className='care-notice'>{CARE_TEXT.privacy}</Text>
        <Button id='care-record' type='primary' size='large' block onClick={() => open(CARE_ROUTES.record(unit.id))}>
          {CARE_TEXT.recordButton}
        </Button>
        <View style={{ height: '24px' }} />
        <ListBody list={list} empty={<EmptyState compact mark='爱' title={EMPTY[filter]} />}>
          {(items) => (
            <>
              {items.map((v) => (
                <VisitRow key={v.id} visit={v} />
              ))}
            </>
          )}
        </ListBody>
      </View>
    </View>
  )
}

function Page({ me }: { me: Me }) {
  const { units, selected, select } = useManagedUnits(me, CARE_ROLES)
  if (!selected) return <EmptyState mark='权' title='您没有可查看的走访记录' message='走访慰问供工会主席和市总工会关爱专员使用。' />
  return <Visits key={selected.id} unit={selected} units={units} onSelect={select} />
}

export default function CareVisitsPage() {
  return <WithMe>{(me) => <Page me={me} />}</WithMe>
}
