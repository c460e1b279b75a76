// The profile form: fields from the caller's record, the avatar uploaded as soon as it is picked
// (so saving is one quick call), required fields checked before sending, and the server's refusals
// (error.issues) shown under the field they concern.
import { useEffect, useRef, useState } from 'react'
import type { Me } from '@contract/entities/people'
import type { AppErrorBody } from '@contract/errors'
import { call } from '../../../services/cloud'
import { toastError } from '../../../services/feedback'
import { setMe } from '../../../services/me'
import { uploadFile } from '../../../services/upload'
import { useSubmit } from '../../../hooks/use-submit'

export type ProfileField = 'nickname' | 'realName' | 'job' | 'employeeNo' | 'avatarFileId'
export type ProfileValues = Record<Exclude<ProfileField, 'avatarFileId'>, string>
export type FieldErrors = Partial<Record<ProfileField, string>>

/** Field messages from a refused save; anything not tied to a field becomes the form's message. */
export function fieldErrorsOf(error: AppErrorBody): { fields: FieldErrors; form?: string } {
  const fields: FieldErrors = {}
  let form: string | undefined
  for (const issue of error.issues ?? []) {
    const key = issue.path.split('.')[0] as ProfileField
    if (['nickname', 'realName', 'job', 'employeeNo', 'avatarFileId'].includes(key)) fields[key] ??= issue.message
    else form ??= issue.message
  }
  if (Object.keys(fields).length === 0) form = form ?? error.message
  return { fields, form }
}

/** What must be there before a save is worth sending. */
export function missingFields(values: ProfileValues): FieldErrors {
  const out: FieldErrors = {}
  if (!values.nickname.trim()) out.nickname = '请填写昵称'
  if (!values.realName.trim()) out.realName = '请填写真实姓名'
  return out
}

export function useProfileForm(me: Me | undefined) {
  const [values, setValues] = useState<ProfileValues>({ nickname: '', realName: '', job: '', employeeNo: '' })
  const [avatar, setAvatar] = useState<{ preview: string; fileId?: string } | undefined>()
  const [uploading, setUploading] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string>()
  const filled = useRef(false)

  // Fill from the record once; later refreshes of `me` must not overwrite what the person is typing.
  useEffect(() => {
    if (!me || filled.current) return
    filled.current = true
    setValues({ nickname: me.nickname, realName: me.realName, job: me.job, employeeNo: me.employeeNo })
  }, [me])

  const set = (field: keyof ProfileValues, value: string) => {
    setValues((v) => ({ ...v, [field]: value }))
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }))
  }

  const chooseAvatar = async (localPath: string) => {
    if (!me || !localPath) return
    setAvatar({ preview: localPath })
    setUploading(true)
    const res = await uploadFile('avatars', me.id, localPath)
    setUploading(false)
    if (res.ok) {
      setAvatar({ preview: localPath, fileId: res.data.fileID })
      setErrors((e) => ({ ...e, avatarFileId: undefined }))
    } else {
      setAvatar(undefined)
      toastError(res.error)
    }
  }

  const save = useSubmit(async (): Promise<Me | undefined> => {
    setFormError(undefined)
    const missing = missingFields(values)
    if (Object.keys(missing).length) {
      setErrors(missing)
      return undefined
    }
    const res = await call('people.saveProfile', {
      nickname: values.nickname.trim(),
      realName: values.realName.trim(),
      job: values.job.trim(),
      employeeNo: values.employeeNo.trim(),
      ...(avatar?.fileId ? { avatarFileId: avatar.fileId } : {}),
    })
    if (!res.ok) {
      const { fields, form } = fieldErrorsOf(res.error)
      setErrors(fields)
      setFormError(form)
      return undefined
    }
    setErrors({})
    setMe(res.data)
    return res.data
  })

  return {
    values,
    set,
    errors,
    formError,
    avatarPreview: avatar?.preview ?? me?.avatarUrl ?? null,
    uploading,
    chooseAvatar,
    save: save.run,
    saving: save.busy,
  }
}
