// The idea form: what is typed is kept on the phone after every change (leaving the page, a call
// coming in or WeChat closing loses nothing), similar ideas are looked up while typing (after a pause),
// the rules of the contract are checked before sending, and the server's refusals land under the
// field they concern. A draft can also be kept on the server (存草稿) to finish on another phone.
import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { IdeaType, MyIdeaDetail, PersonRef, SimilarIdea } from '@contract/entities/ideas'
import { IDEA_LIMITS } from '@contract/limits/ideas'
import { lengthProblem } from '@contract/limits/check'
import type { AppErrorBody } from '@contract/errors'
import type { IdeaImage } from '../components/idea-images'
import { useSubmit } from '../../../hooks/use-submit'
import { askToBeTold } from '../../../services/subscribe'
import { call } from '../../../services/cloud'
import { toastError } from '../../../services/feedback'

export interface IdeaFormValues {
  type: IdeaType
  title: string
  problem: string
  proposal: string
  benefit: string
  /** As typed; whole yuan. */
  savings: string
  images: IdeaImage[]
  coAuthors: PersonRef[]
}

export type IdeaField = 'type' | 'title' | 'problem' | 'proposal' | 'benefit' | 'savings' | 'images' | 'coAuthors'
export type IdeaErrors = Partial<Record<IdeaField, string>>

const EMPTY: IdeaFormValues = { type: '金点子', title: '', problem: '', proposal: '', benefit: '', savings: '', images: [], coAuthors: [] }

/** The texts' names in messages; their bounds are the contract's (IDEA_LIMITS), checked here so a person hears about them at once. */
const LABELS = { title: '标题', problem: '存在的问题', proposal: '改进办法', benefit: '预期效益' } as const

const storageKey = (id: string | undefined) => `idea-form:${id ?? 'new'}`
const len = (s: string) => Array.from(s.trim()).length

export function checkIdea(v: IdeaFormValues): IdeaErrors {
  const out: IdeaErrors = {}
  for (const [field, label] of Object.entries(LABELS) as Array<[keyof typeof LABELS, string]>) {
    const problem = lengthProblem(label, v[field], IDEA_LIMITS[field])
    if (problem) out[field] = problem
  }
  const savings = v.savings.trim()
  if (savings && (!/^\d+$/.test(savings) || Number(savings) > IDEA_LIMITS.savingsYuan.max)) out.savings = '请填写整数金额（元），不知道可以不填'
  return out
}

/** Field messages from a refused call; the rest becomes the form's message. */
export function ideaErrorsOf(error: AppErrorBody): { fields: IdeaErrors; form?: string } {
  const fields: IdeaErrors = {}
  const map: Record<string, IdeaField> = {
    type: 'type',
    title: 'title',
    problem: 'problem',
    proposal: 'proposal',
    benefit: 'benefit',
    savingsYuan: 'savings',
    images: 'images',
    coAuthorIds: 'coAuthors',
  }
  for (const issue of error.issues ?? []) {
    const key = map[issue.path.split('.')[0]]
    if (key) fields[key] ??= issue.message
  }
  if (error.code === 'IDEA.COAUTHOR_OTHER_UNIT' || error.code === 'IDEA.COAUTHOR_UNKNOWN') fields.coAuthors = error.message
  return { fields, form: Object.keys(fields).length ? undefined : error.message }
}

function payload(v: IdeaFormValues) {
  return {
    type: v.type,
    title: v.title.trim(),
    problem: v.problem.trim(),
    proposal: v.proposal.trim(),
    benefit: v.benefit.trim(),
    savingsYuan: v.savings.trim() ? Number(v.savings.trim()) : null,
    images: v.images.map((i) => i.fileID),
    coAuthorIds: v.coAuthors.map((c) => c.userId),
  }
}

interface Stored {
  values: IdeaFormValues
  savedAt: number
}

function readLocal(id: string | undefined): Stored | undefined {
  try {
    const raw = Taro.getStorageSync(storageKey(id)) as string
    return raw ? (JSON.parse(raw) as Stored) : undefined
  } catch {
    return undefined
  }
}

export function useIdeaForm(initialId: string | undefined) {
  const [ideaId, setIdeaId] = useState(initialId)
  const [values, setValues] = useState<IdeaFormValues>(EMPTY)
  const [loaded, setLoaded] = useState<MyIdeaDetail | null>(null)
  const [ready, setReady] = useState(!initialId)
  const [loadError, setLoadError] = useState<AppErrorBody>()
  const [restored, setRestored] = useState(false)
  const [errors, setErrors] = useState<IdeaErrors>({})
  const [formError, setFormError] = useState<string>()
  const [imagesBusy, setImagesBusy] = useState(false)
  const [similar, setSimilar] = useState<SimilarIdea[]>([])
  const [looking, setLooking] = useState(false)
  const dirty = useRef(false)

  // Fill: the server's copy of an existing idea, or what was typed here and not sent yet.
  useEffect(() => {
    let live = true
    const local = readLocal(initialId)
    if (!initialId) {
      if (local && (local.values.title || local.values.problem || local.values.proposal)) {
        setValues({ ...EMPTY, ...local.values })
        setRestored(true)
      }
      return
    }
    void call('ideas.myDetail', { ideaId: initialId }).then((res) => {
      if (!live) return
      if (!res.ok) {
        setLoadError(res.error)
        setReady(true)
        return
      }
      const d = res.data
      setLoaded(d)
      const server: IdeaFormValues = {
        type: d.type,
        title: d.title,
        problem: d.problem,
        proposal: d.proposal,
        benefit: d.benefit,
        savings: d.savingsYuan === null ? '' : String(d.savingsYuan),
        images: d.images.filter((i) => i.check !== 'risky' && i.url).map((i) => ({ fileID: i.fileId, url: i.url! })),
        coAuthors: d.coAuthors,
      }
      if (local && local.savedAt > d.updatedAt && d.canEdit) {
        setValues({ ...server, ...local.values })
        setRestored(true)
      } else setValues(server)
      setReady(true)
    })
    return () => {
      live = false
    }
  }, [initialId])

  const persist = useCallback(
    (next: IdeaFormValues) => {
      try {
        Taro.setStorageSync(storageKey(ideaId), JSON.stringify({ values: next, savedAt: Date.now() } satisfies Stored))
      } catch {
        // Storage full or unavailable: the form still works, it just will not survive leaving.
      }
    },
    [ideaId],
  )

  const set = <K extends keyof IdeaFormValues>(field: K, value: IdeaFormValues[K]) => {
    dirty.current = true
    setValues((v) => {
      const next = { ...v, [field]: value }
      persist(next)
      return next
    })
    if (errors[field as IdeaField]) setErrors((e) => ({ ...e, [field]: undefined }))
  }

  const clearLocal = () => {
    try {
      Taro.removeStorageSync(storageKey(ideaId))
      Taro.removeStorageSync(storageKey(undefined))
    } catch {
      // nothing kept, nothing to remove
    }
  }

  const startOver = () => {
    clearLocal()
    setValues(EMPTY)
    setRestored(false)
    setErrors({})
    setSimilar([])
  }

  // Similar ideas after a pause in typing: enough text to compare, at most one call in flight per pause.
  const { title, problem, proposal } = values
  useEffect(() => {
    if (!ready || (len(title) < IDEA_LIMITS.title.min && len(problem) < IDEA_LIMITS.problem.min)) {
      setSimilar([])
      return
    }
    let live = true
    const timer = setTimeout(() => {
      setLooking(true)
      void call('ideas.similar', {
        title: title.trim().slice(0, IDEA_LIMITS.title.max),
        problem: problem.trim().slice(0, IDEA_LIMITS.problem.max),
        proposal: proposal.trim().slice(0, IDEA_LIMITS.proposal.max),
        ...(ideaId ? { excludeId: ideaId } : {}),
      }).then((res) => {
        if (!live) return
        setLooking(false)
        if (res.ok) setSimilar(res.data.items)
      })
    }, 700)
    return () => {
      live = false
      clearTimeout(timer)
    }
  }, [title, problem, proposal, ready, ideaId])

  const submit = useSubmit(async (): Promise<MyIdeaDetail | undefined> => {
    setFormError(undefined)
    const found = checkIdea(values)
    if (Object.keys(found).length) {
      setErrors(found)
      return undefined
    }
    if (imagesBusy) {
      setErrors({ images: '图片还在上传，请稍等' })
      return undefined
    }
    // Still inside the tap (WeChat shows the request only from one): to be told the union's decision.
    await askToBeTold('ideaReviewResult')
    const res = await call('ideas.submit', { ...(ideaId ? { ideaId } : {}), ...payload(values) })
    if (!res.ok) {
      const { fields, form } = ideaErrorsOf(res.error)
      setErrors(fields)
      setFormError(form)
      if (form) toastError(res.error)
      return undefined
    }
    clearLocal()
    return res.data
  })

  const saveDraft = useSubmit(async (): Promise<MyIdeaDetail | undefined> => {
    setFormError(undefined)
    const p = payload(values)
    const res = await call('ideas.saveDraft', {
      ...(ideaId ? { ideaId } : {}),
      ...p,
      title: p.title.slice(0, IDEA_LIMITS.title.max),
      problem: p.problem.slice(0, IDEA_LIMITS.problem.max),
      proposal: p.proposal.slice(0, IDEA_LIMITS.proposal.max),
      benefit: p.benefit.slice(0, IDEA_LIMITS.benefit.max),
      savingsYuan: checkIdea(values).savings ? null : p.savingsYuan,
    })
    if (!res.ok) {
      const { fields, form } = ideaErrorsOf(res.error)
      setErrors(fields)
      setFormError(form)
      if (form) toastError(res.error)
      return undefined
    }
    // From now on this is that draft: the phone's copy moves under its id.
    clearLocal()
    setIdeaId(res.data.id)
    try {
      Taro.setStorageSync(storageKey(res.data.id), JSON.stringify({ values, savedAt: Date.now() } satisfies Stored))
    } catch {
      // as above
    }
    return res.data
  })

  return {
    ideaId,
    values,
    set,
    loaded,
    ready,
    loadError,
    restored,
    startOver,
    errors,
    formError,
    imagesBusy,
    setImages: (images: IdeaImage[], busy: boolean) => {
      setImagesBusy(busy)
      set('images', images)
    },
    similar,
    looking,
    submit: submit.run,
    submitting: submit.busy,
    saveDraft: saveDraft.run,
    saving: saveDraft.busy,
  }
}
