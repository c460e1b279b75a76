// A chair's decisions on the works in a list: recommend / select after a confirm, reject with a reason
// (ReasonDialog), withdraw from the exhibition. A decided work leaves the list at once; a "someone
// else decided first" answer refreshes the list instead of showing a puzzle.
import { useState } from 'react'
import type { ReviewWork } from '@contract/entities/works'
import type { AppErrorBody } from '@contract/errors'
import type { PagedList } from '../../../hooks/use-paged-list'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
import { confirm, toastDone, toastError } from '../../../services/feedback'

type Decision = 'recommend' | 'select' | 'withdraw'

const ASK: Record<Decision, (w: ReviewWork) => { title: string; content: string; confirmText: string; done: string }> = {
  recommend: (w) => ({ title: '选送作品', content: `把「${w.title}」选送到上级工会？`, confirmText: '选送', done: '已选送' }),
  select: (w) => ({ title: '入选作品展', content: `「${w.title}」入选职工作品展，马上公开展出？`, confirmText: '入选', done: '已入选' }),
  withdraw: (w) => ({ title: '撤下作品', content: `把「${w.title}」从作品展撤下？它会回到待遴选。`, confirmText: '撤下', done: '已撤下' }),
}

export function useWorkDecisions(list: PagedList<ReviewWork>, after?: () => void) {
  const [rejecting, setRejecting] = useState<ReviewWork>()
  const [busyId, setBusyId] = useState<string>()

  const settle = (w: ReviewWork, res: { ok: true } | { ok: false; error: AppErrorBody }, done: string) => {
    if (res.ok) {
      list.setItems((items) => items.filter((x) => x.id !== w.id))
      toastDone(done)
      after?.()
      return true
    }
    toastError(res.error)
    if (res.error.code === 'COMMON.CONFLICT' || res.error.code === 'WORK.BAD_STATE' || res.error.code === 'WORK.NOT_YOUR_STAGE') void list.reload()
    return false
  }

  const decide = useSubmit(async (w: ReviewWork, kind: Decision) => {
    const ask = ASK[kind](w)
    if (!(await confirm({ title: ask.title, content: ask.content, confirmText: ask.confirmText, danger: kind === 'withdraw' }))) return
    setBusyId(w.id)
    const res =
      kind === 'recommend'
        ? await call('works.recommend', { workId: w.id })
        : kind === 'select'
          ? await call('works.select', { workId: w.id })
          : await call('works.withdrawSelection', { workId: w.id, reason: '' })
    setBusyId(undefined)
    settle(w, res, ask.done)
  })

  const reject = useSubmit(async (reason: string) => {
    const w = rejecting
    if (!w) return
    setBusyId(w.id)
    const res = await call('works.reject', { workId: w.id, reason })
    setBusyId(undefined)
    if (settle(w, res, '已退回')) setRejecting(undefined)
  })

  return {
    busyId,
    decide: (w: ReviewWork, kind: Decision) => void decide.run(w, kind),
    rejecting,
    startReject: setRejecting,
    cancelReject: () => setRejecting(undefined),
    reject: (reason: string) => void reject.run(reason),
    rejectBusy: reject.busy,
  }
}
