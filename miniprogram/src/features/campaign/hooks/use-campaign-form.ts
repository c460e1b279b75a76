// The city union's campaign settings (campaign.configure): title, the three dates (Beijing calendar
// days), and the goals of the seven targets, filled from the running campaign (campaign.home).
import { useEffect, useState } from 'react'
import type { CampaignHome, TargetKey } from '@contract/entities/campaign'
import { CAMPAIGN_LIMITS } from '@contract/limits/campaign'
import { lengthProblem } from '@contract/limits/check'
import { call } from '../../../services/cloud'
import { toastDone } from '../../../services/feedback'
import { fromDateInput, toDateInput } from '../../../utils/date'
import { useSubmit } from '../../../hooks/use-submit'

export interface CampaignValues {
  title: string
  start: string
  end: string
  summaryDue: string
  goals: Partial<Record<TargetKey, string>>
}

export const valuesOf = (home: CampaignHome): CampaignValues => ({
  title: home.title,
  start: toDateInput(home.startAt),
  end: toDateInput(home.endAt),
  summaryDue: toDateInput(home.summaryDueAt),
  goals: Object.fromEntries(home.targets.map((t) => [t.key, String(t.goal)])),
})

/** What campaign.configure takes, or the field problems that stop it being sent. */
export function toInput(id: string, v: CampaignValues) {
  const errors: Record<string, string> = {}
  const title = lengthProblem('活动名称', v.title, CAMPAIGN_LIMITS.title, `活动名称至少 ${CAMPAIGN_LIMITS.title.min} 个字`)
  if (title) errors.title = title
  const startAt = fromDateInput(v.start, 'start')
  const endAt = fromDateInput(v.end, 'end')
  const summaryDueAt = fromDateInput(v.summaryDue, 'end')
  if (startAt === undefined) errors.start = '请选择开始日期'
  if (endAt === undefined) errors.end = '请选择结束日期'
  if (summaryDueAt === undefined) errors.summaryDue = '请选择总结截止日期'
  const goals: Partial<Record<TargetKey, number>> = {}
  for (const [key, raw] of Object.entries(v.goals) as Array<[TargetKey, string]>) {
    const n = Number(raw)
    const { min, max, hint } = CAMPAIGN_LIMITS.goal
    if (!/^\d+$/.test(raw.trim()) || n < min || n > max) errors[`goals.${key}`] = hint
    else goals[key] = n
  }
  if (Object.keys(errors).length) return { errors, input: undefined }
  return { errors, input: { campaignId: id, title: v.title.trim(), startAt: startAt!, endAt: endAt!, summaryDueAt: summaryDueAt!, goals } }
}

export function useCampaignForm(home: CampaignHome | undefined) {
  const [values, setValues] = useState<CampaignValues>()
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<string>()

  useEffect(() => {
    if (home && !values) setValues(valuesOf(home))
  }, [home, values])

  const set = <K extends keyof CampaignValues>(key: K, value: CampaignValues[K]) => {
    setValues((v) => (v ? { ...v, [key]: value } : v))
    setFormError(undefined)
  }
  const setGoal = (key: TargetKey, value: string) => {
    setValues((v) => (v ? { ...v, goals: { ...v.goals, [key]: value } } : v))
    setErrors((e) => ({ ...e, [`goals.${key}`]: '' }))
  }

  const save = useSubmit(async () => {
    if (!home || !values) return
    setFormError(undefined)
    const { input, errors: local } = toInput(home.id, values)
    if (!input) return setErrors(local)
    setErrors({})
    const res = await call('campaign.configure', input)
    if (!res.ok) {
      const fields: Record<string, string> = {}
      for (const i of res.error.issues ?? []) fields[i.path] = i.message
      setErrors(fields)
      return setFormError(res.error.message)
    }
    setValues(valuesOf(res.data))
    toastDone('已保存')
  })

  return { values, set, setGoal, errors, formError, save: () => void save.run(), saving: save.busy }
}
