import { Input, Picker, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import {
  CARE_CATEGORY_LABELS,
  CARE_DIFFICULTY_LABELS,
  CARE_HELP_LABELS,
  CARE_LAWFUL_BASIS_LABELS,
  CARE_LIMITS,
  FOLLOW_UP_LABELS,
  type CareVisitView,
} from '@contract/entities/care'
import Button from '../../../components/button'
import { Loaded } from '../../../components/page-state'
import { useVisit } from '../../../features/care/hooks/use-visit'
import { CARE_TEXT, yuan } from '../../../features/care/text'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import { formatFullDate, toDateInput } from '../../../utils/date'
import '../../../features/care/care.scss'

function Line({ label, children, id }: { label: string; children: string; id?: string }) {
  return (
    <Text className='care-line' id={id}>
      <Text className='care-label'>{label}</Text>
      {children}
    </Text>
  )
}

function FollowUp({ v, onDone, onMove, busy }: { v: CareVisitView; onDone: (note: string) => void; onMove: (ymd: string) => void; busy: boolean }) {
  const [note, setNote] = useState('')
  if (v.anonymisedAt || v.followUp === 'none' || v.followUp === 'done') return null
  return (
    <View className='care-card' id='care-follow-up'>
      <Text className='care-title'>回访</Text>
      <Input
        id='care-follow-note'
        className='form-field__input'
        placeholder='回访情况（选填）'
        value={note}
        maxlength={CARE_LIMITS.followUpNote.max}
        onInput={(x) => setNote(x.detail.value)}
      />
      <View style={{ height: '16px' }} />
      <Button id='care-follow-done' type='primary' size='large' block loading={busy} onClick={() => onDone(note)}>
        已完成回访
      </Button>
      <View style={{ height: '16px' }} />
      <Picker mode='date' value={toDateInput(v.followUpAt ?? Date.now())} onChange={(x) => onMove(String(x.detail.value))}>
        <Button size='large' block>
          改期回访
        </Button>
      </Picker>
    </View>
  )
}

function Detail({ v, onDone, onMove, busy }: { v: CareVisitView; onDone: (note: string) => void; onMove: (ymd: string) => void; busy: boolean }) {
  return (
    <View className='care-page' id='care-visit'>
      {v.masked && <Text className='care-notice'>{CARE_TEXT.masked}</Text>}
      <View className='care-card'>
        <Text className='care-title' id='care-visit-name'>
          {v.person.name || '（已匿名）'} · {CARE_CATEGORY_LABELS[v.category]}
        </Text>
        {v.person.phone ? <Line label='手机号'>{v.person.phone}</Line> : null}
        {v.person.certificateNo ? <Line label='劳模证书'>{v.person.certificateNo}</Line> : null}
        <Line label='单位'>{v.unit.name}</Line>
        <Line label='困难类型'>{v.difficulties.map((d) => CARE_DIFFICULTY_LABELS[d]).join('、')}</Line>
        <Line label='情况说明'>{v.note === null ? CARE_TEXT.withheld : v.note || '无'}</Line>
        <Line label='帮扶'>{v.help.map((h) => `${CARE_HELP_LABELS[h.kind]} ${yuan(h.amount)}${h.detail ? `（${h.detail}）` : ''}`).join('；')}</Line>
        <Line label='走访日期'>{formatFullDate(v.visitedAt)}</Line>
        <Line label='走访人'>{v.visitors.join('、') || '—'}</Line>
        <Line label='回访' id='care-visit-follow'>
          {v.followUpAt ? `${FOLLOW_UP_LABELS[v.followUp]} · ${formatFullDate(v.followUpAt)}` : FOLLOW_UP_LABELS[v.followUp]}
        </Line>
        {v.followUpNote ? <Line label='回访情况'>{v.followUpNote}</Line> : null}
        <Line label='处理依据'>{CARE_LAWFUL_BASIS_LABELS[v.lawfulBasis]}</Line>
        <Line label='计入目标'>{v.counted ? CARE_TEXT.countedYes : CARE_TEXT.countedNo}</Line>
        <Line label='登记人'>{v.recordedBy}</Line>
      </View>
      <FollowUp v={v} onDone={onDone} onMove={onMove} busy={busy} />
    </View>
  )
}

export default function CareVisitPage() {
  const { params } = useRouter()
  const visit = useVisit(String(params.id ?? ''))
  usePageRefresh(visit.query)
  return (
    <>
      {visit.actionError && <Text className='care-error'>{visit.actionError.message}</Text>}
      <Loaded state={visit.query} data={visit.query.data}>
        {(v) => <Detail v={v} busy={visit.busy} onDone={(n) => void visit.markDone(n)} onMove={(d) => void visit.moveTo(d)} />}
      </Loaded>
    </>
  )
}
