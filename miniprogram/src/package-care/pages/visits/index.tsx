import { View, Text } from '@tarojs/components'
import { useState } from 'react'
import { CARE_FILTER_LABELS, CARE_FILTERS, type CareFilter } from '@contract/entities/care'
import type { UnitRef } from '@contract/entities/people'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import { ListBody } from '../../../components/page-state'
import SegTabs from '../../../components/seg-tabs'
import { managedUnitPage } from '../../../features/org/components/managed-unit-page'
import VisitRow from '../../../features/care/components/visit-row'
import { CARE_ROUTES } from '../../../features/care/routes'
import { CARE_ROLES, CARE_TEXT } from '../../../features/care/text'
import UnitSwitch from '../../../features/org/components/unit-switch'
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
        <ListBody list={list} empty={<EmptyState compact mark='爱' title={EMPTY[filter]} />} item={(v) => <VisitRow key={v.id} visit={v} />} />
      </View>
    </View>
  )
}

export default managedUnitPage(CARE_ROLES, { title: '您没有可查看的走访记录', message: '走访慰问供工会主席和市总工会关爱专员使用。' }, Visits)
