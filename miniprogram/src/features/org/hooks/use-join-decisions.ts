// A chair deciding join requests through the one decision flow: approve one or several (one
// org.decideJoin each: the server has no batch action, and each person's join must succeed or fail
// on its own), turn one down with a reason. Decided requests leave the list at once.
import type { JoinRequestView } from '@contract/entities/people'
import { ORG_LIMITS } from '@contract/limits/people'
import { call } from '../../../services/cloud'
import type { PagedList } from '../../../hooks/use-paged-list'
import { oneByOne, useDecisions } from '../../../hooks/use-decisions'

const QUICK_REASONS = ['不是本单位职工', '姓名与单位登记不一致', '请用邀请码加入本单位']
// Decided elsewhere meanwhile: it no longer belongs in the list either.
const alreadyDecided = (e: { code: string }) => e.code === 'ORG.ALREADY_DECIDED'

/** `onApproved`: new members exist now (the page's member list should be read again). */
export function useJoinDecisions(list: PagedList<JoinRequestView>, onApproved?: () => void) {
  return useDecisions(
    list,
    {
      approve: {
        // Several people at once become members: asked first, with the button's own words.
        confirm: (rows) =>
          rows.length > 1
            ? { title: '全部通过', content: `通过已选的 ${rows.length} 个入会申请？通过后他们就是本单位的成员。`, confirmText: '全部通过' }
            : undefined,
        send: (rows) => oneByOne(rows, (r) => call('org.decideJoin', { requestId: r.id, approve: true }), alreadyDecided),
        done: (n) => (n > 1 ? `已通过 ${n} 人` : '已通过'),
      },
      reject: {
        reason: {
          title: '不通过入会申请',
          quick: QUICK_REASONS,
          limit: ORG_LIMITS.reason,
          subject: ([r]) => `${r.realName} 申请加入「${r.unit.name}」`,
        },
        send: (rows, reason) => oneByOne(rows, (r) => call('org.decideJoin', { requestId: r.id, approve: false, reason }), alreadyDecided),
        done: () => '已告知对方未通过',
      },
    },
    { unitWord: '人', onDecided: (kind) => kind === 'approve' && onApproved?.() },
  )
}
