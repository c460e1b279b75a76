// Competitions and sign-ups (R4) through the real function entries on the local cloud.
import ExcelJS from 'exceljs'
import fs from 'node:fs'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import type { InputOf } from '../../../../types/actions/index'
import { subscribeTemplates } from '../../../../types/subscribe-templates'
import { DEMO_CAMPAIGN_ID, seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'

let cloud: TestCloud
const as = (OPENID: string) => ({ OPENID })
const CHAIR = as('demo-unit-chair') // 华中机械 u-jkq-jixie
const AREA = as('demo-area-chair') // 经开区 u-jkq
const CITY = as('demo-city-admin')
const HOUR = 3600000

beforeEach(async () => {
  if (!cloud) cloud = await startTestCloud()
  await cloud.db.clear()
  await seedDemo(cloud.db)
})
afterAll(() => cloud.stop())

const unchanged = async (fn: () => Promise<unknown>) => {
  const before = JSON.stringify(cloud.db.dump())
  await fn()
  expect(JSON.stringify(cloud.db.dump())).toBe(before)
}

type CreateInput = InputOf<'competition.create'>
function fields(overrides: Partial<CreateInput> = {}): CreateInput {
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

/** The same fields for competition.update (which addresses the competition, not the organising unit). */
function updateOf(id: string, overrides: Partial<CreateInput> = {}): InputOf<'competition.update'> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { organizerUnitId, ...rest } = fields(overrides)
  return { competitionId: id, ...rest }
}

async function published(overrides: Partial<CreateInput> = {}, who = AREA): Promise<string> {
  const made = await cloud.call('competition.create', fields(overrides), who)
  if (!made.ok) throw new Error(made.error.code)
  const pub = await cloud.call('competition.publish', { competitionId: made.data.id }, who)
  if (!pub.ok) throw new Error(pub.error.code)
  return made.data.id
}

/** A member of a unit with a completed profile, joined through a real invite. */
async function member(openid: string, realName: string, unitId = 'u-jkq-jixie'): Promise<string> {
  await cloud.call('people.saveProfile', { nickname: realName, realName }, as(openid))
  const invite = await cloud.call('org.createInvite', { unitId, days: 1 }, CITY)
  const joined = await cloud.call('people.joinByInvite', { code: invite.ok ? invite.data.code : '' }, as(openid))
  if (!joined.ok) throw new Error(joined.error.code)
  return joined.data.id
}

const comp = (id: string) =>
  cloud.db.dump().competitions.find((c) => c._id === id) as unknown as { counts: Record<string, number>; status: string; capacity: number }
const campaignCounts = () => (cloud.db.dump().campaigns.find((c) => c._id === DEMO_CAMPAIGN_ID) as unknown as { counts: Record<string, number> }).counts
const setDates = (id: string, set: Record<string, Date>) =>
  cloud.db.handle('database.modifyDocument', {
    collectionName: 'competitions',
    queryType: 'DOC',
    query: JSON.stringify({ _id: id }),
    data: JSON.stringify({ $set: Object.fromEntries(Object.entries(set).map(([k, v]) => [k, { $date: v.toISOString() }])) }),
    merge: true,
  })

describe('organising', () => {
  test('a draft is invisible to the public until published; then it is listed and shareable', async () => {
    const made = await cloud.call('competition.create', fields(), AREA)
    expect(made).toMatchObject({ ok: true, data: { status: 'draft', canManage: true, organizer: { name: '经开区工会' } } })
    const id = made.ok ? made.data.id : ''
    expect(await cloud.call('competition.detail', { competitionId: id }, as('someone'))).toMatchObject({ ok: false, error: { code: 'COMPETITION.NOT_FOUND' } })
    expect(await cloud.call('competition.list', {}, as('someone'))).toEqual({ ok: true, data: { items: [], hasMore: false } })
    expect((await cloud.call('competition.detail', { competitionId: id }, AREA)).ok).toBe(true)
    await cloud.call('competition.publish', { competitionId: id }, AREA)
    const listed = await cloud.call('competition.list', {}, as('someone'))
    expect(listed.ok && listed.data.items.map((c) => [c.title, c.window])).toEqual([['数控车工技能比武', 'open']])
    // anyone, even without an identity, sees the public page
    expect(await cloud.call('competition.detail', { competitionId: id })).toMatchObject({
      ok: true,
      data: { title: '数控车工技能比武', mine: null, canSignUp: false, canManage: false },
    })
  })

  test.each([
    ['sign-up ending after the event starts', { signupEndAt: Date.now() + 3 * HOUR }, 'COMPETITION.BAD_DATES'],
    ['team bounds upside down', { mode: 'team' as const, teamMin: 6, teamMax: 3 }, 'COMPETITION.BAD_TEAM_SIZE'],
    ['flagged words in the description', { description: '报名送彩票，加微信代开发票，详情咨询。' }, 'CONTENT.REJECTED'],
  ])('%s is refused and nothing is written', async (_n, overrides, code) => {
    await unchanged(async () => expect(await cloud.call('competition.create', fields(overrides), AREA)).toMatchObject({ ok: false, error: { code } }))
  })

  test('capacity cannot go below the places taken; raising it moves the waiting list up', async () => {
    const id = await published({ capacity: 1 })
    await member('w1', '甲工友')
    await member('w2', '乙工友')
    await member('w3', '丙工友')
    await cloud.call('competition.signup', { competitionId: id }, as('w1'))
    expect(await cloud.call('competition.signup', { competitionId: id }, as('w2'))).toMatchObject({
      ok: true,
      data: { status: 'waitlisted', waitlistPosition: 1 },
    })
    expect(await cloud.call('competition.signup', { competitionId: id }, as('w3'))).toMatchObject({
      ok: true,
      data: { status: 'waitlisted', waitlistPosition: 2 },
    })
    expect((await cloud.call('competition.update', updateOf(id, { capacity: 2 }), AREA)).ok).toBe(true)
    expect(comp(id).counts).toMatchObject({ taken: 2, accepted: 2, waitlisted: 1 })
    expect(await cloud.call('competition.detail', { competitionId: id }, as('w2'))).toMatchObject({ ok: true, data: { mine: { status: 'accepted' } } })
    await unchanged(async () =>
      expect(await cloud.call('competition.update', updateOf(id, { capacity: 1 }), AREA)).toMatchObject({
        ok: false,
        error: { code: 'COMPETITION.CAPACITY_BELOW_TAKEN' },
      }),
    )
  })

  test('a capacity raised by several moves that many up at once, in arrival order, each counted once', async () => {
    const id = await published({ capacity: 3, eligibility: 'city' })
    const people = Array.from({ length: 11 }, (_x, i) => `raise-${i}`)
    await cloud.db.insertMany(
      'users',
      people.map((o) => ({
        _id: `user-${o}`,
        _openid: o,
        nickname: o,
        realName: '候补测试',
        job: '',
        employeeNo: '',
        unitId: 'u-jkq-jixie',
        unitPath: ['u-city', 'u-jkq', 'u-jkq-jixie'],
        joinedAt: new Date(),
        roles: [],
        profileCompletedAt: new Date(),
        createdAt: new Date(),
        updatedAt: new Date(),
      })),
    )
    for (const o of people) await cloud.call('competition.signup', { competitionId: id }, as(o))
    expect(comp(id).counts).toMatchObject({ taken: 3, accepted: 3, waitlisted: 8 })
    expect((await cloud.call('competition.update', updateOf(id, { capacity: 8, eligibility: 'city' }), AREA)).ok).toBe(true)
    expect(comp(id).counts).toMatchObject({ taken: 8, accepted: 8, waitlisted: 3 })
    const status = (o: string) => cloud.db.dump().signups.find((s) => s.userId === `user-${o}`)?.status
    expect(people.map(status)).toEqual([...Array(8).fill('accepted'), ...Array(3).fill('waitlisted')])
    expect(campaignCounts().participants).toBe(8)
  })

  test('once people have signed up, individual/team cannot change', async () => {
    const id = await published()
    await cloud.call('competition.signup', { competitionId: id }, as('demo-worker'))
    expect(await cloud.call('competition.update', updateOf(id, { mode: 'team', teamMin: 2, teamMax: 3 }), AREA)).toMatchObject({
      ok: false,
      error: { code: 'COMPETITION.BAD_STATE' },
    })
  })

  test('a unit chair organises for their own unit only', async () => {
    expect((await cloud.call('competition.create', fields({ organizerUnitId: 'u-jkq-jixie' }), CHAIR)).ok).toBe(true)
    expect(await cloud.call('competition.create', fields({ organizerUnitId: 'u-jkq' }), CHAIR)).toMatchObject({
      ok: false,
      error: { code: 'AUTH.OUT_OF_SCOPE' },
    })
  })
})

describe('signing up', () => {
  test('individual sign-up takes a place; a double tap signs up once; the person counts toward 30,000 once', async () => {
    const id = await published()
    const [a, b] = await Promise.all([
      cloud.call('competition.signup', { competitionId: id }, as('demo-worker')),
      cloud.call('competition.signup', { competitionId: id }, as('demo-worker')),
    ])
    expect(a).toMatchObject({ ok: true, data: { status: 'accepted', isCaptain: true } })
    expect(b.ok && a.ok && b.data.id).toBe(a.ok && a.data.id)
    expect(cloud.db.dump().signups).toHaveLength(1)
    expect(comp(id).counts).toMatchObject({ taken: 1, accepted: 1 })
    expect(campaignCounts().participants).toBe(1)
    const other = await published({ title: '职工篮球赛', category: '文体活动', capacity: 10 })
    await cloud.call('competition.signup', { competitionId: other }, as('demo-worker'))
    expect(campaignCounts().participants).toBe(1)
    const detail = await cloud.call('competition.detail', { competitionId: id }, as('demo-worker'))
    expect(detail).toMatchObject({ ok: true, data: { mine: { status: 'accepted' }, canSignUp: false } })
  })

  test('full → waiting list in arrival order; a withdrawal moves the first one up by itself', async () => {
    const id = await published({ capacity: 2 })
    for (const [o, n] of [
      ['a1', '一号'],
      ['a2', '二号'],
      ['a3', '三号'],
      ['a4', '四号'],
    ])
      await member(o, `工友${n}`)
    for (const o of ['a1', 'a2', 'a3', 'a4']) await cloud.call('competition.signup', { competitionId: id }, as(o))
    const third = await cloud.call('competition.detail', { competitionId: id }, as('a3'))
    expect(third).toMatchObject({ ok: true, data: { mine: { status: 'waitlisted', waitlistPosition: 1 } } })
    expect(await cloud.call('competition.withdraw', { competitionId: id }, as('a1'))).toMatchObject({ ok: true, data: { status: 'withdrawn' } })
    expect(await cloud.call('competition.detail', { competitionId: id }, as('a3'))).toMatchObject({ ok: true, data: { mine: { status: 'accepted' } } })
    expect(await cloud.call('competition.detail', { competitionId: id }, as('a4'))).toMatchObject({
      ok: true,
      data: { mine: { status: 'waitlisted', waitlistPosition: 1 } },
    })
    expect(comp(id).counts).toMatchObject({ taken: 2, accepted: 2, waitlisted: 1 })
    // withdrawn: may sign up again, and queues at the end
    expect(await cloud.call('competition.signup', { competitionId: id }, as('a1'))).toMatchObject({
      ok: true,
      data: { status: 'waitlisted', waitlistPosition: 2 },
    })
  })

  test('60 at once for 10 places: exactly 10 places, 50 waiting in a clean order, nobody twice', async () => {
    const id = await published({ capacity: 10, eligibility: 'city' })
    const people = Array.from({ length: 60 }, (_x, i) => `burst-${i}`)
    const unitIds = cloud.db
      .dump()
      .units.filter((u) => u.type === 'grassroots')
      .map((u) => u._id)
    await cloud.db.insertMany(
      'users',
      people.map((o, i) => ({
        _id: `user-${o}`,
        _openid: o,
        nickname: o,
        realName: '并发测试',
        job: '',
        employeeNo: '',
        unitId: unitIds[i % unitIds.length],
        unitPath: ['u-city', 'x', unitIds[i % unitIds.length]],
        joinedAt: new Date(),
        roles: [],
        profileCompletedAt: new Date(),
        createdAt: new Date(),
        updatedAt: new Date(),
      })),
    )
    const results = await Promise.all(
      people.flatMap((o) => [cloud.call('competition.signup', { competitionId: id }, as(o)), cloud.call('competition.signup', { competitionId: id }, as(o))]),
    )
    expect(results.every((r) => r.ok)).toBe(true)
    const rows = cloud.db.dump().signups.filter((s) => s.competitionId === id)
    expect(rows).toHaveLength(60)
    expect(rows.filter((s) => s.status === 'accepted')).toHaveLength(10)
    expect(rows.filter((s) => s.status === 'waitlisted')).toHaveLength(50)
    expect(comp(id).counts).toMatchObject({ taken: 10, accepted: 10, waitlisted: 50 })
    const list = await cloud.call('competition.signups', { competitionId: id, status: 'waitlisted', page: 3 }, AREA)
    expect(list.ok && list.data.items.map((r) => r.waitlistPosition)).toEqual(Array.from({ length: 10 }, (_x, i) => 41 + i))
  })

  test('windows, status and eligibility', async () => {
    const later = await published({
      signupStartAt: Date.now() + HOUR,
      signupEndAt: Date.now() + 2 * HOUR,
      eventStartAt: Date.now() + 3 * HOUR,
      eventEndAt: Date.now() + 4 * HOUR,
    })
    await unchanged(async () =>
      expect(await cloud.call('competition.signup', { competitionId: later }, as('demo-worker'))).toMatchObject({
        ok: false,
        error: { code: 'COMPETITION.SIGNUP_NOT_OPEN' },
      }),
    )
    const id = await published()
    await unchanged(async () =>
      expect(await cloud.call('competition.signup', { competitionId: id }, as('demo-worker-2'))).toMatchObject({
        ok: false,
        error: { code: 'COMPETITION.NOT_ELIGIBLE' },
      }),
    )
    await cloud.call('competition.signup', { competitionId: id }, as('demo-worker'))
    await setDates(id, { signupEndAt: new Date(Date.now() - 1000) })
    await unchanged(async () => {
      expect(await cloud.call('competition.signup', { competitionId: id }, as('demo-unit-chair'))).toMatchObject({
        ok: false,
        error: { code: 'COMPETITION.SIGNUP_CLOSED' },
      })
      expect(await cloud.call('competition.withdraw', { competitionId: id }, as('demo-worker'))).toMatchObject({
        ok: false,
        error: { code: 'COMPETITION.SIGNUP_CLOSED' },
      })
    })
    const closed = await published()
    await cloud.call('competition.closeSignup', { competitionId: closed }, AREA)
    expect(await cloud.call('competition.signup', { competitionId: closed }, as('demo-worker'))).toMatchObject({
      ok: false,
      error: { code: 'COMPETITION.SIGNUP_CLOSED' },
    })
    const cancelled = await published()
    await cloud.call('competition.cancel', { competitionId: cancelled, reason: '场地维修' }, AREA)
    expect(await cloud.call('competition.signup', { competitionId: cancelled }, as('demo-worker'))).toMatchObject({
      ok: false,
      error: { code: 'COMPETITION.CANCELLED' },
    })
    expect(await cloud.call('competition.detail', { competitionId: cancelled })).toMatchObject({
      ok: true,
      data: { status: 'cancelled', cancelReason: '场地维修' },
    })
  })
})

describe('teams', () => {
  test('a captain signs up a team from their unit; members see it; only the captain withdraws', async () => {
    const id = await published({ mode: 'team', teamMin: 2, teamMax: 3, capacity: 5, title: '拔河比赛', category: '文体活动' })
    const m1 = await member('t1', '队员甲')
    const m2 = await member('t2', '队员乙')
    const team = await cloud.call('competition.signup', { competitionId: id, teamName: '钢铁队', memberIds: [m1, m2] }, as('demo-worker'))
    expect(team).toMatchObject({
      ok: true,
      data: { status: 'accepted', teamName: '钢铁队', members: [{ realName: '张三' }, { realName: '队员甲' }, { realName: '队员乙' }] },
    })
    expect(campaignCounts().participants).toBe(3)
    expect(await cloud.call('competition.detail', { competitionId: id }, as('t1'))).toMatchObject({
      ok: true,
      data: { mine: { teamName: '钢铁队', isCaptain: false } },
    })
    const mine = await cloud.call('competition.mySignups', {}, as('t2'))
    expect(mine.ok && mine.data.items.map((i) => i.competition.title)).toEqual(['拔河比赛'])
    expect(await cloud.call('competition.withdraw', { competitionId: id }, as('t1'))).toMatchObject({ ok: false, error: { code: 'COMPETITION.NOT_CAPTAIN' } })
    expect((await cloud.call('competition.withdraw', { competitionId: id }, as('demo-worker'))).ok).toBe(true)
    // members are free again
    expect((await cloud.call('competition.signup', { competitionId: id, teamName: '新队', memberIds: [m2] }, as('t1'))).ok).toBe(true)
  })

  test.each([
    ['a member from another unit', 'other-unit', 'COMPETITION.TEAM_MEMBER_OTHER_UNIT'],
    ['too many members', 'too-many', 'COMPETITION.TEAM_SIZE'],
    ['no team name', 'no-name', 'COMPETITION.TEAM_REQUIRED'],
    ['an unknown member', 'unknown', 'COMPETITION.TEAM_MEMBER_UNKNOWN'],
  ])('%s is refused and nothing is written', async (_n, kind, code) => {
    const id = await published({ mode: 'team', teamMin: 2, teamMax: 3, capacity: 5 })
    const m1 = await member('x1', '队员甲')
    const m2 = await member('x2', '队员乙')
    const m3 = await member('x3', '队员丙')
    const far = await member('x4', '外单位', 'u-jkq-dianzi')
    const input =
      kind === 'other-unit'
        ? { teamName: '混合队', memberIds: [m1, far] }
        : kind === 'too-many'
          ? { teamName: '大队', memberIds: [m1, m2, m3] }
          : kind === 'no-name'
            ? { memberIds: [m1] }
            : { teamName: '某队', memberIds: ['user-nobody'] }
    await unchanged(async () =>
      expect(await cloud.call('competition.signup', { competitionId: id, ...input }, as('demo-worker'))).toMatchObject({ ok: false, error: { code } }),
    )
  })

  test('a member already on a team cannot be put on another; two captains racing for one member: one wins', async () => {
    const id = await published({ mode: 'team', teamMin: 2, teamMax: 3, capacity: 5 })
    const shared = await member('s0', '抢手队员')
    await member('c1', '队长一')
    await member('c2', '队长二')
    const results = await Promise.all([
      cloud.call('competition.signup', { competitionId: id, teamName: '一队', memberIds: [shared] }, as('c1')),
      cloud.call('competition.signup', { competitionId: id, teamName: '二队', memberIds: [shared] }, as('c2')),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toMatchObject({ error: { code: 'COMPETITION.TEAM_MEMBER_SIGNED_UP' } })
    expect(cloud.db.dump().signup_keys.filter((k) => k.userId === shared)).toHaveLength(1)
    expect(await cloud.call('competition.signup', { competitionId: id, teamName: '三队', memberIds: [shared] }, as('demo-worker'))).toMatchObject({
      ok: false,
      error: { code: 'COMPETITION.TEAM_MEMBER_SIGNED_UP' },
    })
  })

  test('a captain picks teammates from their own unit only, seeing who is signed up already', async () => {
    const id = await published({ mode: 'team', teamMin: 2, teamMax: 3, capacity: 5 })
    const m1 = await member('tm1', '队员甲')
    await member('tm2', '队员乙')
    await member('tm3', '外单位人', 'u-jkq-dianzi')
    await cloud.call('competition.signup', { competitionId: id, teamName: '先锋队', memberIds: [m1] }, as('demo-unit-chair'))
    const res = await cloud.call('competition.teammates', { competitionId: id }, as('demo-worker'))
    expect(res.ok && res.data.items.map((t) => [t.realName, t.signedUp])).toEqual(
      expect.arrayContaining([
        ['队员甲', true],
        ['队员乙', false],
        ['王五', true],
      ]),
    )
    expect(res.ok && res.data.items.some((t) => t.realName === '外单位人' || t.realName === '张三')).toBe(false)
    expect(res.ok && Object.keys(res.data.items[0]).sort()).toEqual(['job', 'realName', 'signedUp', 'userId'])
    const found = await cloud.call('competition.teammates', { competitionId: id, keyword: '乙' }, as('demo-worker'))
    expect(found.ok && found.data.items.map((t) => t.realName)).toEqual(['队员乙'])
  })

  test('team fields on an individual competition', async () => {
    const id = await published()
    expect(
      await cloud.call('competition.signup', { competitionId: id, teamName: '某队', memberIds: ['user-demo-unit-chair'] }, as('demo-worker')),
    ).toMatchObject({ ok: false, error: { code: 'COMPETITION.INDIVIDUAL_ONLY' } })
  })
})

describe('approval, check-in, results, export', () => {
  test('pending sign-ups hold places; batch approval; rejection with a reason frees a place and tells the captain', async () => {
    const id = await published({ needsApproval: true, capacity: 2 })
    await member('p1', '甲工友')
    await member('p2', '乙工友')
    await member('p3', '丙工友')
    for (const o of ['p1', 'p2', 'p3']) await cloud.call('competition.signup', { competitionId: id }, as(o))
    expect(comp(id).counts).toMatchObject({ taken: 2, pending: 2, waitlisted: 1 })
    const listed = await cloud.call('competition.list', {}, as('someone'))
    expect(listed.ok && listed.data.items[0]).toMatchObject({ needsApproval: true, pending: 2, accepted: 0, placesLeft: 0, waitlisted: 1 })
    cloud.openapi.recordSubscription('p2', subscribeTemplates.signupReviewResult.id)
    const pending = await cloud.call('competition.signups', { competitionId: id, status: 'pending' }, AREA)
    const [first, second] = pending.ok ? pending.data.items.map((r) => r.id) : []
    expect(await cloud.call('competition.decide', { competitionId: id, signupIds: [second], approve: false }, AREA)).toMatchObject({
      ok: false,
      error: { code: 'COMMON.VALIDATION' },
    })
    expect(await cloud.call('competition.decide', { competitionId: id, signupIds: [first], approve: true }, AREA)).toEqual({
      ok: true,
      data: { decided: 1, skipped: 0 },
    })
    expect(await cloud.call('competition.decide', { competitionId: id, signupIds: [second, first], approve: false, reason: '不符合报名条件' }, AREA)).toEqual({
      ok: true,
      data: { decided: 2, skipped: 0 },
    })
    // the waitlisted third moved into a pending place
    expect(await cloud.call('competition.detail', { competitionId: id }, as('p3'))).toMatchObject({ ok: true, data: { mine: { status: 'pending' } } })
    expect(await cloud.call('competition.detail', { competitionId: id }, as('p2'))).toMatchObject({
      ok: true,
      data: { mine: { status: 'rejected', rejectReason: '不符合报名条件' } },
    })
    const outbox = await cloud.openapi.outbox()
    expect(outbox.map((m) => [m.touser, m.data.phrase2, m.data.thing3])).toEqual([['p2', '未通过', '不符合报名条件']])
  })

  test('the ticket QR and its code check a person in; twice is fine; others are refused', async () => {
    const id = await published({ capacity: 1 })
    await cloud.call('competition.signup', { competitionId: id }, as('demo-worker'))
    await cloud.call('competition.signup', { competitionId: id }, as('demo-unit-chair'))
    const ticket = await cloud.call('competition.ticket', { competitionId: id }, as('demo-worker'))
    expect(ticket.ok).toBe(true)
    if (!ticket.ok) return
    const png = PNG.sync.read(Buffer.from(ticket.data.qrDataUrl.split(',')[1], 'base64'))
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toBe(`zgfc-checkin:${id}:${ticket.data.code}`)
    expect(await cloud.call('competition.ticket', { competitionId: id }, as('demo-unit-chair'))).toMatchObject({
      ok: false,
      error: { code: 'COMPETITION.NOT_ACCEPTED' },
    })
    const first = await cloud.call('competition.checkIn', { competitionId: id, code: ticket.data.code.toLowerCase() }, AREA)
    expect(first).toMatchObject({ ok: true, data: { realName: '张三' } })
    expect(first.ok && first.data.alreadyCheckedIn).toBe(false)
    const again = await cloud.call('competition.checkIn', { competitionId: id, code: ticket.data.code }, AREA)
    expect(again.ok && first.ok && again.data.checkedInAt).toBe(first.ok && first.data.checkedInAt)
    expect(again.ok && again.data.alreadyCheckedIn).toBe(true)
    expect(await cloud.call('competition.checkIn', { competitionId: id, code: '222222' }, AREA)).toMatchObject({
      ok: false,
      error: { code: 'COMPETITION.CODE_UNKNOWN' },
    })
  })

  test('results after the event: public with name and unit only; counted once toward the 100', async () => {
    const id = await published({ capacity: 3 })
    const a = await cloud.call('competition.signup', { competitionId: id }, as('demo-worker'))
    const b = await cloud.call('competition.signup', { competitionId: id }, as('demo-unit-chair'))
    const results = [
      { signupId: a.ok ? a.data.id : '', rank: 1, award: '一等奖' },
      { signupId: b.ok ? b.data.id : '', rank: 2, award: '二等奖' },
    ]
    expect(await cloud.call('competition.publishResults', { competitionId: id, results }, AREA)).toMatchObject({
      ok: false,
      error: { code: 'COMPETITION.BAD_STATE' },
    })
    await setDates(id, {
      signupStartAt: new Date(Date.now() - 5 * HOUR),
      signupEndAt: new Date(Date.now() - 4 * HOUR),
      eventStartAt: new Date(Date.now() - 3 * HOUR),
      eventEndAt: new Date(Date.now() - HOUR),
    })
    expect(
      await cloud.call('competition.publishResults', { competitionId: id, results: [{ signupId: 'not-this-one', rank: 1, award: '一等奖' }] }, AREA),
    ).toMatchObject({ ok: false, error: { code: 'COMPETITION.RESULT_UNKNOWN_SIGNUP' } })
    expect((await cloud.call('competition.publishResults', { competitionId: id, results }, AREA)).ok).toBe(true)
    expect((await cloud.call('competition.publishResults', { competitionId: id, results }, AREA)).ok).toBe(true)
    expect(campaignCounts().competitions).toBe(1)
    const page = await cloud.call('competition.detail', { competitionId: id })
    expect(page.ok && page.data.results).toEqual([
      { rank: 1, award: '一等奖', name: '张三', unitName: '华中机械制造有限公司工会' },
      { rank: 2, award: '二等奖', name: '王五', unitName: '华中机械制造有限公司工会' },
    ])
    const progress = await cloud.call('competition.areaProgress', {}, CITY)
    expect(progress.ok && progress.data.items.find((i) => i.unit.id === 'u-jkq')).toMatchObject({ held: 1, upcoming: 0 })
    expect(progress.ok && progress.data.items[0].held).toBe(0)
    expect(progress.ok && progress.data.items.length).toBe(9)
  })

  test('the organiser’s Excel export opens with every sign-up', async () => {
    const id = await published({ capacity: 1 })
    await cloud.call('competition.signup', { competitionId: id }, as('demo-worker'))
    await cloud.call('competition.signup', { competitionId: id }, as('demo-unit-chair'))
    const res = await cloud.call('competition.export', { competitionId: id }, AREA)
    expect(res).toMatchObject({ ok: true, data: { rows: 2, fileName: '数控车工技能比武-报名名单.xlsx' } })
    if (!res.ok) return
    const url = new URL(res.data.fileUrl)
    const file = cloud.storage.resolveTempUrl(url.pathname + url.search)!
    const wb = new ExcelJS.Workbook()
    await wb.xlsx.load(fs.readFileSync(file.filePath) as unknown as ArrayBuffer)
    const sheet = wb.getWorksheet('报名名单')!
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining([1, '张三', '华中机械制造有限公司工会', '已通过']))
    expect(sheet.getRow(3).values).toEqual(expect.arrayContaining([2, '王五', '候补', 1]))
    expect(await cloud.call('competition.export', { competitionId: id }, CHAIR)).toMatchObject({ ok: false, error: { code: 'AUTH.OUT_OF_SCOPE' } })
  })
})

describe('recovery', () => {
  test('a sign-up left queued by an interrupted invocation is settled when the person taps again', async () => {
    const id = await published({ capacity: 2 })
    const old = new Date(Date.now() - 60_000)
    await cloud.db.insertMany('signups', [
      {
        _id: 'stuck',
        competitionId: id,
        userId: 'user-demo-worker',
        realName: '张三',
        unitId: 'u-jkq-jixie',
        unitPath: ['u-city', 'u-jkq', 'u-jkq-jixie'],
        teamName: '',
        members: [{ userId: 'user-demo-worker', realName: '张三' }],
        memberIds: ['user-demo-worker'],
        status: 'queued',
        seq: old.getTime() * 1000,
        ticketCode: 'QQQQQQ',
        createdAt: old,
        updatedAt: old,
      },
    ])
    await cloud.db.insertMany('signup_keys', [{ _id: `${id}:user-demo-worker`, competitionId: id, userId: 'user-demo-worker', signupId: 'stuck' }])
    expect(await cloud.call('competition.signup', { competitionId: id }, as('demo-worker'))).toMatchObject({
      ok: true,
      data: { id: 'stuck', status: 'accepted' },
    })
    expect(comp(id).counts).toMatchObject({ taken: 1, accepted: 1 })
  })
})
