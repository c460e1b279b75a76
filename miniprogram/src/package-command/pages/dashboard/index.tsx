import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Dashboard, UnitStatKey } from '@contract/entities/dashboard'
import { UNIT_STAT_KEYS } from '@contract/entities/dashboard'
import type { UnitRef } from '@contract/entities/people'
import { Loaded } from '../../../components/page-state'
import SegTabs from '../../../components/seg-tabs'
import { managedUnitPage } from '../../../features/org/components/managed-unit-page'
import TargetProgress from '../../../features/campaign/components/target-progress'
import TrendChart from '../../../features/command/components/trend-chart'
import UnitBoard from '../../../features/command/components/unit-board'
import { BOARDS, rateText, targetRows, trendBars } from '../../../features/command/dashboard-view'
import { pageClass } from '../../../features/command/page-class'
import { COMMAND_TEXT as T, STAT_LABELS, STAT_UNITS, STEERING_ROLES } from '../../../features/command/text'
import UnitSwitch from '../../../features/org/components/unit-switch'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import { groupDigits } from '../../../utils/number'
import { formatDate, formatDateTime } from '../../../utils/date'
import '../../../features/command/command.scss'
import ExportButton from '../../../features/exports/export-button'

const PHASE_TEXT = { upcoming: '尚未开始', running: '进行中', ended: '已结束' } as const

function Totals({ d }: { d: Dashboard }) {
  const rate = d.totals.members > 0 ? d.totals.participants / d.totals.members : 0
  const cells: Array<[string, string, string]> = [
    ['total-participants', groupDigits(d.totals.participants), '参与职工（人）'],
    ['total-rate', rateText(rate), `参与率（会员 ${groupDigits(d.totals.members)} 人）`],
    ['total-entries', groupDigits(d.totals.entries), '作品与建议（件）'],
    ['total-competitions', groupDigits(d.totals.competitions), '举办竞赛（场）'],
  ]
  return (
    <View className='cmd-card cmd-wide' id='dashboard-totals'>
      <Text className='cmd-heading'>{d.campaign.title}</Text>
      <Text className='cmd-muted'>
        {formatDate(d.campaign.startAt)} 至 {formatDate(d.campaign.endAt)} · {PHASE_TEXT[d.campaign.phase]} · {d.unit.name}及下属 {d.totals.units} 个单位
      </Text>
      <View className='cmd-totals'>
        {cells.map(([id, value, label]) => (
          <View key={id} className='cmd-total' id={id}>
            <Text className='cmd-total__value'>{value}</Text>
            <Text className='cmd-total__label'>{label}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}

function DashboardView({ d }: { d: Dashboard }) {
  const [trendKey, setTrendKey] = useState<UnitStatKey>('participants')
  const rows = new Map(targetRows(d).map((r) => [r.key, r]))
  return (
    <View className='cmd-grid'>
      <Totals d={d} />
      <View className='cmd-card' id='dashboard-targets'>
        <Text className='cmd-heading'>{T.targets}</Text>
        {d.targets.map((t) => (
          <View key={t.key}>
            <TargetProgress target={t} />
            {rows.get(t.key)?.share && <Text className='cmd-muted'>{rows.get(t.key)!.share}</Text>}
          </View>
        ))}
      </View>
      <View>
        <View className='cmd-card' id='dashboard-trend'>
          <Text className='cmd-heading'>{T.trend}</Text>
          <Text className='cmd-muted'>{T.trendHint}</Text>
          <SegTabs<UnitStatKey> tabs={UNIT_STAT_KEYS.map((k) => ({ key: k, label: STAT_LABELS[k] }))} active={trendKey} onChange={setTrendKey} />
          <TrendChart bars={trendBars(d.trend, trendKey)} unit={STAT_UNITS[trendKey]} />
        </View>
        <View className='cmd-card' id='dashboard-idle'>
          <Text className='cmd-heading'>
            {T.idle}（{d.idle.count}）
          </Text>
          {d.idle.count === 0 ? (
            <Text className='cmd-muted'>{T.idleNone}</Text>
          ) : (
            <Text className='cmd-text'>
              {d.idle.units.map((u) => u.name).join('、')}
              {d.idle.count > d.idle.units.length ? ` 等 ${d.idle.count} 个` : ''}
            </Text>
          )}
        </View>
      </View>
      {BOARDS.map((b) => (
        <View key={b.key} className='cmd-card' id={`board-${b.key}`}>
          <Text className='cmd-heading'>
            {T.boards} · {b.title}
          </Text>
          <UnitBoard id={`board-${b.key}-rows`} rows={d.boards[b.key]} figure={b.figure} detail={b.detail} empty={b.empty} />
        </View>
      ))}
      <Text className='cmd-muted cmd-wide'>数据更新于 {formatDateTime(d.servedAt)} · 下拉可刷新</Text>
    </View>
  )
}

function UnitDashboard({ unit, units, onSelect }: { unit: UnitRef; units: UnitRef[]; onSelect: (id: string) => void }) {
  const q = useCloudQuery('campaign.dashboard', { unitId: unit.id })
  usePageRefresh(q)
  return (
    <View className={pageClass()} id='dashboard'>
      <UnitSwitch units={units} selected={unit} onSelect={onSelect} />
      <Loaded state={q} data={q.data} skeleton={{ rows: 4 }}>
        {(d) => <DashboardView d={d} />}
      </Loaded>
      <ExportButton action='campaign.exportUnits' input={{ unitId: unit.id }} label='导出各单位参与情况（Excel）' />
    </View>
  )
}

export default managedUnitPage(STEERING_ROLES, { title: T.noDashboard }, UnitDashboard)
