// The 匠心筑梦 editor's state: title, lead, and the body as ordered blocks (paragraphs and images with a
// caption — never HTML); saved as a draft or submitted for review. Bounds come from the contract and the
// server checks everything again.
import { useState } from 'react'
import type { StoryBlock, StoryDraft } from '@contract/entities/honours'
import { call } from '../../../services/cloud'
import { toastDone, toastError } from '../../../services/feedback'
import { useSubmit } from '../../../hooks/use-submit'

/** A block being edited: an image block may still wait for its upload (file ''). */
export type EditBlock = (StoryBlock & { key: number; url?: string }) | { kind: 'image'; file: ''; caption: string; key: number; url?: string }

let next = 1
const keyed = (b: StoryBlock): EditBlock => ({ ...b, key: next++ })

export function useStoryForm(nominationId: string, existing: StoryDraft | undefined, onSaved: (s: StoryDraft, submitted: boolean) => void) {
  const [title, setTitle] = useState(existing?.title ?? '')
  const [lead, setLead] = useState(existing?.lead ?? '')
  const [blocks, setBlocks] = useState<EditBlock[]>(() => (existing?.blocks.length ? existing.blocks.map(keyed) : [keyed({ kind: 'paragraph', text: '' })]))
  const [uploading, setUploading] = useState<number[]>([])

  const update = (key: number, patch: Partial<EditBlock>) => setBlocks((bs) => bs.map((b) => (b.key === key ? ({ ...b, ...patch } as EditBlock) : b)))
  const move = (key: number, by: -1 | 1) =>
    setBlocks((bs) => {
      const i = bs.findIndex((b) => b.key === key)
      const j = i + by
      if (j < 0 || j >= bs.length) return bs
      const copy = [...bs]
      ;[copy[i], copy[j]] = [copy[j], copy[i]]
      return copy
    })

  const save = useSubmit(async (submit: boolean) => {
    if (uploading.length > 0) return toastError({ message: '图片还在上传，请稍候' })
    const body: StoryBlock[] = blocks
      .filter((b) => (b.kind === 'paragraph' ? b.text.trim() : b.file))
      .map((b) => (b.kind === 'paragraph' ? { kind: 'paragraph', text: b.text.trim() } : { kind: 'image', file: b.file, caption: b.caption.trim() }))
    const res = await call('honours.saveStory', { nominationId, title: title.trim(), lead: lead.trim(), blocks: body, submit })
    if (!res.ok) return toastError(res.error.issues?.[0] ?? res.error)
    toastDone(submit ? '已提交审核' : '草稿已保存')
    onSaved(res.data, submit)
  })

  return {
    title,
    setTitle,
    lead,
    setLead,
    blocks,
    update,
    move,
    remove: (key: number) => setBlocks((bs) => bs.filter((b) => b.key !== key)),
    addParagraph: () => setBlocks((bs) => [...bs, keyed({ kind: 'paragraph', text: '' })]),
    addImage: () => setBlocks((bs) => [...bs, { kind: 'image', file: '', caption: '', key: next++ }]),
    setUploading: (key: number, busy: boolean) => setUploading((ks) => (busy ? [...ks.filter((k) => k !== key), key] : ks.filter((k) => k !== key))),
    saveDraft: () => void save.run(false),
    submit: () => void save.run(true),
    busy: save.busy,
  }
}
