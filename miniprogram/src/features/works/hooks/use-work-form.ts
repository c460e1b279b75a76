// The submission form of a work. Drafts live on the server (works.saveDraft), so they survive leaving
// the page, a crash or a new phone: changes are saved a moment after the person stops typing, when
// the page is hidden or left, and on 存草稿. The last draft's id is remembered on the phone, so
// "我要投稿" continues it. Saves run one after another; submitting waits for a running save.
import Taro, { useDidHide, useUnload } from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { Me } from '@contract/entities/people'
import type { MyWork, WorkCategory, WorkStatus } from '@contract/entities/works'
import { WORK_LIMITS } from '@contract/limits/works'
import type { AppErrorBody } from '@contract/errors'
import { lengthProblem } from '@contract/limits/check'
import type { PickedImage, PickerChange } from '../../../components/image-picker'
import { call } from '../../../services/cloud'
import { askToBeTold } from '../../../services/subscribe'

export interface WorkValues {
  category: WorkCategory | undefined
  title: string
  description: string
  images: PickedImage[]
}

export type FieldErrors = Partial<Record<'category' | 'title' | 'description' | 'images', string>>

const EDITABLE: WorkStatus[] = ['draft', 'blocked', 'rejected']
const AUTOSAVE_MS = 2500
const draftKey = (userId: string) => `works:draft:${userId}`

const empty: WorkValues = { category: undefined, title: '', description: '', images: [] }

const valuesOf = (w: MyWork): WorkValues => ({
  category: w.category ?? undefined,
  title: w.title,
  description: w.description,
  images: w.images.map((im) => ({ fileID: im.fileId, url: im.thumbUrl ?? im.previewUrl ?? im.fileId })),
})

/** The same limits the server keeps, said in plain words before anything is sent. */
export function checkValues(v: WorkValues): FieldErrors {
  const e: FieldErrors = {}
  const title = v.title.trim()
  const description = v.description.trim()
  if (!v.category) e.category = '请选择作品类别'
  const { title: t, description: d, images: i } = WORK_LIMITS
  if (title.length < t.min) e.title = `请填写作品名称（至少 ${t.min} 个字）`
  else e.title = lengthProblem('作品名称', title, t)
  if (description.length < d.min) e.description = `请写几句作品介绍（至少 ${d.min} 个字）`
  else e.description = lengthProblem('作品介绍', description, d)
  if (v.images.length < i.min) e.images = `请至少上传 ${i.min} 张作品照片`
  else if (v.images.length > i.max) e.images = `最多 ${i.max} 张照片`
  for (const k of Object.keys(e) as Array<keyof FieldErrors>) if (!e[k]) delete e[k]
  return e
}

/** Server issues (path → message) onto the form's fields. */
function fieldErrorsOf(error: AppErrorBody): FieldErrors {
  const out: FieldErrors = {}
  for (const issue of error.issues ?? []) {
    const field = issue.path.split('.')[0]
    if (field === 'category' || field === 'title' || field === 'description' || field === 'images') out[field] ??= issue.message
  }
  return out
}

export type FormPhase = 'loading' | 'ready' | 'locked'

export function useWorkForm(me: Me, opts: { id?: string; fresh: boolean }) {
  const [phase, setPhase] = useState<FormPhase>('loading')
  const [locked, setLocked] = useState<MyWork>()
  const [values, setValues] = useState<WorkValues>(empty)
  const [upload, setUpload] = useState({ uploading: false, failed: 0 })
  const [errors, setErrors] = useState<FieldErrors>({})
  const [formError, setFormError] = useState<string>()
  const [saving, setSaving] = useState(false)
  const [savedAt, setSavedAt] = useState<number>()
  const [submitting, setSubmitting] = useState(false)

  const workId = useRef<string>()
  const current = useRef(values)
  current.current = values
  const version = useRef(0)
  const savedVersion = useRef(0)
  const chain = useRef<Promise<void>>(Promise.resolve())
  const timer = useRef<ReturnType<typeof setTimeout>>()
  const key = draftKey(me.id)

  // Open the draft asked for, or the last one, or a fresh form.
  useEffect(() => {
    let live = true
    const id = opts.id ?? (opts.fresh ? undefined : (Taro.getStorageSync(key) as string) || undefined)
    if (!id) {
      setPhase('ready')
      return
    }
    void call('works.myWork', { workId: id }).then((res) => {
      if (!live) return
      if (!res.ok) {
        // a draft deleted elsewhere, or an old id: start afresh
        if (!opts.id) Taro.removeStorageSync(key)
        if (opts.id) setFormError(res.error.message)
        setPhase('ready')
        return
      }
      if (!EDITABLE.includes(res.data.status)) {
        if (!opts.id) Taro.removeStorageSync(key)
        if (opts.id) {
          setLocked(res.data)
          setPhase('locked')
          return
        }
        setPhase('ready')
        return
      }
      workId.current = res.data.id
      setValues(valuesOf(res.data))
      setSavedAt(res.data.updatedAt)
      setPhase('ready')
    })
    return () => {
      live = false
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const hasContent = (v: WorkValues) => Boolean(v.category || v.title.trim() || v.description.trim() || v.images.length)

  const saveNow = useCallback((): Promise<void> => {
    const run = async () => {
      const mine = version.current
      if (mine === savedVersion.current || !hasContent(current.current)) return
      const v = current.current
      setSaving(true)
      const res = await call('works.saveDraft', {
        ...(workId.current ? { workId: workId.current } : {}),
        ...(v.category ? { category: v.category } : {}),
        title: v.title,
        description: v.description,
        images: v.images.map((i) => i.fileID),
      })
      setSaving(false)
      if (!res.ok) {
        setFormError(res.error.code === 'COMMON.CONFLICT' ? '草稿在别的地方修改过，请返回后重新打开' : res.error.message)
        return
      }
      workId.current = res.data.id
      Taro.setStorageSync(key, res.data.id)
      savedVersion.current = mine
      setSavedAt(Date.now())
      setFormError(undefined)
    }
    chain.current = chain.current.then(run, run)
    return chain.current
  }, [key])

  const schedule = useCallback(() => {
    version.current++
    clearTimeout(timer.current)
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_MS)
  }, [saveNow])

  const set = useCallback(
    <K extends keyof WorkValues>(field: K, value: WorkValues[K]) => {
      setValues((v) => ({ ...v, [field]: value }))
      current.current = { ...current.current, [field]: value }
      setErrors((e) => ({ ...e, [field]: undefined }))
      schedule()
    },
    [schedule],
  )

  const onImages = useCallback(
    (change: PickerChange) => {
      setUpload({ uploading: change.uploading, failed: change.failed })
      const same = change.items.map((i) => i.fileID).join('|') === current.current.images.map((i) => i.fileID).join('|')
      if (!same) set('images', change.items)
    },
    [set],
  )

  // Leaving or hiding the page keeps what was typed.
  const flush = useCallback(() => {
    clearTimeout(timer.current)
    if (!submitting) void saveNow()
  }, [saveNow, submitting])
  useDidHide(flush)
  useUnload(flush)

  /** 存草稿: save now, even without a change since the last save. */
  const saveDraft = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current)
    version.current++
    await saveNow()
    return savedVersion.current === version.current
  }, [saveNow])

  /** Submit: the tap asks for the notification first (WeChat allows it only inside a tap). */
  const submit = useCallback(async (): Promise<MyWork | undefined> => {
    const v = current.current
    const found = checkValues(v)
    if (upload.uploading) found.images = '还有照片在上传，请等上传完成'
    else if (upload.failed) found.images = '有照片上传失败，请点“重试”或删去'
    setErrors(found)
    if (Object.values(found).some(Boolean)) {
      setFormError('还有内容没填好，请看红字提示')
      return undefined
    }
    // Still inside the tap: WeChat shows the request only from one.
    const told = askToBeTold('workReviewResult')
    setSubmitting(true)
    clearTimeout(timer.current)
    await told
    await chain.current
    const res = await call('works.submit', {
      ...(workId.current ? { workId: workId.current } : {}),
      category: v.category!,
      title: v.title.trim(),
      description: v.description.trim(),
      images: v.images.map((i) => i.fileID),
    })
    setSubmitting(false)
    if (!res.ok) {
      setErrors(fieldErrorsOf(res.error))
      setFormError(res.error.message)
      return undefined
    }
    Taro.removeStorageSync(key)
    savedVersion.current = version.current
    setFormError(undefined)
    return res.data
  }, [key, upload])

  return {
    phase,
    locked,
    values,
    set,
    onImages,
    upload,
    errors,
    formError,
    saving,
    savedAt,
    submitting,
    saveDraft,
    submit,
    workId: () => workId.current,
  }
}
