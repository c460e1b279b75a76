// The publish form: title, body, audience (a unit of the publisher's subtree: the widest by default),
// how long it stays pinned on the home page, and attachments uploaded into the publisher's own
// notices folder as they are picked. The checks are the server's (NOTICE_LIMITS); the server checks again.
import { useState } from 'react'
import type { NoticeDetail } from '@contract/entities/notices'
import type { UnitRef } from '@contract/entities/people'
import type { AppErrorBody } from '@contract/errors'
import { lengthProblem } from '@contract/limits/check'
import { NOTICE_LIMITS as L } from '@contract/limits/notices'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
import { toastError } from '../../../services/feedback'
import { uploadFile } from '../../../services/upload'
import { pickFiles, splitBySize } from '../attachments'

/** How long a notice may stay pinned, in days; 0: not pinned. */
export const PIN_CHOICES = [0, 3, 7, 30] as const
export type PinDays = (typeof PIN_CHOICES)[number]
export const pinLabel = (d: PinDays) => (d === 0 ? '不置顶' : `${d} 天`)

export interface PublishValues {
  title: string
  body: string
  pinDays: PinDays
}
export type PublishErrors = Partial<Record<'title' | 'body' | 'attachments' | 'audience', string>>

export function checkPublish(v: PublishValues, audience: UnitRef | undefined): PublishErrors {
  const e: PublishErrors = { title: lengthProblem('标题', v.title, L.title), body: lengthProblem('正文', v.body, L.body) }
  if (!audience) e.audience = '请选择发送范围'
  return Object.fromEntries(Object.entries(e).filter(([, m]) => m)) as PublishErrors
}

/** A name within the limit, its extension kept: "很长的文件名….pdf". */
export function shortName(name: string): string {
  const max = L.attachmentName.max
  const clean = name.trim() || '附件'
  if (clean.length <= max) return clean
  const dot = clean.lastIndexOf('.')
  const ext = dot > 0 && clean.length - dot <= 10 ? clean.slice(dot) : ''
  return `${clean.slice(0, max - ext.length - 1)}…${ext}`
}

/** `issues` of a refusal, by field (attachments.1 → attachments). */
const byField = (error: AppErrorBody): PublishErrors => Object.fromEntries((error.issues ?? []).map((i) => [i.path.split('.')[0], i.message])) as PublishErrors

export function usePublishForm(userId: string, defaultAudience: UnitRef | undefined, now: () => number = Date.now) {
  const [values, setValues] = useState<PublishValues>({ title: '', body: '', pinDays: 7 })
  const [audience, setAudience] = useState<UnitRef | undefined>(defaultAudience)
  const [files, setFiles] = useState<Array<{ fileId: string; name: string }>>([])
  const [errors, setErrors] = useState<PublishErrors>({})
  const [published, setPublished] = useState<NoticeDetail>()
  const set = <K extends keyof PublishValues>(k: K, value: PublishValues[K]) => setValues((v) => ({ ...v, [k]: value }))

  const adding = useSubmit(async () => {
    const picked = await pickFiles(L.attachments.max - files.length)
    const { fits, tooLarge } = splitBySize(picked)
    setErrors((e) => ({ ...e, attachments: tooLarge.length ? `${tooLarge.join('、')} 超过 ${L.attachmentMaxMb} MB，未添加` : undefined }))
    for (const f of fits) {
      const res = await uploadFile('notices', userId, f.path, f.name)
      if (!res.ok) {
        toastError(res.error)
        return
      }
      setFiles((prev) => [...prev, { fileId: res.data.fileID, name: shortName(f.name) }])
    }
  })

  const publishing = useSubmit(async () => {
    const found = checkPublish(values, audience)
    setErrors(found)
    if (Object.keys(found).length > 0 || !audience) return
    const res = await call('campaign.publishNotice', {
      audienceUnitId: audience.id,
      title: values.title.trim(),
      body: values.body.trim(),
      attachments: files,
      ...(values.pinDays > 0 ? { pinnedUntil: now() + values.pinDays * 86_400_000 } : {}),
    })
    if (res.ok) setPublished(res.data)
    else {
      setErrors(byField(res.error))
      toastError(res.error)
    }
  })

  return {
    values,
    set,
    audience,
    setAudience,
    files,
    removeFile: (fileId: string) => setFiles((prev) => prev.filter((f) => f.fileId !== fileId)),
    addFiles: adding.run,
    adding: adding.busy,
    errors,
    publish: publishing.run,
    busy: publishing.busy,
    published,
  }
}
