// A chair's decisions on the works in a list: recommend / select after a confirm, reject with a reason
// (ReasonDialog), withdraw from the exhibition. A decided work leaves the list at once; a "someone
// else decided first" answer refreshes the list instead of showing a puzzle.
import { useState } from 'react'
import type { UnitRef } from '@contract/entities/people'
import type { ReviewWork } from '@contract/entities/works'
import type { AppErrorBody } from '@contract/errors'
import type { PagedList } from '../../../hooks/use-paged-list'
import { useSubmit } from '../../../hooks/use-submit'
import { call } from '../../../services/cloud'
import { confirm, toastDone, toastError } from '../../../services/feedback'

type Decision = 'recommend' | 'select' | 'withdraw'

/**
 * Sending a work on: a grassroots union 选送 it to the union above; an industry or township union 报送
 * it to the city union. The button and its confirmation use the same verb.
 */
export function forwardWords(unit: Pick<UnitRef, 'type'>): { button: string; verb: string; content: (title: string) => string; done: string } {
  if (unit.type === 'grassroots') return { button: '选送', verb: '选送', content: (t) => `把「${t}」选送到上级工会？`, done: '已选送' }
  return { button: '报送市总工会', verb: '报送', content: (t) => `把「${t}」报送市总工会，由市总工会遴选？`, done: '已报送' }
}

const ASK: Record<Decision, (w: ReviewWork, unit?: Pick<UnitRef, 'type'>) => { title: string; content: string; confirmText: string; done: string }> = {
  recommend: (w, unit = { type: 'grassroots' }) => {
    const f = forwardWords(unit)
    return { title: f.button, content: f.content(w.title), confirmText: f.verb, done: f.done }
  },
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

  const decide = useSubmit(async (w: ReviewWork, kind: Decision, unit?: Pick<UnitRef, 'type'>) => {
    const ask = ASK[kind](w, unit)
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
    /** `unit`: the reviewing unit, whose level decides the verb of 选送 / 报送. */
    decide: (w: ReviewWork, kind: Decision, unit?: Pick<UnitRef, 'type'>) => void decide.run(w, kind, unit),
    rejecting,
    startReject: setRejecting,
    cancelReject: () => setRejecting(undefined),
    reject: (reason: string) => void reject.run(reason),
    rejectBusy: reject.busy,
  }
}
