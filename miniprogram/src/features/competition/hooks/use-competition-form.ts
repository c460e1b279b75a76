// The organiser's competition form: create a draft, edit it, publish it, stop sign-ups early, cancel
// with a reason. Times are picked as a Beijing date plus a time of day; the cover picture is uploaded
// as soon as it is picked, so saving is one quick call. What the server would refuse anyway (lengths,
// the order of the four times, team sizes) is said under the field before sending; the server's own
// refusals (error.issues, content check) land under their field or above the buttons.
import { useState } from 'react'
import type { CompetitionCategory, CompetitionDetail } from '@contract/entities/competition'
import { COMPETITION_LIMITS } from '@contract/limits/competition'
import type { Limit } from '@contract/limits'
import { lengthProblem } from '@contract/limits/check'
import type { InputOf } from '@contract/actions/index'
import type { AppErrorBody } from '@contract/errors'
import { call } from '../../../services/cloud'
import { confirm, toastDone, toastError } from '../../../services/feedback'
import { uploadFile } from '../../../services/upload'
import { beijing, fromDateInput, toDateInput } from '../../../utils/date'
import { useSubmit } from '../../../hooks/use-submit'

export const TIME_KEYS = ['signupStartAt', 'signupEndAt', 'eventStartAt', 'eventEndAt'] as const
export type TimeKey = (typeof TIME_KEYS)[number]
export interface DateTimeValue {
  /** YYYY-MM-DD, Beijing calendar */
  date: string
  /** HH:mm, Beijing */
  time: string
}

export interface CompetitionValues {
  title: string
  category: CompetitionCategory
  description: string
  place: string
  times: Record<TimeKey, DateTimeValue>
  capacity: string
  mode: 'individual' | 'team'
  teamMin: string
  teamMax: string
  eligibility: 'city' | 'subtree'
  needsApproval: boolean
}

export type FormField = Exclude<keyof CompetitionValues, 'times'> | TimeKey | 'coverFileId'
export type FormErrors = Partial<Record<FormField, string>>
type Fields = Omit<InputOf<'competition.create'>, 'organizerUnitId'>

const HOUR = 3600000
const MINUTE = 60000
const DAY = 24 * HOUR

export const toTimeInput = (ms: number) => beijing(ms).format('HH:mm')
export const dateTimeOf = (ms: number): DateTimeValue => ({ date: toDateInput(ms), time: toTimeInput(ms) })

/** Epoch ms of a Beijing date and time of day; undefined when either is missing or malformed. */
export function fromDateTime(v: DateTimeValue): number | undefined {
  const day = fromDateInput(v.date, 'start')
  const m = /^(\d{2}):(\d{2})$/.exec(v.time)
  if (day === undefined || !m || Number(m[1]) > 23 || Number(m[2]) > 59) return undefined
  return day + Number(m[1]) * HOUR + Number(m[2]) * MINUTE
}

/**
 * A new competition: sign-up opens now (this hour, so it is open as soon as it is published) and runs
 * a week to 18:00; the event is the day after, 09:00–17:00. Organisers change what differs.
 */
export function defaultValues(now: number): CompetitionValues {
  const today = fromDateInput(toDateInput(now), 'start')!
  const thisHour = today + Number(beijing(now).format('H')) * HOUR
  return {
    title: '',
    category: '技能比武',
    description: '',
    place: '',
    times: {
      signupStartAt: dateTimeOf(thisHour),
      signupEndAt: dateTimeOf(today + 7 * DAY + 18 * HOUR),
      eventStartAt: dateTimeOf(today + 8 * DAY + 9 * HOUR),
      eventEndAt: dateTimeOf(today + 8 * DAY + 17 * HOUR),
    },
    capacity: '50',
    mode: 'individual',
    teamMin: '2',
    teamMax: '5',
    eligibility: 'subtree',
    needsApproval: false,
  }
}

export function valuesOf(c: CompetitionDetail): CompetitionValues {
  return {
    title: c.title,
    category: c.category,
    description: c.description,
    place: c.place,
    times: {
      signupStartAt: dateTimeOf(c.signupStartAt),
      signupEndAt: dateTimeOf(c.signupEndAt),
      eventStartAt: dateTimeOf(c.eventStartAt),
      eventEndAt: dateTimeOf(c.eventEndAt),
    },
    capacity: String(c.capacity),
    mode: c.mode,
    teamMin: String(c.mode === 'team' ? c.teamMin : 2),
    teamMax: String(c.mode === 'team' ? c.teamMax : 5),
    eligibility: c.eligibility,
    needsApproval: c.needsApproval,
  }
}

const intIn = (raw: string, { min, max }: Limit): number | undefined => {
  const s = raw.trim()
  if (!/^\d+$/.test(s)) return undefined
  const n = Number(s)
  return n >= min && n <= max ? n : undefined
}

/** The fields competition.create / update take, or what stops them being sent. */
export function toFields(v: CompetitionValues, coverFileId: string | undefined): { fields?: Fields; errors: FormErrors } {
  const errors: FormErrors = {}
  const put = (k: FormField, msg: string | undefined) => {
    if (msg && !errors[k]) errors[k] = msg
  }
  const L = COMPETITION_LIMITS
  put('title', lengthProblem('名称', v.title, L.title))
  put('description', lengthProblem('介绍', v.description, L.description))
  put('place', lengthProblem('地点', v.place, L.place))
  const capacity = intIn(v.capacity, L.capacity)
  if (capacity === undefined) put('capacity', L.capacity.hint)
  let teamMin = 2
  let teamMax = 5
  if (v.mode === 'team') {
    const min = intIn(v.teamMin, L.teamSize)
    const max = intIn(v.teamMax, L.teamSize)
    if (min === undefined) put('teamMin', L.teamSize.hint)
    if (max === undefined) put('teamMax', L.teamSize.hint)
    if (min !== undefined && max !== undefined && min > max) put('teamMax', '最多人数不能少于最少人数')
    teamMin = min ?? teamMin
    teamMax = max ?? teamMax
  }
  const t = {} as Record<TimeKey, number>
  for (const k of TIME_KEYS) {
    const ms = fromDateTime(v.times[k])
    if (ms === undefined) put(k, '请选择日期和时间')
    else t[k] = ms
  }
  // The same order the server insists on (COMPETITION.BAD_DATES), said where it goes wrong.
  if (t.signupStartAt !== undefined && t.signupEndAt !== undefined && t.signupEndAt <= t.signupStartAt) put('signupEndAt', '报名截止要晚于报名开始')
  if (t.signupEndAt !== undefined && t.eventStartAt !== undefined && t.eventStartAt < t.signupEndAt) put('eventStartAt', '比赛开始不能早于报名截止')
  if (t.eventStartAt !== undefined && t.eventEndAt !== undefined && t.eventEndAt <= t.eventStartAt) put('eventEndAt', '比赛结束要晚于比赛开始')
  if (Object.keys(errors).length) return { errors }
  return {
    errors,
    fields: {
      title: v.title.trim(),
      category: v.category,
      description: v.description.trim(),
      ...(coverFileId ? { coverFileId } : {}),
      place: v.place.trim(),
      signupStartAt: t.signupStartAt,
      signupEndAt: t.signupEndAt,
      eventStartAt: t.eventStartAt,
      eventEndAt: t.eventEndAt,
      capacity: capacity!,
      mode: v.mode,
      teamMin,
      teamMax,
      eligibility: v.eligibility,
      needsApproval: v.needsApproval,
    },
  }
}

const FIELD_KEYS: FormField[] = [
  'title',
  'category',
  'description',
  'place',
  'capacity',
  'mode',
  'teamMin',
  'teamMax',
  'eligibility',
  'needsApproval',
  'coverFileId',
  ...TIME_KEYS,
]

/** The server's refusal, placed under its field where it names one, else above the buttons. */
export function serverErrorsOf(error: AppErrorBody): { fields: FormErrors; form?: string } {
  const fields: FormErrors = {}
  for (const issue of error.issues ?? []) {
    const key = issue.path.split('.')[0] as FormField
    if (FIELD_KEYS.includes(key)) fields[key] ??= issue.message
  }
  return { fields, form: Object.keys(fields).length ? undefined : error.message }
}

export interface CompetitionForm {
  values: CompetitionValues
  set: <K extends keyof CompetitionValues>(key: K, value: CompetitionValues[K]) => void
  setTime: (key: TimeKey, part: keyof DateTimeValue, value: string) => void
  errors: FormErrors
  formError: string | undefined
  /** The saved competition (after the first save of a new one). */
  current: CompetitionDetail | undefined
  cover: { preview: string | null; uploading: boolean }
  chooseCover: (localPath: string) => void
  save: () => void
  saving: boolean
  publish: () => void
  publishing: boolean
  closeSignup: () => void
  closing: boolean
  cancel: (reason: string) => Promise<boolean>
  cancelling: boolean
}

export function useCompetitionForm(opts: { userId: string; unitId?: string; initial?: CompetitionDetail; now: number }): CompetitionForm {
  const [values, setValues] = useState<CompetitionValues>(() => (opts.initial ? valuesOf(opts.initial) : defaultValues(opts.now)))
  const [current, setCurrent] = useState<CompetitionDetail | undefined>(opts.initial)
  const [errors, setErrors] = useState<FormErrors>({})
  const [formError, setFormError] = useState<string>()
  const [cover, setCover] = useState<{ preview: string | null; fileId?: string }>({ preview: opts.initial?.coverUrl ?? null })
  const [uploading, setUploading] = useState(false)

  const clear = (k: FormField) => {
    setFormError(undefined)
    if (errors[k]) setErrors((e) => ({ ...e, [k]: undefined }))
  }
  const set = <K extends keyof CompetitionValues>(key: K, value: CompetitionValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }))
    clear(key as FormField)
  }
  const setTime = (key: TimeKey, part: keyof DateTimeValue, value: string) => {
    setValues((v) => ({ ...v, times: { ...v.times, [key]: { ...v.times[key], [part]: value } } }))
    // The order rule concerns every time field: a fix to one can settle the message on another.
    setErrors((e) => ({ ...e, signupStartAt: undefined, signupEndAt: undefined, eventStartAt: undefined, eventEndAt: undefined }))
    setFormError(undefined)
  }

  const chooseCover = async (localPath: string) => {
    if (!localPath) return
    const before = cover
    setCover({ preview: localPath })
    setUploading(true)
    const res = await uploadFile('competitions', opts.userId, localPath)
    setUploading(false)
    if (res.ok) {
      setCover({ preview: localPath, fileId: res.data.fileID })
      clear('coverFileId')
    } else {
      setCover(before)
      toastError(res.error)
    }
  }

  const refused = (error: AppErrorBody) => {
    const { fields, form } = serverErrorsOf(error)
    setErrors(fields)
    setFormError(form)
  }

  /** Creates or updates; answers the saved competition, or undefined when it was refused. */
  const write = async (): Promise<CompetitionDetail | undefined> => {
    setFormError(undefined)
    if (uploading) {
      setFormError('封面图片还在上传，请稍等')
      return undefined
    }
    const { fields, errors: local } = toFields(values, cover.fileId)
    if (!fields) {
      setErrors(local)
      setFormError('有几项需要修改，请看红色提示')
      return undefined
    }
    const res = current
      ? await call('competition.update', { competitionId: current.id, ...fields })
      : await call('competition.create', { organizerUnitId: opts.unitId ?? '', ...fields })
    if (!res.ok) {
      refused(res.error)
      return undefined
    }
    setErrors({})
    setCurrent(res.data)
    // The picture now belongs to the saved competition; sending it again changes nothing.
    setCover({ preview: res.data.coverUrl ?? cover.preview })
    return res.data
  }

  const save = useSubmit(async () => {
    const wasNew = !current
    const saved = await write()
    if (saved) toastDone(wasNew ? '已保存为草稿' : '已保存')
  })

  const publish = useSubmit(async () => {
    const ok = await confirm({ title: '发布竞赛', content: '发布后，符合条件的职工都能看到并报名，也可以分享到微信群和朋友圈。', confirmText: '发布' })
    if (!ok) return
    const saved = await write()
    if (!saved) return
    const res = await call('competition.publish', { competitionId: saved.id })
    if (!res.ok) return toastError(res.error)
    setCurrent(res.data)
    toastDone('已发布')
  })

  const closeSignup = useSubmit(async () => {
    if (!current) return
    const ok = await confirm({ title: '截止报名', content: '现在就停止报名？之后职工不能再报名，已报名的不受影响。', confirmText: '截止报名', danger: true })
    if (!ok) return
    const res = await call('competition.closeSignup', { competitionId: current.id })
    if (!res.ok) return toastError(res.error)
    setCurrent(res.data)
    toastDone('已截止报名')
  })

  const cancel = useSubmit(async (reason: string): Promise<boolean> => {
    if (!current) return false
    const res = await call('competition.cancel', { competitionId: current.id, reason })
    if (!res.ok) {
      toastError(res.error)
      return false
    }
    setCurrent(res.data)
    toastDone('已取消竞赛')
    return true
  })

  return {
    values,
    set,
    setTime,
    errors,
    formError,
    current,
    cover: { preview: cover.preview, uploading },
    chooseCover: (p) => void chooseCover(p),
    save: () => void save.run(),
    saving: save.busy,
    publish: () => void publish.run(),
    publishing: publish.busy,
    closeSignup: () => void closeSignup.run(),
    closing: closeSignup.busy,
    cancel: async (reason) => Boolean(await cancel.run(reason)),
    cancelling: cancel.busy,
  }
}
