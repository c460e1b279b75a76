import { Text, View } from '@tarojs/components'
import { useRef, useState } from 'react'
import type { CityRow } from '@contract/entities/ideas'
import { DecisionBar, SelectAll } from '../../../components/decision-bar'
import EmptyState from '../../../components/empty-state'
import IdeaStatusTag from '../../../features/ideas/components/idea-status'
import { ListBody } from '../../../components/page-state'
import SegTabs from '../../../components/seg-tabs'
import Sheet from '../../../components/sheet'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useDecisions, type DecisionOutcome } from '../../../hooks/use-decisions'
import { call } from '../../../services/cloud'
import { open } from '../../../services/navigation'
import { IDEA_ROUTES } from '../../../features/ideas/routes'
import PanelsTab from './panels'
import ExportButton from '../../../features/exports/export-button'
import { unitsWithRole } from '../../../features/org/staff'
import { useMe } from '../../../hooks/use-me'
import '../../../features/ideas/pages.scss'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import { useFollowDecisions } from '../../../services/decisions'
import './index.scss'

type Tab = 'forwarded' | 'reviewing' | 'adopted' | 'panels'

function Row({ row, checked, onToggle }: { row: CityRow; checked?: boolean; onToggle?: () => void }) {
  return (
    <View className='ideas-row' hoverClass='ideas-row--pressed'>
      <View className='ideas-row__top' onClick={() => open(IDEA_ROUTES.cityDetail(row.id))}>
        {onToggle && (
          <View
            className='idea-city__hit'
            role='checkbox'
            aria-checked={checked}
            onClick={(e) => {
              e.stopPropagation()
              onToggle()
            }}
          >
            <Text className={`idea-city__check${checked ? ' idea-city__check--on' : ''}`}>{checked ? '✓' : ''}</Text>
          </View>
        )}
        <Text className='ideas-row__title'>{row.title}</Text>
        {row.award ? <Text className='ideas-tag ideas-tag--award'>{row.award}</Text> : <IdeaStatusTag status={row.status} />}
      </View>
      <Text className='ideas-meta'>
        {row.author.realName} · {row.unitName} · {row.type}
      </Text>
      {row.status !== 'forwarded' && (
        <View className='ideas-row__score'>
          {row.panel && <Text className='ideas-row__score-item'>{row.panel.name}</Text>}
          <Text className='ideas-row__score-item'>
            {row.score.count} 位专家评分{row.score.mean !== null ? ' · 平均 ' : ''}
            {row.score.mean !== null && <Text className='ideas-row__score-strong'>{row.score.mean}</Text>}
          </Text>
          {row.score.spread !== null && row.score.count > 1 && <Text className='ideas-row__score-item'>相差 {row.score.spread}</Text>}
          {row.implemented && <Text className='ideas-row__score-item'>已实施</Text>}
        </View>
      )}
    </View>
  )
}

function IdeasTab({ status }: { status: Exclude<Tab, 'panels'> }) {
  const list = usePagedList('ideas.cityQueue', { status })
  const [choosing, setChoosing] = useState(false)
  const panels = useCloudQuery('ideas.panels', {})
  usePageRefresh(list, { reloadOnShow: true })
  useFollowDecisions('idea', list, (s) => s === status)
  // Handing ideas to a panel is the city's batch decision: picked rows, the bar at the bottom, one call.
  const panel = useRef<string>()
  const assign = async (items: CityRow[], panelId?: string): Promise<DecisionOutcome> => {
    const res = await call('ideas.assign', { ideaIds: items.map((i) => i.id), ...(panelId ? { panelId } : {}) })
    if (!res.ok) return { decided: [], error: res.error, stale: true }
    return { decided: items.map((i) => i.id), message: `已分配 ${res.data.assigned} 条` }
  }
  const d = useDecisions<CityRow, 'rotate' | 'pick'>(
    list,
    {
      rotate: { send: (items) => assign(items), done: (n) => `已分配 ${n} 条` },
      pick: { send: (items) => assign(items, panel.current), done: (n) => `已分配 ${n} 条` },
    },
    { unitWord: '条', onDecided: () => setChoosing(false) },
  )
  const empty = { forwarded: '没有待分配的金点子', reviewing: '没有评审中的金点子', adopted: '还没有采纳的金点子' }[status]
  const selectable = status === 'forwarded'
  return (
    <>
      <ListBody
        list={list}
        empty={<EmptyState compact mark='点' title={empty} message={status === 'forwarded' ? '基层工会审核通过、转送上来的金点子会出现在这里。' : undefined} />}
      >
        {(items) => (
          <View id={`city-${status}`}>
            {selectable && <Text className='ideas-lead'>勾选金点子，分给评审组。“轮流分配”会按各组手上的数量平均分。</Text>}
            {selectable && <SelectAll flow={d} count={items.length} unitWord='条' />}
            {items.map((r) => (
              <Row key={r.id} row={r} checked={d.selected.includes(r.id)} onToggle={selectable ? () => d.toggle(r.id) : undefined} />
            ))}
          </View>
        )}
      </ListBody>
      {selectable && (
        <DecisionBar
          flow={d}
          unitWord='条'
          actions={[
            { kind: 'pick', text: '指定评审组', id: 'assign-pick', ask: () => setChoosing(true) },
            { kind: 'rotate', text: '轮流分配', id: 'assign-rotate' },
          ]}
        />
      )}
      <Sheet visible={choosing} title='分给哪个评审组' onClose={d.busy ? undefined : () => setChoosing(false)} id='panel-picker'>
        {(panels.data?.items ?? []).map((p) => (
          <View
            key={p.id}
            className='ideas-person'
            onClick={() => {
              panel.current = p.id
              d.start('pick', d.selectedItems)
            }}
          >
            <Text>{p.name}</Text>
            <Text className='ideas-meta'>评审中 {p.reviewing} 条</Text>
          </View>
        ))}
        {panels.data?.items.length === 0 && <Text className='ideas-meta'>还没有评审组，请先在“评审组”里新建。</Text>}
      </Sheet>
    </>
  )
}

export default function CityIdeasPage() {
  const [tab, setTab] = useState<Tab>('forwarded')
  const city = unitsWithRole(useMe().me, ['city_admin'])[0]
  return (
    <View className='ideas-page--flush' id='city-ideas'>
      <SegTabs<Tab>
        tabs={[
          { key: 'forwarded', label: '待分配' },
          { key: 'reviewing', label: '评审中' },
          { key: 'adopted', label: '已采纳' },
          { key: 'panels', label: '评审组' },
        ]}
        active={tab}
        onChange={setTab}
      />
      <View className='ideas-page' style={{ minHeight: 'auto' }}>
        {city && tab !== 'panels' && <ExportButton action='ideas.export' input={{ unitId: city.id }} label='导出全市金点子（Excel）' />}
        {tab === 'panels' ? <PanelsTab /> : <IdeasTab key={tab} status={tab} />}
      </View>
    </View>
  )
}
