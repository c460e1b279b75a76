// A competition's page for someone signed in: the public page plus their own sign-up (status,
// ticket, withdraw) and the one main action pinned at the bottom (我要报名 / 组队报名, or why not
// now). Not used in Moments' single-page mode, where nobody is signed in.
import { useState } from 'react'
import type { CompetitionDetail } from '@contract/entities/competition'
import { pendingJoinLine } from '@contract/wording/membership'
import Button from '../../components/button'
import CompetitionActionBar from '../../features/competition/components/competition-action-bar'
import CompetitionMyStatus from '../../features/competition/components/competition-my-status'
import CompetitionTeamSheet from '../../features/competition/components/competition-team-sheet'
import CompetitionTicket from '../../features/competition/components/competition-ticket'
import { passProfileGate, useCompetitionSignup } from '../../features/competition/hooks/use-competition-signup'
import { useCompetitionTicket } from '../../features/competition/hooks/use-competition-ticket'
import { useMe } from '../../hooks/use-me'
import { isFull } from '../../features/competition/text'
import { formatDateTime } from '../../utils/date'
import { open, ROUTES } from '../../services/navigation'
import DetailView from './detail-view'

function noteFor(c: CompetitionDetail, needsProfile: boolean): string | undefined {
  if (needsProfile) return '第一次报名，要先填写姓名并加入所在单位'
  if (isFull(c)) return '名额已满，现在报名将进入候补名单，有人取消时按顺序递补'
  if (c.needsApproval) return '报名后由主办单位审核，结果会通过微信通知您'
  return undefined
}

export default function SignedInDetail({ competition: c, reload }: { competition: CompetitionDetail; reload: () => Promise<void> }) {
  const { me, loading: meLoading } = useMe()
  const signup = useCompetitionSignup(c, reload)
  const ticket = useCompetitionTicket(c.id)
  const [teamOpen, setTeamOpen] = useState(false)
  const mine = signup.mine
  const active = mine && mine.status !== 'withdrawn'

  let bar: JSX.Element | null = null
  if (c.status === 'published' && !active) {
    if (c.window === 'not_open') {
      bar = (
        <CompetitionActionBar>
          <Button type='primary' size='large' block disabled>
            {formatDateTime(c.signupStartAt)} 开始报名
          </Button>
        </CompetitionActionBar>
      )
    } else if (c.window === 'open') {
      const needsProfile = !me?.profileComplete
      const pending = needsProfile ? me?.pendingJoin : null
      // Just withdrawn: the page behind is still the one from before; signing up again is allowed.
      if (pending) {
        // The profile is filled in; the unit's union has yet to confirm the request. Say so, and who decides.
        bar = (
          <CompetitionActionBar note={pendingJoinLine(pending)}>
            <Button id='pending-join-button' type='primary' size='large' block onClick={() => open(ROUTES.me)}>
              入会审核通过后可报名
            </Button>
          </CompetitionActionBar>
        )
      } else if (!needsProfile && !c.canSignUp && mine?.status !== 'withdrawn') {
        bar = (
          <CompetitionActionBar note={`本竞赛只面向${c.organizer.name}及下属单位的职工`}>
            <Button type='primary' size='large' block disabled>
              不在报名范围内
            </Button>
          </CompetitionActionBar>
        )
      } else {
        bar = (
          <CompetitionActionBar note={noteFor(c, needsProfile)}>
            <Button
              id='signup-button'
              type='primary'
              size='large'
              block
              loading={signup.signingUp || (meLoading && !me)}
              onClick={() => {
                if (c.mode === 'team') {
                  if (passProfileGate(c.id)) setTeamOpen(true)
                  return
                }
                void signup.signup()
              }}
            >
              {c.mode === 'team' ? '组队报名' : mine?.status === 'withdrawn' ? '重新报名' : '我要报名'}
            </Button>
          </CompetitionActionBar>
        )
      }
    } else {
      bar = (
        <CompetitionActionBar>
          <Button type='primary' size='large' block disabled>
            报名已截止
          </Button>
        </CompetitionActionBar>
      )
    }
  }

  return (
    <DetailView
      c={c}
      bar={bar}
      mine={mine && <CompetitionMyStatus signup={mine} competition={c} onTicket={ticket.show} onWithdraw={signup.withdraw} withdrawing={signup.withdrawing} />}
      overlays={
        <>
          <CompetitionTicket
            visible={ticket.visible}
            title={c.title}
            ticket={ticket.ticket}
            loading={ticket.loading}
            error={ticket.error}
            onRetry={ticket.retry}
            onClose={ticket.hide}
          />
          {c.mode === 'team' && (
            <CompetitionTeamSheet
              competition={c}
              visible={teamOpen}
              busy={signup.signingUp}
              onClose={() => setTeamOpen(false)}
              onSubmit={(team) => {
                void signup.signup(team).then((ok) => ok && setTeamOpen(false))
              }}
            />
          )}
        </>
      }
    />
  )
}
