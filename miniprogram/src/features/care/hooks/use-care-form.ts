// The visit form: its values, the same checks as the server's schema (bounds from CARE_LIMITS), and the
// call. The person is picked (a member, a commended model worker) or entered by staff. Dates are Beijing
// calendar days; the follow-up is due by the end of its day.
import { useState } from 'react'
import {
  CARE_LIMITS,
  CARE_PICK_SOURCE_LABELS,
  type CareCategory,
  type CareDifficulty,
  type CareHelpKind,
  type CareLawfulBasis,
  type CarePersonOption,
  type CarePickSource,
  type CareVisitView,
} from '@contract/entities/care'
import { messageFor, type AppErrorBody } from '@contract/errors'
import { lengthProblem } from '@contract/limits/check'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
import { fromDateInput, toDateInput } from '../../../utils/date'

/** How the form gets the person: picked from members or commended model workers, or entered by staff. */
export type CarePersonWay = CarePickSource | 'entered'
export const CARE_PERSON_WAYS: readonly CarePersonWay[] = ['member', 'commended', 'entered']
export const CARE_PERSON_WAY_LABELS: Record<CarePersonWay, string> = { ...CARE_PICK_SOURCE_LABELS, entered: '手动填写' }

export interface CareFormValues {
  way: CarePersonWay
  picked: CarePersonOption | undefined
  name: string
  phone: string
  category: CareCategory | undefined
  difficulties: CareDifficulty[]
  note: string
  helpKind: CareHelpKind | undefined
  amount: string
  helpDetail: string
  visitedOn: string
  visitors: string
  followUpOn: string
  lawfulBasis: CareLawfulBasis | undefined
}

type Errors = Partial<Record<keyof CareFormValues, string>>

const L = CARE_LIMITS
/** Visitors typed on one line, separated by 、，, or spaces. */
export const splitVisitors = (s: string) =>
  s
    .split(/[、，,\s]+/)
    .map((x) => x.trim())
    .filter(Boolean)

export function checkCareForm(v: CareFormValues): Errors {
  const e: Errors = {}
  if (v.way === 'entered') {
    e.name = lengthProblem('姓名', v.name, L.personName)
    if (!/^1[3-9]\d{9}$/.test(v.phone.trim())) e.phone = '请填写 11 位手机号'
  } else if (!v.picked) e.picked = '请查找并选择走访对象'
  if (!v.category) e.category = '请选择走访对象类别'
  else if (v.way === 'commended' && v.category !== 'model') e.category = messageFor('CARE.MODEL_WORKER_ONLY')
  if (v.difficulties.length < L.difficulties.min) e.difficulties = '请至少选择一项困难类型'
  else if (v.difficulties.length > L.difficulties.max) e.difficulties = L.difficulties.hint
  e.note = lengthProblem('情况说明', v.note, L.note)
  if (!v.helpKind) e.helpKind = '请选择帮扶方式'
  const amount = Number(v.amount)
  if (!/^\d+$/.test(v.amount.trim()) || amount < L.amount.min || amount > L.amount.max) e.amount = `金额为 ${L.amount.hint}`
  const visitors = splitVisitors(v.visitors)
  if (visitors.length < L.visitors.min || visitors.length > L.visitors.max) e.visitors = `走访人 ${L.visitors.hint}`
  else if (visitors.some((n) => n.length < L.visitorName.min || n.length > L.visitorName.max)) e.visitors = `每位走访人姓名 ${L.visitorName.hint}`
  if (!fromDateInput(v.visitedOn, 'start')) e.visitedOn = '请选择走访日期'
  if (v.followUpOn && v.followUpOn < v.visitedOn) e.followUpOn = '回访日期不能早于走访日期'
  if (!v.lawfulBasis) e.lawfulBasis = '请选择处理依据'
  return Object.fromEntries(Object.entries(e).filter(([, m]) => m)) as Errors
}

function personOf(v: CareFormValues) {
  if (v.way === 'entered') return { kind: 'entered' as const, name: v.name.trim(), phone: v.phone.trim() }
  const p = v.picked!
  return p.kind === 'member' ? { kind: 'member' as const, userId: p.id } : { kind: 'commended' as const, nominationId: p.id }
}

export function useCareForm(unitId: string, myName: string, now: number) {
  const [values, setValues] = useState<CareFormValues>({
    way: 'member',
    picked: undefined,
    name: '',
    phone: '',
    category: undefined,
    difficulties: [],
    note: '',
    helpKind: undefined,
    amount: '',
    helpDetail: '',
    visitedOn: toDateInput(now),
    visitors: myName,
    followUpOn: '',
    lawfulBasis: undefined,
  })
  const [errors, setErrors] = useState<Errors>({})
  const [serverError, setServerError] = useState<AppErrorBody>()
  const [saved, setSaved] = useState<CareVisitView>()

  const set = <K extends keyof CareFormValues>(key: K, value: CareFormValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }))
    setErrors((e) => {
      const { [key]: _fixed, ...rest } = e
      return rest as Errors
    })
  }

  const submit = useSubmit(async () => {
    const found = checkCareForm(values)
    setErrors(found)
    if (Object.keys(found).length) return
    const res = await call('care.record', {
      unitId,
      person: personOf(values),
      category: values.category!,
      difficulties: values.difficulties,
      note: values.note.trim(),
      help: [{ kind: values.helpKind!, amount: Number(values.amount), detail: values.helpDetail.trim() }],
      visitedAt: fromDateInput(values.visitedOn, 'start')!,
      visitors: splitVisitors(values.visitors),
      ...(values.followUpOn ? { followUpAt: fromDateInput(values.followUpOn, 'end')! } : {}),
      lawfulBasis: values.lawfulBasis!,
    })
    if (res.ok) setSaved(res.data)
    else setServerError(res.error)
  })

  /** Another way of finding the person: what was picked goes. */
  const setWay = (way: CarePersonWay) => {
    set('way', way)
    set('picked', undefined)
  }
  /** A commended model worker is visited as 劳动模范: the category follows the pick. */
  const pick = (p: CarePersonOption | undefined) => {
    set('picked', p)
    if (p?.kind === 'commended') set('category', 'model')
  }

  return { values, errors, set, setWay, pick, serverError, saved, submit: submit.run, busy: submit.busy }
}
