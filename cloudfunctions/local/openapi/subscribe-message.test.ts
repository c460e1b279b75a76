// subscribeMessage.send through the real wx-server-sdk on the local openapi.
import fs from 'node:fs'
import path from 'node:path'
import { subscribeTemplates, type SubscribeFieldType } from '../../../types/subscribe-templates'
import { fieldValueProblem } from './subscribe-message'
import { rejection, setupOpenApi, type OpenApiFixture } from './test-support'

let f: OpenApiFixture
beforeAll(() => {
  f = setupOpenApi()
})
afterAll(() => f.cleanup())

const signup = subscribeTemplates.signupReviewResult
const work = subscribeTemplates.workReviewResult
const WORKER = 'oWorker0001'

const goodSignupData = () => ({
  thing1: { value: '五一劳动竞赛·焊工技能比武' },
  phrase2: { value: '审核通过' },
  thing3: { value: '请于4月28日前到场签到' },
  time4: { value: '2025年4月20日 15:01' },
})

const send = (extra: Record<string, unknown> = {}) =>
  f.cloud.openapi.subscribeMessage.send({
    touser: WORKER,
    templateId: signup.id,
    page: 'pages/index/index?from=notice',
    data: goodSignupData(),
    miniprogramState: 'developer',
    lang: 'zh_CN',
    ...extra,
  })

test('without an accepted subscription the send is refused with 43101 and nothing is delivered', async () => {
  const err = await rejection(send())
  expect(err.errCode).toBe(43101)
  expect(err.errMsg).toMatch(/^openapi\.subscribeMessage\.send:fail user refuse to accept the msg rid: /)
  expect(await f.api.outbox()).toEqual([])
})

test('one acceptance allows exactly one send, which lands in the outbox', async () => {
  f.api.recordSubscription(WORKER, signup.id)
  await expect(send()).resolves.toEqual({ errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' })
  await expect(rejection(send())).resolves.toMatchObject({ errCode: 43101 })

  const outbox = await f.api.outbox()
  expect(outbox).toHaveLength(1)
  expect(outbox[0]).toEqual({
    msgId: expect.any(String),
    sentAt: expect.any(String),
    touser: WORKER,
    templateId: signup.id,
    templateTitle: '报名审核结果通知',
    page: 'pages/index/index?from=notice',
    data: { thing1: '五一劳动竞赛·焊工技能比武', phrase2: '审核通过', thing3: '请于4月28日前到场签到', time4: '2025年4月20日 15:01' },
    miniprogramState: 'developer',
    lang: 'zh_CN',
  })
  // one JSON line per message, appended
  expect(fs.readFileSync(path.join(f.dir, 'outbox.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1)
})

test('acceptances add up, per template and per user, and survive a restart', async () => {
  f.api.recordSubscription('oWorker0002', work.id)
  f.api.recordSubscription('oWorker0002', work.id)
  const restarted = f.reinstall()
  const data = { thing1: { value: '我的劳模师傅' }, phrase2: { value: '未通过' }, thing3: { value: '图片不清晰，请重新上传' }, date4: { value: '2025-04-21' } }
  const sendWork = (touser: string) => f.cloud.openapi.subscribeMessage.send({ touser, templateId: work.id, data })
  await expect(sendWork('oWorker0002')).resolves.toMatchObject({ errCode: 0 })
  await expect(sendWork('oWorker0002')).resolves.toMatchObject({ errCode: 0 })
  await expect(rejection(sendWork('oWorker0002'))).resolves.toMatchObject({ errCode: 43101 })
  // another user's acceptance is not this user's
  await expect(rejection(sendWork('oWorker0003'))).resolves.toMatchObject({ errCode: 43101 })
  expect((await restarted.outbox()).filter((m) => m.touser === 'oWorker0002')).toHaveLength(2)
  f.api = restarted
})

describe('a bad request is refused before it uses up the acceptance', () => {
  beforeAll(() => f.api.recordSubscription(WORKER, signup.id))
  afterAll(async () => {
    // the acceptance is still there: the good send goes through
    await expect(send()).resolves.toMatchObject({ errCode: 0 })
  })

  test.each([
    [
      'thing over 20 characters',
      { data: { ...goodSignupData(), thing1: { value: '二〇二五年五一国际劳动节劳动竞赛焊工技能比武决赛' } } },
      47003,
      /data\.thing1\.value exceeds 20 characters/,
    ],
    ['phrase over 5 Chinese characters', { data: { ...goodSignupData(), phrase2: { value: '审核未能通过' } } }, 47003, /data\.phrase2\.value/],
    ['phrase with non-Chinese', { data: { ...goodSignupData(), phrase2: { value: 'OK' } } }, 47003, /data\.phrase2\.value/],
    ['bad time', { data: { ...goodSignupData(), time4: { value: '下午三点' } } }, 47003, /data\.time4\.value/],
    ['empty value', { data: { ...goodSignupData(), thing3: { value: '' } } }, 47003, /data\.thing3\.value is empty/],
    [
      'missing keyword',
      { data: { thing1: { value: '劳动竞赛' }, phrase2: { value: '通过' }, thing3: { value: '无' } } },
      47003,
      /data\.time4\.value is missing/,
    ],
    ['unknown keyword', { data: { ...goodSignupData(), thing9: { value: 'x' } } }, 47003, /data\.thing9/],
    ['unknown template', { templateId: 'not-a-template-id' }, 40037, /invalid template id/],
    ['missing touser', { touser: '' }, 40003, /invalid openid/],
    ['page not in the app', { page: 'pages/nowhere/index' }, 41030, /invalid page/],
    ['bad miniprogram_state', { miniprogramState: 'beta' }, 47001, /miniprogram_state/],
    ['bad lang', { lang: 'fr_FR' }, 47001, /lang/],
  ])('%s', async (_name, override, errCode, errMsg) => {
    const err = await rejection(send(override))
    expect(err.errCode).toBe(errCode)
    expect(err.errMsg).toMatch(errMsg)
  })
})

test('recordSubscription refuses a template the product does not declare', () => {
  expect(() => f.api.recordSubscription(WORKER, 'unknown-template')).toThrow(/not declared/)
})

describe('per-type value rules', () => {
  const cases: Array<[SubscribeFieldType, string[], string[]]> = [
    ['thing', ['报名成功', 'a'.repeat(20), '劳动竞赛 2025！'], ['a'.repeat(21), '  ']],
    ['number', ['12', '3.14', '0'.repeat(32)], ['-1', '1e3', '1'.repeat(33), '十二']],
    ['letter', ['abc', 'A'.repeat(32)], ['ab1', 'A'.repeat(33), '中']],
    ['symbol', ['¥', '~!@#$'], ['~!@#$%', 'a']],
    ['character_string', ['A-12_x', 'x'.repeat(32)], ['x'.repeat(33), '含中文', 'a b']],
    [
      'time',
      ['15:01', '2019年10月1日 15:01', '2025-04-28 09:00', '15:01~17:30', '2019年10月1日 15:01~2019年10月1日 17:00'],
      ['25:00', '下午三点', '2019年13月1日 15:01'],
    ],
    ['date', ['2019年10月1日', '2019年10月1日 15:01', '2025-04-28', '2025年5月1日~2025年5月5日'], ['15:01', '2025-02-30x', '2025年13月1日']],
    ['amount', ['¥100.00', '100元', '￥3000', '99.5'], ['100美金', '¥12345678901', 'abc']],
    ['phone_number', ['+86-0766-66888866', '12345'], ['+86-0766-668888661', '电话123']],
    ['car_number', ['粤A8Z888挂', '湘A12345'], ['粤A8Z888挂12', '粤-A123']],
    ['name', ['王小明', 'Zhang Wei', '欧阳·娜娜'], ['王小明王小明王小明王小明', 'a'.repeat(21), '王2']],
    ['phrase', ['配送中', '审核通过'], ['审核未能通过', 'ok', '通过!']],
  ]
  test.each(cases)('%s', (type, good, bad) => {
    for (const v of good) expect({ v, problem: fieldValueProblem(type, v) }).toEqual({ v, problem: null })
    for (const v of bad) expect({ v, problem: fieldValueProblem(type, v) }).toEqual({ v, problem: expect.any(String) })
  })
})

test('declared templates are consistent: each key starts with its type, ids are unique', () => {
  const ids = new Set<string>()
  for (const template of Object.values(subscribeTemplates)) {
    expect(ids.has(template.id)).toBe(false)
    ids.add(template.id)
    for (const [key, field] of Object.entries(template.fields)) expect(key).toMatch(new RegExp(`^${field.type}\\d+$`))
  }
})

test('with no weapp build the pages are not known, and a page is not checked (any page is sent)', async () => {
  const api = f.reinstall({ pages: () => null })
  try {
    api.recordSubscription(WORKER, signup.id)
    await expect(send({ page: 'package-ideas/pages/idea/index?id=1' })).resolves.toMatchObject({ errCode: 0 })
  } finally {
    f.reinstall()
  }
})
