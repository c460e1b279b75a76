import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ReviewRow } from '@contract/entities/ideas'
import type { UnitRef } from '@contract/entities/people'
import EmptyState from '../../../components/empty-state'
import IdeaStatusTag from '../../../features/ideas/components/idea-status'
import { ListBody } from '../../../components/page-state'
import SegTabs from '../../../components/seg-tabs'
import UnitSwitch from '../../../features/org/components/unit-switch'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useFollowDecisions } from '../../../services/decisions'
import { open } from '../../../services/navigation'
import { CHAIR_ROLES } from '../../../features/org/staff'
import { formatDateTime } from '../../../utils/date'
import { IDEA_ROUTES } from '../../../features/ideas/routes'
import '../../../features/ideas/pages.scss'
import { managedUnitPage } from '../../../features/org/components/managed-unit-page'
import { usePageRefresh } from '../../../hooks/use-page-refresh'

type Tab = 'submitted' | 'forwarded' | 'returned' | 'rejected'
const TABS: Array<{ key: Tab; label: string }> = [
  { key: 'submitted', label: '待审核' },
  { key: 'forwarded', label: '已转送' },
  { key: 'returned', label: '已退回' },
  { key: 'rejected', label: '未通过' },
]

function Row({ row, unit }: { row: ReviewRow; unit: UnitRef }) {
  return (
    <View className='ideas-row' hoverClass='ideas-row--pressed' onClick={() => open(IDEA_ROUTES.reviewDetail(row.id))}>
      <View className='ideas-row__top'>
        <Text className='ideas-row__title'>{row.title}</Text>
        <IdeaStatusTag status={row.status} />
      </View>
      <Text className='ideas-meta'>
        {row.author.realName}
        {row.coAuthorCount ? ` 等 ${row.coAuthorCount + 1} 人` : ''} · {row.type}
        {row.unitName !== unit.name ? ` · ${row.unitName}` : ''}
      </Text>
      <Text className='ideas-meta'>
        {formatDateTime(row.submittedAt)} 提交{row.rounds > 1 ? `（第 ${row.rounds} 次，已按意见修改）` : ''}
      </Text>
    </View>
  )
}

function Queue({ unit, units, onSelect }: { unit: UnitRef; units: UnitRef[]; onSelect: (id: string) => void }) {
  const [tab, setTab] = useState<Tab>('submitted')
  const list = usePagedList('ideas.reviewQueue', { unitId: unit.id, status: tab })
  // Back from deciding one: it has left this list.
  usePageRefresh(list, { reloadOnShow: true })
  useFollowDecisions('idea', list, (status) => status === tab)
  return (
    <View className='ideas-page--flush' id='review-queue'>
      <UnitSwitch units={units} selected={unit} onSelect={onSelect} />
      <SegTabs<Tab> tabs={TABS} active={tab} onChange={setTab} />
      <View className='ideas-page' style={{ minHeight: 'auto' }}>
        <ListBody
          list={list}
          empty={
            <EmptyState
              compact
              mark='审'
              title={tab === 'submitted' ? '没有待审核的金点子' : '这里还没有'}
              message={tab === 'submitted' ? '本单位职工提交的金点子会出现在这里。下拉可以刷新。' : undefined}
            />
          }
          item={(r) => <Row key={r.id} row={r} unit={unit} />}
        />
      </View>
    </View>
  )
}

export default managedUnitPage(CHAIR_ROLES, { title: '您没有审核的单位', message: '金点子审核供工会主席使用。' }, Queue)
