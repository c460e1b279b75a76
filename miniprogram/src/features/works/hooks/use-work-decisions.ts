// A chair's decisions on the works in a list, through the one decision flow: recommend / select after
// a confirm, reject with a reason, withdraw from the exhibition. A decided work leaves the list at
// once; a "someone else decided first" answer refreshes the list instead of showing a puzzle.
import type { UnitRef } from '@contract/entities/people'
import type { ReviewWork } from '@contract/entities/works'
import { WORK_LIMITS } from '@contract/limits/works'
import type { AppErrorBody } from '@contract/errors'
import type { PagedList } from '../../../hooks/use-paged-list'
import { useDecisions, type DecisionOutcome } from '../../../hooks/use-decisions'
import { call } from '../../../services/cloud'

const STALE = ['COMMON.CONFLICT', 'WORK.BAD_STATE', 'WORK.NOT_YOUR_STAGE']
const outcome = (w: ReviewWork, res: { ok: true } | { ok: false; error: AppErrorBody }): DecisionOutcome =>
  res.ok ? { decided: [w.id] } : { decided: [], error: res.error, stale: STALE.includes(res.error.code) }
const subject = ([w]: ReviewWork[]) => `${w.authorName}「${w.title}」`

/**
 * Sending a work on: a grassroots union 选送 it to the union above; an industry or township union 报送
 * it to the city union. The button and its confirmation use the same verb.
 */
export function forwardWords(unit: Pick<UnitRef, 'type'>): { button: string; verb: string; content: (title: string) => string; done: string } {
  if (unit.type === 'grassroots') return { button: '选送', verb: '选送', content: (t) => `把「${t}」选送到上级工会？`, done: '已选送' }
  return { button: '报送市总工会', verb: '报送', content: (t) => `把「${t}」报送市总工会，由市总工会遴选？`, done: '已报送' }
}

/**
 * `refusal`: how this page words turning a work down (不通过 at a union, 不入选 at the city); `unit`: the
 * reviewing union, whose level decides the verb of 选送 / 报送.
 */
export function useWorkDecisions(
  list: PagedList<ReviewWork>,
  refusal: { title: string; quick: readonly string[] },
  after?: () => void,
  unit: Pick<UnitRef, 'type'> = { type: 'grassroots' },
) {
  const forward = forwardWords(unit)
  return useDecisions(
    list,
    {
      recommend: {
        confirm: ([w]) => ({ title: forward.button, content: forward.content(w.title), confirmText: forward.verb }),
        send: async ([w]) => outcome(w, await call('works.recommend', { workId: w.id })),
        done: () => forward.done,
      },
      select: {
        confirm: ([w]) => ({ title: '入选作品展', content: `「${w.title}」入选职工作品展，马上公开展出？`, confirmText: '入选' }),
        send: async ([w]) => outcome(w, await call('works.select', { workId: w.id })),
        done: () => '已入选',
      },
      withdraw: {
        confirm: ([w]) => ({ title: '撤下作品', content: `把「${w.title}」从作品展撤下？它会回到待遴选。`, confirmText: '撤下', danger: true }),
        send: async ([w]) => outcome(w, await call('works.withdrawSelection', { workId: w.id, reason: '' })),
        done: () => '已撤下',
      },
      reject: {
        reason: { ...refusal, limit: WORK_LIMITS.reason, subject },
        send: async ([w], reason) => outcome(w, await call('works.reject', { workId: w.id, reason })),
        done: () => '已退回',
      },
    },
    { unitWord: '件', onDecided: () => after?.() },
  )
}
