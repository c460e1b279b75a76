import { View } from '@tarojs/components'
import type { UnitRef } from '@contract/entities/people'
import { DECISION_LABELS } from '@contract/entities/honours'
import { DecisionButtons, DecisionDialog } from '../../../components/decision-bar'
import EmptyState from '../../../components/empty-state'
import { ListBody } from '../../../components/page-state'
import { managedUnitPage } from '../../../features/org/components/managed-unit-page'
import UnitSwitch from '../../../features/org/components/unit-switch'
import { usePagedList } from '../../../hooks/use-paged-list'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import NominationCard from '../../../features/honours/components/nomination-card'
import { forwardText, useNominationDecisions } from '../../../features/honours/hooks/use-nomination-decisions'
import { REVIEW_ROLES } from '../../../features/honours/staff'
import '../../../features/honours/styles/honours.scss'

function Queue({ unit, units, onSelect }: { unit: UnitRef; units: UnitRef[]; onSelect: (id: string) => void }) {
  const list = usePagedList('honours.nominations', { unitId: unit.id, view: 'queue' })
  usePageRefresh(list)
  const d = useNominationDecisions(list, unit)
  return (
    <View className='hon'>
      <UnitSwitch units={units} selected={unit} onSelect={onSelect} />
      <ListBody
        list={list}
        empty={<EmptyState mark='审' title='没有待审核的推荐' message='下级工会提交的推荐会出现在这里。下拉可以刷新。' />}
        id='review-list'
        item={(n) => (
          <NominationCard key={n.id} n={n} full>
            {/* Three verbs do not fit one row at 375 px in large type: the way forward gets its own. */}
            <DecisionButtons
              buttons={[
                { text: DECISION_LABELS.reject, danger: true, disabled: d.busy, onClick: () => d.start('reject', [n]) },
                { text: DECISION_LABELS.return, plain: true, disabled: d.busy, onClick: () => d.start('return', [n]) },
              ]}
            />
            <DecisionButtons
              buttons={[{ text: forwardText(unit).button, loading: d.busyId === n.id, disabled: d.busy, onClick: () => d.start('forward', [n]) }]}
            />
          </NominationCard>
        )}
      />
      <DecisionDialog flow={d} />
    </View>
  )
}

/** 先进审核: nominations waiting at one of the reviewer's unions: forward, return with a reason, or turn down. */
export default managedUnitPage(REVIEW_ROLES, { title: '您没有审核推荐的权限', message: '推荐由行业、乡镇工会和市总工会逐级审核。' }, Queue)
