// The area union's and the city's decisions on nominations, through the one decision flow: forward
// (at the city: pass it for the notice) after a confirm; return for changes or turn down, each with a
// reason the chair reads. A decided nomination leaves the queue; "someone decided first" reloads it.
import { DECISION_LABELS, HONOUR_LIMITS as L, type Decision, type NominationView } from '@contract/entities/honours'
import type { UnitRef } from '@contract/entities/people'
import type { AppErrorBody } from '@contract/errors'
import type { PagedList } from '../../../hooks/use-paged-list'
import { useDecisions, type DecisionOutcome } from '../../../hooks/use-decisions'
import { call } from '../../../services/cloud'

const STALE = ['HONOUR.BAD_STATE', 'HONOUR.NOT_YOUR_STAGE', 'COMMON.CONFLICT']
const subject = ([n]: NominationView[]) => `${n.nomineeName} · ${n.unit.name}`

async function decide(n: NominationView, decision: Decision, reason: string): Promise<DecisionOutcome> {
  const res: { ok: true } | { ok: false; error: AppErrorBody } = await call('honours.decide', { nominationId: n.id, decision, reason })
  return res.ok ? { decided: [n.id] } : { decided: [], error: res.error, stale: STALE.includes(res.error.code) }
}

/** How the way forward is worded at this union: the area union sends it up, the city passes it for the notice. */
export function forwardText(unit: Pick<UnitRef, 'type'>) {
  return unit.type === 'city'
    ? { button: '通过，列入公示', content: (n: string) => `同意推荐 ${n}，在下次发布的公示中列出？`, done: '已通过' }
    : { button: DECISION_LABELS.forward, content: (n: string) => `同意推荐 ${n}，上报市总工会？`, done: '已上报' }
}

export function useNominationDecisions(list: PagedList<NominationView>, unit: Pick<UnitRef, 'type'>) {
  const fw = forwardText(unit)
  return useDecisions(
    list,
    {
      forward: {
        confirm: ([n]) => ({ title: fw.button, content: fw.content(n.nomineeName), confirmText: '确定' }),
        send: ([n]) => decide(n, 'forward', ''),
        done: () => fw.done,
      },
      return: {
        reason: {
          title: '退回修改',
          confirmText: '确定退回',
          label: '退回的原因（推荐单位能看到）',
          quick: ['事迹写得不够具体', '请补充本人照片', '岗位或类别填写有误'],
          limit: L.reason,
          subject,
        },
        send: ([n], reason) => decide(n, 'return', reason),
        done: () => '已退回',
      },
      reject: {
        reason: { title: '不予推荐', confirmText: '确定不予推荐', quick: ['不符合评选条件', '事迹不够突出'], limit: L.reason, subject },
        send: ([n], reason) => decide(n, 'reject', reason),
        done: () => '已不予推荐',
      },
    },
    { unitWord: '人' },
  )
}
