// The pure parts of the organiser's forms: the competition form (Beijing date + time, what stops a
// save, where the server's refusals go), the team a captain puts together, the results.
import type { CompetitionDetail, SignupRow } from '@contract/entities/competition'
import { awardForRank, draftsFromResults, toResults } from './use-competition-results'
import { teamProblem } from './use-competition-team'
import { dateTimeOf, defaultValues, fromDateTime, serverErrorsOf, toFields, valuesOf, type CompetitionValues } from './use-competition-form'

// 2027-04-20 10:37 Beijing
const now = Date.UTC(2027, 3, 20, 2, 37)
const filled = (overrides: Partial<CompetitionValues> = {}): CompetitionValues => ({
  ...defaultValues(now),
  title: '数控车工技能比武',
  description: '理论加实操，一等奖颁发证书和奖金。',
  place: '经开区职工技能实训中心',
  ...overrides,
})

test('a date and a time of day are Beijing time, whatever the phone’s zone', () => {
  expect(fromDateTime({ date: '2027-04-20', time: '09:30' })).toBe(Date.UTC(2027, 3, 20, 1, 30))
  expect(fromDateTime({ date: '2027-04-21', time: '00:15' })).toBe(Date.UTC(2027, 3, 20, 16, 15))
  expect(dateTimeOf(Date.UTC(2027, 3, 20, 16, 15))).toEqual({ date: '2027-04-21', time: '00:15' })
  expect(fromDateTime({ date: '2027-04-20', time: '' })).toBeUndefined()
  expect(fromDateTime({ date: '', time: '09:00' })).toBeUndefined()
})

test('a new competition opens sign-up this hour, for a week, and holds the event the day after', () => {
  const v = defaultValues(now)
  expect(v.times).toEqual({
    signupStartAt: { date: '2027-04-20', time: '10:00' },
    signupEndAt: { date: '2027-04-27', time: '18:00' },
    eventStartAt: { date: '2027-04-28', time: '09:00' },
    eventEndAt: { date: '2027-04-28', time: '17:00' },
  })
  const { fields, errors } = toFields(filled(), undefined)
  expect(errors).toEqual({})
  expect(fields).toMatchObject({ signupStartAt: Date.UTC(2027, 3, 20, 2, 0), capacity: 50, mode: 'individual', eligibility: 'subtree', needsApproval: false })
  expect(fields).not.toHaveProperty('coverFileId')
  expect(toFields(filled(), 'cloud://env/competitions/u1/1.png').fields?.coverFileId).toBe('cloud://env/competitions/u1/1.png')
})

test('required fields, numbers and the order of the four times are checked before sending', () => {
  expect(toFields({ ...defaultValues(now) }, undefined).errors).toMatchObject({ title: '请填写名称', description: '请填写介绍', place: '请填写地点' })
  expect(toFields(filled({ title: '赛', description: '太短了' }), undefined).errors).toMatchObject({
    title: '名称至少 2 个字',
    description: '介绍至少 10 个字',
  })
  expect(toFields(filled({ capacity: '0' }), undefined).errors.capacity).toBe('名额请填 1 到 10000 之间的整数')
  expect(toFields(filled({ capacity: '2.5' }), undefined).errors.capacity).toBeDefined()
  expect(toFields(filled({ mode: 'team', teamMin: '5', teamMax: '3' }), undefined).errors.teamMax).toBe('最多人数不能少于最少人数')
  const times = defaultValues(now).times
  expect(toFields(filled({ times: { ...times, signupEndAt: times.signupStartAt } }), undefined).errors).toEqual({ signupEndAt: '报名截止要晚于报名开始' })
  expect(toFields(filled({ times: { ...times, eventStartAt: { date: '2027-04-27', time: '17:59' } } }), undefined).errors).toEqual({
    eventStartAt: '比赛开始不能早于报名截止',
  })
  expect(toFields(filled({ times: { ...times, eventEndAt: times.eventStartAt } }), undefined).errors).toEqual({ eventEndAt: '比赛结束要晚于比赛开始' })
  // Sign-up may end the moment the event starts.
  expect(toFields(filled({ times: { ...times, eventStartAt: times.signupEndAt } }), undefined).errors).toEqual({})
})

test('an individual competition’s stored team sizes (1) never reach the form', () => {
  const c = { ...toFields(filled(), undefined).fields, id: 'c1', mode: 'individual', teamMin: 1, teamMax: 1 } as unknown as CompetitionDetail
  const v = valuesOf(c)
  expect([v.teamMin, v.teamMax]).toEqual(['2', '5'])
  expect(toFields(v, undefined).fields).toMatchObject({ teamMin: 2, teamMax: 5 })
})

test('server refusals land under their field; the rest above the buttons', () => {
  expect(
    serverErrorsOf({ code: 'COMMON.VALIDATION', message: '填写的内容有误，请检查后再试', issues: [{ path: 'coverFileId', message: '封面图片需要先上传' }] }),
  ).toEqual({ fields: { coverFileId: '封面图片需要先上传' }, form: undefined })
  expect(serverErrorsOf({ code: 'COMPETITION.BAD_STATE', message: '已有人报名，不能再更改个人/团体方式和队伍人数' })).toEqual({
    fields: {},
    form: '已有人报名，不能再更改个人/团体方式和队伍人数',
  })
})

test('a team counts its captain and needs a name', () => {
  const c = { teamMin: 3, teamMax: 4 }
  expect(teamProblem(c, ' ', 2)).toBe('请填写队名（2 到 20 个字）')
  expect(teamProblem(c, '钢铁队', 1)).toBe('还要再选 1 名队员（每队 3–4 人，含队长）')
  expect(teamProblem(c, '钢铁队', 2)).toBeUndefined()
  expect(teamProblem(c, '钢铁队', 3)).toBeUndefined()
  expect(teamProblem(c, '钢铁队', 4)).toBe('人数超了：每队最多 4 人（含队长）')
})

const row = (id: string, realName: string, unitName: string, teamName = ''): SignupRow => ({
  id,
  status: 'accepted',
  realName,
  unitName,
  teamName,
  members: [],
  waitlistPosition: null,
  checkedInAt: null,
  rejectReason: '',
  createdAt: 0,
})

test('results: ranks suggest awards, drafts go out in rank order, and republishing starts from what was published', () => {
  expect([1, 2, 3, 4, 9].map(awardForRank)).toEqual(['一等奖', '二等奖', '三等奖', '优秀奖', '优秀奖'])
  expect(toResults({})).toEqual({ problem: '请先选择获奖的人或队伍' })
  expect(toResults({ a: { rank: '0', award: '一等奖' } }).problem).toBe('名次请填 1 到 1000 之间的整数')
  expect(toResults({ a: { rank: '1', award: ' ' } }).problem).toBe('请为每个获奖者选择或填写奖项')
  expect(toResults({ b: { rank: '2', award: '二等奖' }, a: { rank: '1', award: '最佳团队奖' } }).results).toEqual([
    { signupId: 'a', rank: 1, award: '最佳团队奖' },
    { signupId: 'b', rank: 2, award: '二等奖' },
  ])
  const rows = [row('s1', '张三', '华中机械'), row('s2', '王五', '华中机械', '钢铁队'), row('s3', '张三', '人民医院')]
  const published = [
    { rank: 1, award: '一等奖', name: '钢铁队', unitName: '华中机械' },
    { rank: 2, award: '二等奖', name: '张三', unitName: '人民医院' },
  ]
  expect(draftsFromResults(rows, published)).toEqual({ s2: { rank: '1', award: '一等奖' }, s3: { rank: '2', award: '二等奖' } })
})
