// The organiser's list of sign-ups: one status at a time (the pending list is always loaded, for its
// count on the tab), approving several at once with one competition.decide, turning one down with a
// reason the person sees, and the Excel export.
import { useState } from 'react'
import type { SignupRow } from '@contract/entities/competition'
import { call } from '../../../services/cloud'
import { openSpreadsheet } from '../export'
import { confirm, toastDone, toastError } from '../../../services/feedback'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useSelection } from '../../../hooks/use-selection'
import { useSubmit } from '../../../hooks/use-submit'

export type SignupTab = 'pending' | 'accepted' | 'waitlisted' | 'rejected'

/** The tab a page opens on: what needs doing first. */
export const firstTab = (needsApproval: boolean): SignupTab => (needsApproval ? 'pending' : 'accepted')

export function useCompetitionSignups(competitionId: string, initialTab: SignupTab, onDecided: () => void) {
  const [tab, setTab] = useState<SignupTab>(initialTab)
  const pending = usePagedList('competition.signups', { competitionId, status: 'pending' })
  const other = usePagedList('competition.signups', tab === 'pending' ? null : { competitionId, status: tab })
  const list = tab === 'pending' ? pending : other
  const { selected, setSelected, toggle, allSelected, toggleAll, drop: dropSelected } = useSelection(pending.items)
  const [rejecting, setRejecting] = useState<SignupRow>()
  // Decided rows leave the whole list (of which the pending ones are a part) and the pick.
  const drop = (ids: string[]) => {
    list.setItems((items) => items.filter((r) => !ids.includes(r.id)))
    dropSelected(ids)
  }

  const approve = useSubmit(async (ids: string[]) => {
    // Several sign-ups at once get their places: asked first, with the button's own words.
    if (ids.length > 1 && !(await confirm({ title: '全部通过', content: `通过已选的 ${ids.length} 个报名？通过后会通知他们按时参加。`, confirmText: '全部通过' }))) return
    const res = await call('competition.decide', { competitionId, signupIds: ids, approve: true })
    if (!res.ok) return toastError(res.error)
    drop(ids)
    onDecided()
    // Skipped: decided by someone else meanwhile; the list is read again to show where they are now.
    if (res.data.skipped) void list.reload()
    toastDone(res.data.skipped ? `已通过 ${res.data.decided} 人，${res.data.skipped} 人已被处理过` : ids.length > 1 ? `已通过 ${res.data.decided} 人` : '已通过')
  })

  const reject = useSubmit(async (reason: string) => {
    if (!rejecting) return
    const res = await call('competition.decide', { competitionId, signupIds: [rejecting.id], approve: false, reason })
    setRejecting(undefined)
    if (!res.ok) return toastError(res.error)
    drop([rejecting.id])
    onDecided()
    toastDone('已告知对方未通过')
  })

  const exporting = useSubmit(async () => {
    const res = await call('competition.export', { competitionId })
    if (!res.ok) return toastError(res.error)
    const opened = await openSpreadsheet(res.data.fileUrl)
    if (!opened.ok) toastError(opened.error)
  })

  return {
    tab,
    setTab: (t: SignupTab) => {
      setSelected([])
      setTab(t)
    },
    list,
    /** Pending sign-ups as far as loaded; with more pages the count says "at least". */
    pendingCount: pending.items.length,
    pendingMore: pending.hasMore,
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
    exportList: () => void exporting.run(),
    exportBusy: exporting.busy,
    reloadAll: async () => {
      await Promise.all([pending.reload(), tab === 'pending' ? Promise.resolve() : other.reload()])
    },
  }
}
