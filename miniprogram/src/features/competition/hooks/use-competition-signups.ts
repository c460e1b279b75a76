// The organiser's list of sign-ups: one status at a time (the pending list is always loaded, for its
// count on the tab), approving several at once with one competition.decide, turning one down with a
// reason the person sees, and the Excel export.
import { useState } from 'react'
import { COMPETITION_LIMITS } from '@contract/limits/competition'
import { call } from '../../../services/cloud'
import { openSpreadsheet } from '../export'
import { toastError } from '../../../services/feedback'
import { usePagedList } from '../../../hooks/use-paged-list'
import { useDecisions } from '../../../hooks/use-decisions'
import { useSubmit } from '../../../hooks/use-submit'

const QUICK_REASONS = ['不符合报名条件', '不是本单位及下属单位职工', '名额已满，下次再来']

export type SignupTab = 'pending' | 'accepted' | 'waitlisted' | 'rejected'

/** The tab a page opens on: what needs doing first. */
export const firstTab = (needsApproval: boolean): SignupTab => (needsApproval ? 'pending' : 'accepted')

export function useCompetitionSignups(competitionId: string, initialTab: SignupTab, onDecided: () => void) {
  const [tab, setTab] = useState<SignupTab>(initialTab)
  const pending = usePagedList('competition.signups', { competitionId, status: 'pending' })
  const other = usePagedList('competition.signups', tab === 'pending' ? null : { competitionId, status: tab })
  const list = tab === 'pending' ? pending : other
  // Only pending sign-ups are decided; a decided one leaves that list (and the tab's count).
  const decisions = useDecisions(
    pending,
    {
      approve: {
        // Several sign-ups at once get their places: asked first, with the button's own words.
        confirm: (rows) =>
          rows.length > 1 ? { title: '全部通过', content: `通过已选的 ${rows.length} 个报名？通过后会通知他们按时参加。`, confirmText: '全部通过' } : undefined,
        send: async (rows) => {
          const res = await call('competition.decide', { competitionId, signupIds: rows.map((r) => r.id), approve: true })
          if (!res.ok) return { decided: [], error: res.error }
          // Skipped: decided by someone else meanwhile; the list is read again to show where they are now.
          const message = res.data.skipped ? `已通过 ${res.data.decided} 人，${res.data.skipped} 人已被处理过` : undefined
          return { decided: rows.map((r) => r.id), message, stale: res.data.skipped > 0 }
        },
        done: (n) => (n > 1 ? `已通过 ${n} 人` : '已通过'),
      },
      reject: {
        reason: {
          title: '不通过报名',
          quick: QUICK_REASONS,
          limit: COMPETITION_LIMITS.reason,
          subject: ([r]) => `${r.teamName || r.realName}（${r.unitName}）`,
        },
        send: async (rows, reason) => {
          const res = await call('competition.decide', { competitionId, signupIds: rows.map((r) => r.id), approve: false, reason })
          return res.ok ? { decided: rows.map((r) => r.id) } : { decided: [], error: res.error }
        },
        done: () => '已告知对方未通过',
      },
    },
    { unitWord: '个', onDecided },
  )

  const exporting = useSubmit(async () => {
    const res = await call('competition.export', { competitionId })
    if (!res.ok) return toastError(res.error)
    const opened = await openSpreadsheet(res.data.fileUrl)
    if (!opened.ok) toastError(opened.error)
  })

  return {
    tab,
    setTab: (t: SignupTab) => {
      decisions.clearSelection()
      setTab(t)
    },
    list,
    /** Pending sign-ups as far as loaded; with more pages the count says "at least". */
    pendingCount: pending.items.length,
    pendingMore: pending.hasMore,
    decisions,
    exportList: () => void exporting.run(),
    exportBusy: exporting.busy,
    reloadAll: async () => {
      await Promise.all([pending.reload(), tab === 'pending' ? Promise.resolve() : other.reload()])
    },
  }
}
