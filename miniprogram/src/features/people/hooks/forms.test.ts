// The pure parts of the profile and campaign forms: what stops a save, and where the server's
// refusals are shown.
import type { CampaignHome } from '@contract/entities/campaign'
import { toInput, valuesOf } from '../../campaign/hooks/use-campaign-form'
import { fieldErrorsOf, missingFields } from './use-profile-form'

test('nickname and real name are required before anything is sent', () => {
  expect(missingFields({ nickname: ' ', realName: '', job: '', employeeNo: '' })).toEqual({ nickname: '请填写昵称', realName: '请填写真实姓名' })
  expect(missingFields({ nickname: '师傅', realName: '张三', job: '', employeeNo: '' })).toEqual({})
})

test('server issues land under their field; others become the form message', () => {
  const fields = fieldErrorsOf({
    code: 'COMMON.VALIDATION',
    message: '填写的内容有误，请检查后再试',
    issues: [
      { path: 'realName', message: '姓名只能包含汉字、字母和间隔号' },
      { path: 'employeeNo', message: '工号只能包含字母、数字和短横线' },
    ],
  })
  expect(fields).toEqual({ fields: { realName: '姓名只能包含汉字、字母和间隔号', employeeNo: '工号只能包含字母、数字和短横线' }, form: undefined })
  // A refusal with no field (content check) shows the code's Chinese message.
  expect(fieldErrorsOf({ code: 'CONTENT.REJECTED', message: '内容含有不适宜发布的信息，请修改后再提交' })).toEqual({
    fields: {},
    form: '内容含有不适宜发布的信息，请修改后再提交',
  })
})

const home = {
  id: 'mayday',
  title: '庆“五一”系列活动',
  startAt: Date.UTC(2027, 3, 9, 16, 0), // 10 April 00:00 Beijing
  endAt: Date.UTC(2027, 4, 1, 16, 0) - 1, // 1 May, end of day
  summaryDueAt: Date.UTC(2027, 4, 8, 16, 0) - 1,
  targets: [
    { key: 'competitions', goal: 100 },
    { key: 'participants', goal: 30000 },
  ],
} as unknown as CampaignHome

test('campaign settings round-trip through the form as whole Beijing days', () => {
  const values = valuesOf(home)
  expect(values).toMatchObject({ start: '2027-04-10', end: '2027-05-01', summaryDue: '2027-05-08', goals: { competitions: '100', participants: '30000' } })
  const { input, errors } = toInput(home.id, values)
  expect(errors).toEqual({})
  expect(input).toEqual({
    campaignId: 'mayday',
    title: '庆“五一”系列活动',
    startAt: home.startAt,
    endAt: home.endAt,
    summaryDueAt: home.summaryDueAt,
    goals: { competitions: 100, participants: 30000 },
  })
})

test('campaign goals must be whole numbers from 1; the title at least 2 characters', () => {
  const { input, errors } = toInput(home.id, { ...valuesOf(home), title: '庆', goals: { competitions: '0', participants: '3.5' } })
  expect(input).toBeUndefined()
  expect(Object.keys(errors).sort()).toEqual(['goals.competitions', 'goals.participants', 'title'])
})
