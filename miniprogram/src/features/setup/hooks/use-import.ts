// The import page: download the template, pick and upload a filled sheet, see its preview (row by
// row), and import it only when it has no errors and something new.
import { useState } from 'react'
import type { ImportPreview, ImportResult } from '@contract/entities/setup'
import type { AppErrorBody } from '@contract/errors'
import { call } from '../../../services/cloud'
import { openSpreadsheet } from '../../competition/export'
import { toastDone, toastError } from '../../../services/feedback'
import { useSubmit } from '../../../hooks/use-submit'
import { pickAndUploadSheet } from '../services/sheet-upload'

export function useImport(userId: string) {
  const [file, setFile] = useState<{ fileID: string; name: string }>()
  const [preview, setPreview] = useState<ImportPreview>()
  const [error, setError] = useState<AppErrorBody>()
  const [result, setResult] = useState<ImportResult>()

  const template = useSubmit(async () => {
    const res = await call('org.importTemplate', {})
    if (!res.ok) return toastError(res.error)
    const opened = await openSpreadsheet(res.data.fileUrl)
    if (!opened.ok) toastError(opened.error)
  })

  const pick = useSubmit(async () => {
    const up = await pickAndUploadSheet(userId)
    if (!up.ok) return setError(up.error)
    if (!up.data) return
    setFile(up.data)
    setPreview(undefined)
    setResult(undefined)
    const res = await call('org.previewImport', { fileId: up.data.fileID })
    if (!res.ok) return setError(res.error)
    setError(undefined)
    setPreview(res.data)
  })

  const apply = useSubmit(async () => {
    if (!file || !preview) return
    const res = await call('org.applyImport', { fileId: file.fileID, digest: preview.digest })
    if (!res.ok) return setError(res.error)
    setError(undefined)
    setResult(res.data)
    setPreview(undefined)
    toastDone(`已导入 ${res.data.created} 个单位`)
  })

  const canApply = Boolean(preview && preview.errorCount === 0 && preview.create > 0)
  return {
    file,
    preview,
    error,
    result,
    canApply,
    downloadTemplate: () => void template.run(),
    templateBusy: template.busy,
    pick: () => void pick.run(),
    picking: pick.busy,
    apply: () => void apply.run(),
    applying: apply.busy,
  }
}
