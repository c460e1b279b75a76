// The chair's summary form: title, body and photos from the report (or the prefilled draft), checked
// against the contract's limits before a call, saved as a draft or submitted. The server decides
// everything again; these checks only spare a round trip.
import { useState } from 'react'
import type { MyReport } from '@contract/entities/reports'
import type { AppErrorBody } from '@contract/errors'
import { REPORT_LIMITS as L } from '@contract/limits/reports'
import type { PickerChange } from '../../../components/image-picker'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
import { toastDone, toastError } from '../../../services/feedback'
import { askToBeTold } from '../../../services/subscribe'
import { REPORT_TEXT } from '../text'

type Field = 'title' | 'body' | 'photos'

const length = (s: string) => s.trim().length

export function useReportForm(report: MyReport, onSaved: (r: MyReport) => void) {
  const [title, setTitle] = useState(report.title)
  const [body, setBody] = useState(report.body)
  const [photos, setPhotos] = useState(report.photos.map((p) => ({ fileID: p.file, url: p.url ?? undefined })))
  const [uploading, setUploading] = useState(false)
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})

  const check = (): boolean => {
    const e: Partial<Record<Field, string>> = {}
    if (length(title) < L.title.min || length(title) > L.title.max) e.title = `标题${L.title.hint}`
    if (length(body) < L.body.min || length(body) > L.body.max) e.body = `正文${L.body.hint}`
    if (photos.length > L.photos.max) e.photos = L.photos.hint
    setErrors(e)
    return Object.keys(e).length === 0
  }

  const onError = (error: AppErrorBody) => {
    const e: Partial<Record<Field, string>> = {}
    for (const i of error.issues ?? []) {
      const field = i.path.split('.')[0] as Field
      if (field === 'title' || field === 'body' || field === 'photos') e[field] = i.message
    }
    setErrors(e)
    toastError(error)
  }

  const save = useSubmit(async (submit: boolean) => {
    // Asked inside the tap, before anything else is awaited: reminders and the city's decision reach the chair.
    const asked = submit ? Promise.resolve() : askToBeTold('reportReminder')
    if (uploading) return toastError({ message: REPORT_TEXT.uploading })
    if (!check()) return
    await asked
    const res = await call('reports.save', { unitId: report.unit.id, title, body, photos: photos.map((p) => p.fileID), submit })
    if (!res.ok) return onError(res.error)
    toastDone(submit ? REPORT_TEXT.submitted : REPORT_TEXT.saved)
    onSaved(res.data)
  })

  const onPhotos = (e: { detail: PickerChange }) => {
    setPhotos(e.detail.items.map((i) => ({ fileID: i.fileID, url: i.url })))
    setUploading(e.detail.uploading)
  }

  return { title, setTitle, body, setBody, photos, onPhotos, errors, save }
}
