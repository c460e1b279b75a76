// The limits exported beside the schemas are the ones the schemas enforce: a value at a bound passes,
// one past it is refused with an issue on that field. Forms and inputs read the same numbers.
import * as v from 'valibot'
import { actions } from './actions/index'
import { CAMPAIGN_LIMITS } from './limits/campaign'
import { COMPETITION_LIMITS } from './limits/competition'
import { IDEA_LIMITS } from './limits/ideas'
import { ORG_LIMITS, PEOPLE_LIMITS } from './limits/people'
import { WORK_LIMITS } from './limits/works'
import { digits, type Limit } from './limits'
import { lengthProblem } from './limits/check'

const word = (n: number) => '字'.repeat(n)
const issuesAt = (name: keyof typeof actions, input: Record<string, unknown>, field: string) => {
  const res = v.safeParse(actions[name].input as v.GenericSchema, input)
  return res.success ? [] : res.issues.filter((i) => v.getDotPath(i) === field)
}
const competition = {
  organizerUnitId: 'u1',
  title: '数控车工比武',
  category: '技能比武',
  description: '比什么怎么比有什么奖励',
  place: '实训中心',
  signupStartAt: 1.8e12,
  signupEndAt: 1.81e12,
  eventStartAt: 1.82e12,
  eventEndAt: 1.83e12,
  capacity: 10,
  mode: 'individual',
  eligibility: 'city',
  needsApproval: false,
}
const idea = { type: '金点子', title: '余热供热水', problem: '热量白白排掉浴室却用电', proposal: '加装换热器把余热用来加热洗澡水', benefit: '节约电费' }
const work = { category: '书法', title: '劳动最光荣', description: '行书作品一幅', images: ['cloud://env.abc/works/a.jpg'] }

const textCases: Array<[string, keyof typeof actions, Record<string, unknown>, string, Limit]> = [
  ['competition title', 'competition.create', competition, 'title', COMPETITION_LIMITS.title],
  ['competition description', 'competition.create', competition, 'description', COMPETITION_LIMITS.description],
  ['competition place', 'competition.create', competition, 'place', COMPETITION_LIMITS.place],
  ['idea title', 'ideas.submit', idea, 'title', IDEA_LIMITS.title],
  ['idea proposal', 'ideas.submit', idea, 'proposal', IDEA_LIMITS.proposal],
  ['work title', 'works.submit', work, 'title', WORK_LIMITS.title],
  ['unit name', 'org.renameUnit', { unitId: 'u1' }, 'name', ORG_LIMITS.unitName],
  ['nickname', 'people.saveProfile', { realName: '张三' }, 'nickname', PEOPLE_LIMITS.nickname],
  [
    'campaign title',
    'campaign.configure',
    { campaignId: 'c1', startAt: 1.8e12, endAt: 1.81e12, summaryDueAt: 1.82e12, goals: {} },
    'title',
    CAMPAIGN_LIMITS.title,
  ],
]

test.each(textCases)('%s: the schema takes the limit’s bounds and refuses one past them', (_, name, base, field, l) => {
  expect(issuesAt(name, { ...base, [field]: word(l.max) }, field)).toEqual([])
  expect(issuesAt(name, { ...base, [field]: word(l.max + 1) }, field)).not.toEqual([])
  if (l.min > 0) {
    expect(issuesAt(name, { ...base, [field]: word(l.min) }, field)).toEqual([])
    expect(issuesAt(name, { ...base, [field]: word(l.min - 1) }, field)).not.toEqual([])
  }
})

test('numbers and counts: capacity, team size, goals, idea images', () => {
  const cap = COMPETITION_LIMITS.capacity
  expect(issuesAt('competition.create', { ...competition, capacity: cap.max }, 'capacity')).toEqual([])
  expect(issuesAt('competition.create', { ...competition, capacity: cap.max + 1 }, 'capacity')).not.toEqual([])
  expect(issuesAt('competition.create', { ...competition, mode: 'team', teamMax: COMPETITION_LIMITS.teamSize.max + 1 }, 'teamMax')).not.toEqual([])
  const goal = CAMPAIGN_LIMITS.goal
  const configure = { campaignId: 'c1', title: '五一', startAt: 1.8e12, endAt: 1.81e12, summaryDueAt: 1.82e12 }
  expect(issuesAt('campaign.configure', { ...configure, goals: { works: goal.max + 1 } }, 'goals.works')).not.toEqual([])
  const images = Array.from({ length: IDEA_LIMITS.images.max + 1 }, (_, i) => `cloud://env.abc/ideas/${i}.jpg`)
  expect(issuesAt('ideas.submit', { ...idea, images }, 'images')).not.toEqual([])
  expect(issuesAt('ideas.submit', { ...idea, images: images.slice(1) }, 'images')).toEqual([])
})

test('the form check says the same bounds with the field’s name; digits sizes a number input', () => {
  const l = COMPETITION_LIMITS.title
  expect(lengthProblem('名称', '', l)).toBe('请填写名称')
  expect(lengthProblem('名称', word(l.min - 1), l)).toBe(`名称至少 ${l.min} 个字`)
  expect(lengthProblem('名称', word(l.max + 1), l)).toBe(`名称不能超过 ${l.max} 个字`)
  expect(lengthProblem('名称', ` ${word(l.max)} `, l)).toBeUndefined()
  expect(digits(COMPETITION_LIMITS.capacity)).toBe(String(COMPETITION_LIMITS.capacity.max).length)
})
