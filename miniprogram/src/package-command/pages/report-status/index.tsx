import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { UnitRef } from '@contract/entities/people'
import { REPORT_STATE_LABELS, REPORT_STATES, REPORT_STATUS_LABELS, type ReportState, type ReportStatusRow } from '@contract/entities/reports'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import { ListBody } from '../../../components/page-state'
import SegTabs from '../../../components/seg-tabs'
import StatusTag from '../../../components/status-tag'
import { managedUnitPage } from '../../../features/org/components/managed-unit-page'
import UnitSwitch from '../../../features/org/components/unit-switch'
import { useReportStatus } from '../../../features/reports/hooks/use-report-status'
import { REPORT_ROUTES } from '../../../features/reports/routes'
import { READER_ROLES, REPORT_STATUS_TONES, REPORT_TEXT } from '../../../features/reports/text'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import { open } from '../../../services/navigation'
import { formatDateTime, formatFullDate } from '../../../utils/date'
import { wideClass } from '../../../utils/wide-class'
import '../../../features/reports/reports.scss'

function Row({ row, onRemind, busy }: { row: ReportStatusRow; onRemind: (r: ReportStatusRow) => void; busy: boolean }) {
  const readable = row.status !== null && row.status !== 'draft'
  return (
    <View className='report-row' id={`report-row-${row.unit.id}`} onClick={readable ? () => open(REPORT_ROUTES.report(row.unit.id)) : undefined}>
      <View className='report-row__main'>
        <Text className='report-row__name'>{row.unit.name}</Text>
        {row.parent && <Text className='report-meta'>{row.parent.name}</Text>}
        {row.submittedAt && <Text className='report-meta'>{formatDateTime(row.submittedAt)} 提交</Text>}
        {readable && <StatusTag tone={REPORT_STATUS_TONES[row.status!]}>{REPORT_STATUS_LABELS[row.status!]}</StatusTag>}
      </View>
      {row.state === 'missing' &&
        (row.remindedToday ? (
          <Text className='report-meta'>{REPORT_TEXT.reminded}</Text>
        ) : (
          <Button
            className='report-remind'
            size='normal'
            disabled={busy}
            onClick={(e) => {
              e.stopPropagation()
              onRemind(row)
            }}
          >
            {REPORT_TEXT.remindOne}
          </Button>
        ))}
    </View>
  )
}

function Status({ unit, units, onSelect }: { unit: UnitRef; units: UnitRef[]; onSelect: (id: string) => void }) {
  const [state, setState] = useState<ReportState>('missing')
  const s = useReportStatus(unit.id, state)
  usePageRefresh([s.counts, s.list], { reloadOnShow: true })
  const counts = s.counts.data?.counts
  return (
    <View id='report-status'>
      <UnitSwitch units={units} selected={unit} onSelect={onSelect} />
      <SegTabs<ReportState>
        tabs={REPORT_STATES.map((k) => ({ key: k, label: REPORT_STATE_LABELS[k], badge: counts?.[k] }))}
        active={state}
        onChange={setState}
      />
      <View className={wideClass('report-page')} style={{ minHeight: 'auto' }}>
        {s.counts.data && (
          <Text className='report-meta' id='report-counts'>
            截止 {formatFullDate(s.counts.data.dueAt)} · 已提交 {counts!.submitted} · 逾期 {counts!.late} · 未提交 {counts!.missing}
          </Text>
        )}
        <View className='report-actions' style={{ marginTop: 0, marginBottom: '24px' }}>
          {state === 'missing' && (counts?.missing ?? 0) > 0 && (
            <Button id='report-remind-all' type='primary' size='large' block loading={s.remind.busy} onClick={() => void s.remind.run()}>
              {REPORT_TEXT.remindAll}
            </Button>
          )}
          <Button id='report-export' size='large' block loading={s.exportAll.busy} onClick={() => void s.exportAll.run()}>
            {REPORT_TEXT.export}
          </Button>
        </View>
        <ListBody
          list={s.list}
          empty={<EmptyState compact mark='总' title={REPORT_TEXT.emptyTab[state]} />}
          item={(r) => <Row key={r.unit.id} row={r} busy={s.remind.busy} onRemind={(row) => void s.remind.run(row)} />}
        />
      </View>
    </View>
  )
}

export default managedUnitPage(
  READER_ROLES,
  { title: '工作总结汇总供市总工会和行业、乡镇工会使用', message: '基层工会主席请在“我的 → 工作总结”中填写。' },
  Status,
)
