// The nomination form: the person (a member picked from the unit, or a name), job, honour, deeds,
// photo and how they consented; saved as a draft at any point, submitted when complete. The server
// validates everything again; field errors come back from its valibot issues, shown under each field.
import { useState } from 'react'
import type { HonourCategory, NominationView } from '@contract/entities/honours'
import type { PickerChange } from '../../../components/image-picker'
import { call } from '../../../services/cloud'
import { toastDone, toastError } from '../../../services/feedback'
import { useSubmit } from '../../../hooks/use-submit'

export interface NominationValues {
  nomineeUserId?: string
  nomineeName: string
  job: string
  category?: HonourCategory
  deeds: string
  photo?: { fileID: string; url?: string }
  paperConsent: boolean
}

const fromView = (n: NominationView | undefined): NominationValues => ({
  nomineeUserId: n?.nomineeUserId ?? undefined,
  nomineeName: n?.nomineeName ?? '',
  job: n?.job ?? '',
  category: n?.category ?? undefined,
  deeds: n?.deeds ?? '',
  photo: n?.photoUrl ? { fileID: '', url: n.photoUrl } : undefined,
  paperConsent: n?.consent === 'paper',
})

export function useNominationForm(unitId: string, existing: NominationView | undefined, onSaved: (n: NominationView, submitted: boolean) => void) {
  const [values, setValues] = useState<NominationValues>(() => fromView(existing))
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [uploading, setUploading] = useState(false)
  const [id, setId] = useState(existing?.id)
  const set = <K extends keyof NominationValues>(key: K, value: NominationValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }))
    setErrors((e) => ({ ...e, [key]: '' }))
  }

  const save = useSubmit(async (submit: boolean) => {
    if (uploading) return toastError({ message: '照片还在上传，请稍候' })
    // An unchanged photo from before is kept by the server when none is sent (its file id is not shown to pages).
    const photo = values.photo?.fileID || undefined
    const body = {
      unitId,
      nominationId: id,
      nomineeUserId: values.nomineeUserId,
      nomineeName: values.nomineeName.trim() || undefined,
      job: values.job.trim(),
      category: values.category,
      deeds: values.deeds.trim(),
      photo,
      paperConsent: values.paperConsent,
    }
    const res = submit
      ? await call('honours.saveNomination', { ...body, submit: true, nomineeName: body.nomineeName ?? '', category: body.category as HonourCategory })
      : await call('honours.saveNomination', { ...body, submit: false })
    if (!res.ok) {
      const fields: Record<string, string> = {}
      for (const issue of res.error.issues ?? []) if (issue.path && !fields[issue.path]) fields[issue.path] = issue.message
      setErrors(fields)
      return toastError(res.error.issues?.[0] ?? res.error)
    }
    setId(res.data.id)
    toastDone(submit ? '已提交，等待上级工会审核' : '草稿已保存')
    onSaved(res.data, submit)
  })

  return {
    values,
    errors,
    set,
    onPhoto: (c: PickerChange) => {
      setUploading(c.uploading)
      set('photo', c.items[0])
    },
    saveDraft: () => void save.run(false),
    submit: () => void save.run(true),
    busy: save.busy,
  }
}
