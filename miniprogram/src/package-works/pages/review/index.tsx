import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { UnitRef } from '@contract/entities/people'
import type { ReviewWork } from '@contract/entities/works'
import EmptyState from '../../../components/empty-state'
import { ListBody } from '../../../components/page-state'
import { DecisionButtons, DecisionDialog } from '../../../components/decision-bar'
import SegTabs from '../../../components/seg-tabs'
import UnitSwitch from '../../../features/org/components/unit-switch'
import WorkDecisionRow from '../../../features/works/components/work-decision-row'
import WorkReviewCard from '../../../features/works/components/work-review-card'
import { managedUnitPage } from '../../../features/org/components/managed-unit-page'
import { usePagedList } from '../../../hooks/use-paged-list'
import { CHAIR_ROLES } from '../../../features/org/staff'
import { WORK_ROUTES } from '../../../features/works/routes'
import { forwardWords, useWorkDecisions } from '../../../features/works/hooks/use-work-decisions'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import './index.scss'

const QUICK_REASONS = ['照片不清楚，请重新拍摄', '不是本人创作的作品', '与征集的类别不符']

type Tab = 'waiting' | 'decided'
const TABS: Array<{ key: Tab; label: string }> = [
  { key: 'waiting', label: '待审核' },
  { key: 'decided', label: '已处理' },
]

/** 已处理: what this union recommended or turned down, newest first. */
function History({ unit }: { unit: UnitRef }) {
  const list = usePagedList('works.reviewHistory', { unitId: unit.id })
  usePageRefresh(list)
  return (
    <ListBody
      list={list}
      empty={<EmptyState compact mark='审' title='还没有处理过作品' message='选送或退回的作品会记在这里。' />}
      id='review-history'
      className='review__history'
      item={(h) => <WorkDecisionRow key={`${h.workId}-${h.at}`} item={h} recommendedTag={forwardWords(unit).done} />}
    />
  )
}

function Queue({ unit, units, onSelect }: { unit: UnitRef; units: UnitRef[]; onSelect: (id: string) => void }) {
  const [tab, setTab] = useState<Tab>('waiting')
  const list = usePagedList('works.reviewQueue', { unitId: unit.id })
  const d = useWorkDecisions(list, { title: '作品不通过', quick: QUICK_REASONS }, undefined, unit)
  usePageRefresh(list)
  const atCity = unit.type === 'city'

  const body = () => (
    <ListBody
      list={list}
      empty={
        <EmptyState
          mark='审'
          title='没有待审核的作品'
          message={atCity ? '各单位报送的作品在「作品遴选」里统一遴选。' : '职工提交的作品通过系统检查后，会出现在这里。下拉可以刷新。'}
          actionText={atCity ? '去作品遴选' : undefined}
          onAction={atCity ? () => void Taro.navigateTo({ url: WORK_ROUTES.select }) : undefined}
        />
      }
      id='review-list'
      item={(w: ReviewWork) => (
        <WorkReviewCard key={w.id} work={w}>
          <DecisionButtons
            buttons={[
              { text: '不通过', danger: true, disabled: d.busy, onClick: () => d.start('reject', [w]) },
              {
                text: atCity ? '入选作品展' : forwardWords(unit).button,
                loading: d.busyId === w.id,
                disabled: d.busy,
                onClick: () => d.start(atCity ? 'select' : 'recommend', [w]),
              },
            ]}
          />
        </WorkReviewCard>
      )}
    />
  )

  return (
    <View className='review'>
      <UnitSwitch units={units} selected={unit} onSelect={onSelect} />
      {!atCity && <SegTabs<Tab> tabs={TABS} active={tab} onChange={setTab} />}
      {tab === 'decided' && !atCity ? <History unit={unit} /> : body()}
      <DecisionDialog flow={d} />
    </View>
  )
}

/** 作品审核: the works waiting at one of the chair's unions, oldest first. */
export default managedUnitPage(CHAIR_ROLES, { title: '您没有需要审核的单位', message: '作品审核供工会主席使用。如需开通，请联系上级工会。' }, Queue)
