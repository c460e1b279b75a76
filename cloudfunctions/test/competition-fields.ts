// Valid competition.create fields, without the harness's hooks: any test may import them.
import type { InputOf } from '../../types/actions/index'

export const HOUR = 3600000

export type CreateInput = InputOf<'competition.create'>
export function fields(overrides: Partial<CreateInput> = {}): CreateInput {
  const now = Date.now()
  return {
    organizerUnitId: 'u-jkq',
    title: '数控车工技能比武',
    category: '技能比武',
    description: '经开区数控车工技能比武，现场实操，欢迎一线职工报名参加。',
    place: '经开区职工技能实训中心',
    signupStartAt: now - HOUR,
    signupEndAt: now + HOUR,
    eventStartAt: now + 2 * HOUR,
    eventEndAt: now + 5 * HOUR,
    capacity: 2,
    mode: 'individual',
    eligibility: 'subtree',
    needsApproval: false,
    ...overrides,
  }
}
