// What a person's own sign-up means, for every status of the sign-up × every status of its competition:
// the tag, the sentence under it and which actions are offered. One table, read by the competition
// page, 我的报名 and their tests alike.
import type { CompetitionStatus, MySignup, SignupWindow } from '../entities/competition'

export type SignupTone = 'pending' | 'approved' | 'rejected' | 'muted'

export interface SignupState {
  tag: string
  tone: SignupTone
  text: string
  /** The ticket is offered: a place held, the competition still to be held, not yet checked in. */
  ticket: boolean
  /** Withdrawing is offered: sign-up still running, by the person or the team's captain. */
  withdraw: boolean
}

type S = Pick<MySignup, 'status' | 'waitlistPosition' | 'rejectReason' | 'checkedInAt' | 'isCaptain' | 'result'>
type C = { status: CompetitionStatus; window: SignupWindow; resultsPublished?: boolean; cancelReason?: string }

const ACTIVE: MySignup['status'][] = ['pending', 'accepted', 'waitlisted']

function finished(s: S, c: C): Omit<SignupState, 'ticket' | 'withdraw'> {
  if (s.status === 'accepted') {
    if (s.result)
      return {
        tag: s.result.award || `第${s.result.rank}名`,
        tone: 'approved',
        text: `比赛已结束，恭喜您获得${s.result.award || `第${s.result.rank}名`}（第${s.result.rank}名）！`,
      }
    if (c.resultsPublished) return { tag: '已参赛', tone: 'muted', text: '比赛已结束，成绩已公布。感谢您的参与！' }
    return { tag: '已参赛', tone: 'muted', text: '比赛已结束，感谢您的参与。成绩公布后会显示在这里。' }
  }
  if (s.status === 'pending') return { tag: '未审核', tone: 'muted', text: '比赛已结束，这次报名没有等到审核。' }
  if (s.status === 'waitlisted') return { tag: '未递补', tone: 'muted', text: '比赛已结束，候补没有轮到您。感谢您的关注！' }
  return settled(s)
}

function settled(s: S): Omit<SignupState, 'ticket' | 'withdraw'> {
  if (s.status === 'rejected') return { tag: '未通过', tone: 'rejected', text: s.rejectReason ? `原因：${s.rejectReason}` : '主办单位没有通过这次报名。' }
  return { tag: '已取消', tone: 'muted', text: '您已取消这次报名。' }
}

function running(s: S, c: C): Omit<SignupState, 'ticket' | 'withdraw'> {
  switch (s.status) {
    case 'accepted':
      if (s.checkedInAt) return { tag: '已签到', tone: 'approved', text: '已签到，祝您比赛顺利！' }
      return { tag: '已获得名额', tone: 'approved', text: '报名成功，请按时参加。到场时出示参赛凭证签到。' }
    case 'pending':
      return { tag: '待审核', tone: 'pending', text: '名额已为您保留，主办单位审核后会通知您。' }
    case 'waitlisted':
      return {
        tag: s.waitlistPosition ? `候补第${s.waitlistPosition}位` : '候补中',
        tone: 'pending',
        text:
          c.status === 'published' && c.window !== 'closed'
            ? '名额已满，您在候补名单上。有人取消时按顺序递补，递补后会显示在这里。'
            : '报名已截止，您在候补名单上。主办单位调整名额时按顺序递补。',
      }
    default:
      return settled(s)
  }
}

export function signupStateOf(s: S, c: C): SignupState {
  let words: Omit<SignupState, 'ticket' | 'withdraw'>
  if (c.status === 'cancelled') {
    words = ACTIVE.includes(s.status)
      ? { tag: '竞赛已取消', tone: 'muted', text: c.cancelReason ? `主办单位取消了这项竞赛：${c.cancelReason}` : '主办单位取消了这项竞赛。' }
      : settled(s)
  } else if (c.status === 'finished') words = finished(s, c)
  else words = running(s, c)
  const live = c.status === 'published' || c.status === 'closed'
  return {
    ...words,
    ticket: live && s.status === 'accepted' && !s.checkedInAt,
    withdraw: c.status === 'published' && c.window !== 'closed' && s.isCaptain && ACTIVE.includes(s.status),
  }
}
