// A chair deciding join requests: approve one or several (one org.decideJoin each: the server has
// no batch action, and each person's join must succeed or fail on its own), turn one down with a
// reason. Decided requests leave the list at once.
import { useState } from 'react'
import type { JoinRequestView } from '@contract/entities/people'
import type { AppErrorBody } from '@contract/errors'
import { call } from '../../../services/cloud'
import { confirm, toastDone, toastError } from '../../../services/feedback'
import type { PagedList } from '../../../hooks/use-paged-list'
import { useSelection } from '../../../hooks/use-selection'
import { useSubmit } from '../../../hooks/use-submit'

/** `onApproved`: new members exist now (the page's member list should be read again). */
export function useJoinDecisions(list: PagedList<JoinRequestView>, onApproved?: () => void) {
  const { selected, toggle, allSelected, toggleAll, drop } = useSelection(list.items, list.setItems)
  const [rejecting, setRejecting] = useState<JoinRequestView>()

  const approve = useSubmit(async (ids: string[]) => {
    // Several people at once become members: asked first, with the button's own words.
    if (ids.length > 1 && !(await confirm({ title: '全部通过', content: `通过已选的 ${ids.length} 个入会申请？通过后他们就是本单位的成员。`, confirmText: '全部通过' }))) return
    const done: string[] = []
    let failure: AppErrorBody | undefined
    for (const id of ids) {
      const res = await call('org.decideJoin', { requestId: id, approve: true })
      // Decided elsewhere meanwhile: it no longer belongs in the list either.
      if (res.ok || res.error.code === 'ORG.ALREADY_DECIDED') done.push(id)
      if (!res.ok) failure = res.error
    }
    drop(done)
    if (done.length) onApproved?.()
    if (!failure) toastDone(ids.length > 1 ? `已通过 ${done.length} 人` : '已通过')
    else toastError({ message: ids.length > 1 ? `${done.length} 人已处理；其余未成功：${failure.message}` : failure.message })
  })

  const reject = useSubmit(async (reason: string) => {
    if (!rejecting) return
    const res = await call('org.decideJoin', { requestId: rejecting.id, approve: false, reason })
    if (res.ok || res.error.code === 'ORG.ALREADY_DECIDED') drop([rejecting.id])
    setRejecting(undefined)
    if (res.ok) toastDone('已告知对方未通过')
    else toastError(res.error)
  })

  return {
    selected,
    toggle,
    allSelected,
    toggleAll,
    approve: (ids: string[]) => void approve.run(ids),
    approving: approve.busy,
    rejecting,
    startReject: setRejecting,
    cancelReject: () => setRejecting(undefined),
    reject: (reason: string) => void reject.run(reason),
    rejectBusy: reject.busy,
  }
}
