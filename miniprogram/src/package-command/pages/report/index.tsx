import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { REPORT_STATUS_LABELS, type ReportView } from '@contract/entities/reports'
import { REPORT_LIMITS } from '@contract/limits/reports'
import QueryPage from '../../../components/query-page'
import Button from '../../../components/button'
import { DecisionDialog } from '../../../components/decision-bar'
import StatusTag from '../../../components/status-tag'
import ReportFiguresCard from '../../../features/reports/components/report-figures'
import ReportPhotos from '../../../features/reports/components/report-photos'
import { REPORT_STATUS_TONES } from '../../../features/reports/text'
import { useDecisions } from '../../../hooks/use-decisions'
import { call } from '../../../services/cloud'
import { formatDateTime } from '../../../utils/date'
import { wideClass } from '../../../utils/wide-class'
import '../../../features/reports/reports.scss'

const QUICK_RETURN = ['请补充活动照片', '请补充具体做法和成效', '请按活动数据核实后再提交']

function Report({ report, reload }: { report: ReportView; reload: () => Promise<void> }) {
  const decide = async (decision: 'accept' | 'return', reason: string) => {
    const res = await call('reports.decide', { unitId: report.unit.id, decision, reason })
    if (!res.ok) return { decided: [], error: res.error, stale: res.error.code === 'COMMON.CONFLICT' }
    return { decided: [report.id] }
  }
  const d = useDecisions<{ id: string }, 'accept' | 'return'>(
    { items: [report] },
    {
      accept: {
        confirm: () => ({ title: '采纳总结', content: '采纳后，该单位不能再修改这份总结。确定采纳？', confirmText: '采纳' }),
        send: (_, reason) => decide('accept', reason),
        done: () => '已采纳',
      },
      return: {
        reason: {
          title: '退回修改',
          label: '请基层工会怎么改（必填，对方会看到）',
          confirmText: '确定退回',
          quick: QUICK_RETURN,
          limit: REPORT_LIMITS.reason,
          subject: () => report.unit.name,
        },
        send: (_, reason) => decide('return', reason),
        done: () => '已退回修改',
      },
    },
    {
      onDecided: () => {
        void reload().then(() => {
          if (Taro.getCurrentPages().length > 1) setTimeout(() => void Taro.navigateBack(), 800)
        })
      },
    },
  )
  return (
    <View className={wideClass('report-page')} id='report-read'>
      <View className='report-card'>
        <Text className='report-meta'>{report.unit.name}</Text>
        <Text className='report-title'>{report.title}</Text>
        <View>
          <StatusTag tone={REPORT_STATUS_TONES[report.status]}>{REPORT_STATUS_LABELS[report.status]}</StatusTag>
          {report.late && <StatusTag tone='rejected'>逾期提交</StatusTag>}
        </View>
        {report.submittedAt && <Text className='report-meta'>{formatDateTime(report.submittedAt)} 提交</Text>}
        {report.status === 'returned' && <Text className='report-meta'>退回意见：{report.reason}</Text>}
      </View>
      <ReportFiguresCard figures={report.figures} />
      <View className='report-card'>
        <Text className='report-line' id='report-body-text'>
          {report.body}
        </Text>
        <ReportPhotos photos={report.photos} />
      </View>
      {report.status === 'submitted' && (
        <View className='report-actions'>
          <Button id='report-accept' type='primary' size='large' block loading={d.busy} onClick={() => d.start('accept', [report])}>
            采纳
          </Button>
          <Button id='report-return' size='large' block disabled={d.busy} onClick={() => d.start('return', [report])}>
            退回修改
          </Button>
        </View>
      )}
      <DecisionDialog flow={d} />
    </View>
  )
}

export default function ReportPage() {
  return (
    <QueryPage action='reports.read' input={(p) => ({ unitId: decodeURIComponent(p.unitId ?? '') })} skeleton={{ hero: false, rows: 5 }}>
      {(r, q) => <Report report={r} reload={q.reload} />}
    </QueryPage>
  )
}
