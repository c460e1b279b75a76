import { Input, Text, Textarea, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import type { Me } from '@contract/entities/people'
import { REPORT_STATUS_LABELS, type MyReport } from '@contract/entities/reports'
import { REPORT_LIMITS as L } from '@contract/limits/reports'
import Button from '../../../components/button'
import EmptyState from '../../../components/empty-state'
import FormField from '../../../components/form-field'
import ImagePicker from '../../../components/image-picker'
import { Loaded } from '../../../components/page-state'
import StatusTag from '../../../components/status-tag'
import WithMe from '../../../components/with-me'
import ReportFiguresCard from '../../../features/reports/components/report-figures'
import ReportPhotos from '../../../features/reports/components/report-photos'
import { useReportForm } from '../../../features/reports/hooks/use-report-form'
import { dueText, REPORT_STATUS_TONES, REPORT_TEXT } from '../../../features/reports/text'
import { unitsWithRole } from '../../../features/org/staff'
import { useCloudQuery } from '../../../hooks/use-cloud-query'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import { formatDateTime, formatFullDate } from '../../../utils/date'
import { wideClass } from '../../../utils/wide-class'
import '../../../features/reports/reports.scss'

function Form({ me, report, onSaved }: { me: Me; report: MyReport; onSaved: (r: MyReport) => void }) {
  const f = useReportForm(report, onSaved)
  const sent = report.status === 'submitted'
  return (
    <>
      <View className='report-card'>
        <FormField label='标题' required hint={L.title.hint} error={f.errors.title}>
          <Input id='report-title' className='form-field__input' value={f.title} maxlength={L.title.max} onInput={(x) => f.setTitle(x.detail.value)} />
        </FormField>
        <FormField label='总结正文' required hint={L.body.hint} error={f.errors.body}>
          <Textarea id='report-body' className='report-textarea' value={f.body} maxlength={L.body.max} autoHeight onInput={(x) => f.setBody(x.detail.value)} />
        </FormField>
        <FormField label='活动照片' hint={`${L.photos.hint}，每张不超过 ${L.photoMaxMb}MB`} error={f.errors.photos}>
          <ImagePicker
            id='report-photos-picker'
            cloudDir={`summaries/${me.id}/`}
            max={L.photos.max}
            maxSizeMb={L.photoMaxMb}
            value={f.photos}
            onChange={f.onPhotos}
          />
        </FormField>
      </View>
      <View className='report-actions'>
        <Button id='report-submit' type='primary' size='large' block loading={f.save.busy} onClick={() => void f.save.run(true)}>
          {sent || report.status === 'returned' ? REPORT_TEXT.resubmit : REPORT_TEXT.submit}
        </Button>
        {!sent && (
          <Button id='report-save' size='large' block disabled={f.save.busy} onClick={() => void f.save.run(false)}>
            {REPORT_TEXT.saveDraft}
          </Button>
        )}
      </View>
    </>
  )
}

function Report({ me, report, onSaved }: { me: Me; report: MyReport; onSaved: (r: MyReport) => void }) {
  const passed = Date.now() > report.dueAt
  return (
    <View className={wideClass('report-page')} id='report-mine'>
      <View className='report-card'>
        <View className='report-row__main'>
          <Text className='report-title'>{report.unit.name}</Text>
          {!report.fresh && <StatusTag tone={REPORT_STATUS_TONES[report.status]}>{REPORT_STATUS_LABELS[report.status]}</StatusTag>}
          {report.late && <StatusTag tone='rejected'>逾期提交</StatusTag>}
        </View>
        <Text className='report-meta'>{dueText(formatFullDate(report.dueAt), passed)}</Text>
        {report.submittedAt && <Text className='report-meta'>{formatDateTime(report.submittedAt)} 提交</Text>}
      </View>
      {report.remindedAt && report.status !== 'submitted' && report.status !== 'accepted' && (
        <Text className='report-notice' id='report-reminded'>
          上级工会于 {formatDateTime(report.remindedAt)} 提醒您提交工作总结。
        </Text>
      )}
      {report.status === 'returned' && <Text className='report-notice'>退回意见：{report.reason}</Text>}
      {report.fresh && <Text className='report-notice'>{REPORT_TEXT.draftHint}</Text>}
      {report.status === 'submitted' && <Text className='report-notice'>{REPORT_TEXT.waiting}</Text>}
      <ReportFiguresCard figures={report.figures} />
      {report.status === 'accepted' ? (
        <View className='report-card'>
          <Text className='report-notice'>{REPORT_TEXT.accepted}</Text>
          <Text className='report-title'>{report.title}</Text>
          <Text className='report-line'>{report.body}</Text>
          <ReportPhotos photos={report.photos} />
        </View>
      ) : (
        <Form key={report.updatedAt ?? 0} me={me} report={report} onSaved={onSaved} />
      )}
    </View>
  )
}

function Page({ me, unitId }: { me: Me; unitId: string }) {
  const query = useCloudQuery('reports.mine', { unitId })
  const [saved, setSaved] = useState<MyReport>()
  usePageRefresh(query)
  const data = saved && query.data && saved.updatedAt !== null && (query.data.updatedAt ?? 0) <= saved.updatedAt ? saved : query.data
  return (
    <Loaded state={query} data={data} skeleton={{ hero: false, rows: 5 }}>
      {(r) => <Report me={me} report={r} onSaved={setSaved} />}
    </Loaded>
  )
}

export default function ReportMinePage() {
  const { params } = useRouter()
  return (
    <WithMe>
      {(me) => {
        const unitId = (params.unitId && decodeURIComponent(params.unitId)) || unitsWithRole(me, ['unit_chair'])[0]?.id
        if (!unitId) return <EmptyState mark='权' title='工作总结由基层工会主席填写' message='如需填写，请联系上级工会为您设置职务。' />
        return <Page me={me} unitId={unitId} />
      }}
    </WithMe>
  )
}
