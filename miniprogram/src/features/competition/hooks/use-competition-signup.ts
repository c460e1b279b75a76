// A worker signing up for a competition from its public page: the profile gate first (someone
// without name and unit goes to the profile page and comes back here), then, only for a competition
// that needs approval, WeChat's request to send the review result — asked first thing in the tap,
// because WeChat shows it only from a tap — then competition.signup. Its answer is the person's
// sign-up, shown at once; the page reloads quietly behind it. Withdrawing asks first.
import { useState } from 'react'
import type { CompetitionDetail, MySignup } from '@contract/entities/competition'
import { COMPETITION_ROUTES } from '../routes'
import { call } from '../../../services/cloud'
import { askToBeTold } from '../../../services/subscribe'
import { confirm, toastDone, toastError } from '../../../services/feedback'
import { getMe } from '../../../services/me'
import { open, profileUrl } from '../../../services/navigation'
import { useSubmit } from '../../../hooks/use-submit'

export interface TeamEntry {
  teamName: string
  memberIds: string[]
}

/** True when the person may go on; otherwise they are on their way to the profile page. */
export function passProfileGate(competitionId: string): boolean {
  const me = getMe()
  if (me?.profileComplete) return true
  open(profileUrl(COMPETITION_ROUTES.detail(competitionId)))
  return false
}

const DONE: Record<MySignup['status'], string> = {
  accepted: '报名成功',
  pending: '已提交，等待审核',
  waitlisted: '已进入候补名单',
  rejected: '未通过',
  withdrawn: '已取消报名',
}

export function useCompetitionSignup(c: CompetitionDetail, reload: () => Promise<void>) {
  // The last answer of signup/withdraw, shown until the reloaded page says more.
  const [answer, setAnswer] = useState<{ signup: MySignup; base: CompetitionDetail }>()
  const mine = answer && (answer.base === c || (answer.signup.status === 'withdrawn' && !c.mine)) ? answer.signup : c.mine

  const signup = useSubmit(async (team?: TeamEntry): Promise<boolean> => {
    if (!passProfileGate(c.id)) return false
    // Nothing may be awaited before this: WeChat allows the request only straight from the tap.
    if (c.needsApproval) await askToBeTold('signupReviewResult')
    const res = await call('competition.signup', { competitionId: c.id, ...(team ?? {}) })
    if (!res.ok) {
      toastError(res.error)
      return false
    }
    setAnswer({ signup: res.data, base: c })
    toastDone(DONE[res.data.status])
    void reload()
    return true
  })

  const withdraw = useSubmit(async () => {
    const ok = await confirm({
      title: '取消报名',
      content:
        c.mode === 'team'
          ? '整支队伍的报名都会取消，名额让给候补的队伍。报名截止前可以重新报名。'
          : '名额会让给候补的职工。报名截止前可以重新报名，但要重新排队。',
      confirmText: '确定取消',
      danger: true,
    })
    if (!ok) return
    const res = await call('competition.withdraw', { competitionId: c.id })
    if (!res.ok) return toastError(res.error)
    setAnswer({ signup: res.data, base: c })
    toastDone('已取消报名')
    void reload()
  })

  return {
    mine,
    signup: (team?: TeamEntry) => signup.run(team),
    signingUp: signup.busy,
    withdraw: () => void withdraw.run(),
    withdrawing: withdraw.busy,
  }
}
