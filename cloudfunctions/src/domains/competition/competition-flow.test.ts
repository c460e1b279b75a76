// Competitions (R4) on the local cloud: teams, approval, check-in, results, the Excel export and
// recovery from a half-finished write.
import ExcelJS from 'exceljs'
import fs from 'node:fs'
import jsQR from 'jsqr'
import { PNG } from 'pngjs'
import { subscribeTemplates } from '../../../../types/subscribe-templates'
import { cloud, as, CHAIR, AREA, CITY, HOUR, unchanged, published, member, comp, campaignCounts, setDates } from '../../../test/competition-harness'

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
