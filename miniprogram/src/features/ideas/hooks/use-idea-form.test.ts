// The idea form's own checks mirror the contract's bounds, and the server's refusals land on fields.
import * as v from 'valibot'
import { actions } from '@contract/actions/index'
import { checkIdea, ideaErrorsOf, type IdeaFormValues } from './use-idea-form'

const filled: IdeaFormValues = {
  type: '金点子',
  title: '空压机余热回收',
  problem: '车间空压机的热量白白排掉了。',
  proposal: '加装换热器，用余热给浴室烧水。',
  benefit: '每年节约电费。',
  savings: '80000',
  images: [],
  coAuthors: [],
}

test('a complete form passes, and what it sends passes the contract too', () => {
  expect(checkIdea(filled)).toEqual({})
  const sent = {
    type: filled.type,
    title: filled.title,
    problem: filled.problem,
    proposal: filled.proposal,
    benefit: filled.benefit,
    savingsYuan: 80000,
    images: [],
    coAuthorIds: [],
  }
  expect(v.safeParse(actions['ideas.submit'].input, sent).success).toBe(true)
})

test.each([
  ['no title', 'title', { title: '' }, '请填写标题'],
  ['a one-character title', 'title', { title: '短' }, '标题至少 4 个字'],
  ['a short problem', 'problem', { problem: '太短了' }, '存在的问题至少 10 个字'],
  ['1,001 characters of proposal', 'proposal', { proposal: '很'.repeat(1001) }, '改进办法不能超过 1000 个字'],
  ['a benefit of spaces', 'benefit', { benefit: '   ' }, '请填写预期效益'],
  ['savings in words', 'savings', { savings: '八万' }, '请填写整数金额（元），不知道可以不填'],
] as const)('%s → %s', (_label, field, change, message) => {
  expect(checkIdea({ ...filled, ...change })[field]).toBe(message)
})

test('the form and the contract agree on the bounds', () => {
  for (const [title, ok] of [
    ['四个字了', true],
    ['三个字', false],
    ['字'.repeat(30), true],
    ['字'.repeat(31), false],
  ] as const) {
    expect(checkIdea({ ...filled, title }).title === undefined).toBe(ok)
    expect(
      v.safeParse(actions['ideas.submit'].input, { type: '金点子', title, problem: filled.problem, proposal: filled.proposal, benefit: filled.benefit })
        .success,
    ).toBe(ok)
  }
})

test('refusals: issues go under their field; co-author codes under co-authors; anything else to the form', () => {
  expect(
    ideaErrorsOf({
      code: 'COMMON.VALIDATION',
      message: 'x',
      issues: [
        { path: 'savingsYuan', message: '金额过大' },
        { path: 'images', message: '图片需要先上传' },
      ],
    }),
  ).toEqual({
    fields: { savings: '金额过大', images: '图片需要先上传' },
    form: undefined,
  })
  expect(ideaErrorsOf({ code: 'IDEA.COAUTHOR_OTHER_UNIT', message: '合作者必须是本单位的职工' }).fields).toEqual({ coAuthors: '合作者必须是本单位的职工' })
  expect(ideaErrorsOf({ code: 'CONTENT.REJECTED', message: '内容含有不适宜发布的信息' })).toEqual({ fields: {}, form: '内容含有不适宜发布的信息' })
})
