// What a person with a join request still waiting is told, wherever something they tried needs a unit
// (the server's error message and the pages' notices read the same words).
import type { Me } from '../entities/people'

type Pending = NonNullable<Me['pendingJoin']>

/** "Who decides": the union that will look at the request, with its chairs by name when it has any. */
export function pendingDecider(p: Pending): string {
  const union = p.decidedBy.unit.name
  return p.decidedBy.chairs.length > 0 ? `${union}（${p.decidedBy.chairs.join('、')}）` : union
}

/** One line: which unit, and who decides. */
export function pendingJoinLine(p: Pending): string {
  return `您申请加入「${p.unit.name}」，正在等待${pendingDecider(p)}审核。`
}

/** What waits on the request: signing up, submitting works and ideas all need a confirmed unit. */
export const PENDING_JOIN_BLOCKS = '审核通过后就能报名竞赛、提交作品和金点子；也可以请单位工会给您邀请码，直接加入。'

/** The message of AUTH.MEMBERSHIP_PENDING, naming the unit and who decides. */
export const pendingJoinMessage = (p: Pending) => `${pendingJoinLine(p)}${PENDING_JOIN_BLOCKS}`
