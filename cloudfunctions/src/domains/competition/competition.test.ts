// Competitions (R4) through the real function entries on the local cloud: organising and signing
// up. Teams, approval, check-in, results, export and recovery are in competition-flow.test.ts; the
// world and helpers they share in cloudfunctions/test/competition-harness.ts.
import { cloud, as, CHAIR, AREA, HOUR, unchanged, fields, updateOf, published, member, comp, campaignCounts, setDates } from '../../../test/competition-harness'

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
