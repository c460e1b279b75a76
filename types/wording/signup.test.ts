import type { CompetitionStatus, MySignup, SignupStatus } from '../entities/competition'
import { signupStateOf } from './signup'

const STATUSES: SignupStatus[] = ['pending', 'accepted', 'waitlisted', 'rejected', 'withdrawn']
const COMPETITIONS: CompetitionStatus[] = ['published', 'closed', 'finished', 'cancelled']
const s = (status: SignupStatus, more: Partial<MySignup> = {}) => ({
  status,
  waitlistPosition: status === 'waitlisted' ? 2 : null,
  rejectReason: '',
  checkedInAt: null,
  isCaptain: true,
  result: null,
  ...more,
})

test('every sign-up status × every competition status has words, and the ticket only while the place is still to be used', () => {
  for (const cs of COMPETITIONS) {
    for (const ss of STATUSES) {
      const state = signupStateOf(s(ss), { status: cs, window: cs === 'published' ? 'open' : 'closed' })
      expect(state.tag.length).toBeGreaterThan(0)
      expect(state.text.length).toBeGreaterThan(0)
      expect(state.ticket).toBe(ss === 'accepted' && (cs === 'published' || cs === 'closed'))
      expect(state.withdraw).toBe(cs === 'published' && ['pending', 'accepted', 'waitlisted'].includes(ss))
      // once over or called off, nobody is told to come and check in
      if (cs === 'finished' || cs === 'cancelled') expect(state.text).not.toContain('请按时参加')
    }
  }
})

test('finished: the award, or thanks; waiting ones are told it is over', () => {
  expect(signupStateOf(s('accepted', { result: { rank: 1, award: '一等奖' } }), { status: 'finished', window: 'closed' })).toMatchObject({ tag: '一等奖' })
  expect(signupStateOf(s('accepted'), { status: 'finished', window: 'closed', resultsPublished: true }).text).toContain('成绩已公布')
  expect(signupStateOf(s('waitlisted'), { status: 'finished', window: 'closed' }).tag).toBe('未递补')
  expect(signupStateOf(s('pending'), { status: 'cancelled', window: 'closed', cancelReason: '场地维修' }).text).toContain('场地维修')
  expect(signupStateOf(s('accepted', { checkedInAt: 1 }), { status: 'closed', window: 'closed' })).toMatchObject({ tag: '已签到', ticket: false })
})
