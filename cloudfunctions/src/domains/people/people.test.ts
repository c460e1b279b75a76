// A person's own record: first open, profile, privacy consent, joining a unit by invite or by request.
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'

let cloud: TestCloud
const as = (OPENID: string) => ({ OPENID })
const CHAIR = as('demo-unit-chair') // chair of 华中机械制造有限公司工会 (u-jkq-jixie)
const OTHER_CHAIR_UNIT = 'u-health-renmin'

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

async function newcomer(openid: string, realName = '王小明') {
  const saved = await cloud.call('people.saveProfile', { nickname: '小明', realName }, as(openid))
  expect(saved.ok).toBe(true)
  return saved
}

async function inviteCode(unitId = 'u-jkq-jixie', who = CHAIR): Promise<{ id: string; code: string }> {
  const res = await cloud.call('org.createInvite', { unitId, days: 7 }, who)
  if (!res.ok) throw new Error(res.error.code)
  return { id: res.data.id, code: res.data.code }
}

describe('first open', () => {
  test('people.me creates the user from the OPENID, once, even when called twice at the same moment', async () => {
    const [a, b] = await Promise.all([cloud.call('people.me', {}, as('fresh-1')), cloud.call('people.me', {}, as('fresh-1'))])
    expect(a.ok && b.ok).toBe(true)
    if (!a.ok || !b.ok) return
    expect(a.data.id).toBe(b.data.id)
    expect(a.data).toMatchObject({ realName: '', unit: null, roles: [], profileComplete: false, privacyAgreedAt: null })
    expect(cloud.db.dump().users.filter((u) => u._openid === 'fresh-1')).toHaveLength(1)
  })

  test('without an OPENID nothing is created', async () => {
    await unchanged(async () => expect(await cloud.call('people.me', {})).toMatchObject({ ok: false, error: { code: 'AUTH.NO_IDENTITY' } }))
  })

  test('a payload cannot name another person', async () => {
    await unchanged(async () => {
      expect(await cloud.raw('people', { action: 'people.me', input: { openid: 'demo-city-admin' } }, as('x'))).toMatchObject({
        ok: false,
        error: { code: 'COMMON.VALIDATION' },
      })
      expect(
        await cloud.raw('people', { action: 'people.saveProfile', input: { nickname: 'a', realName: '张三', userId: 'user-demo-worker' } }, as('x')),
      ).toMatchObject({ ok: false, error: { code: 'COMMON.VALIDATION' } })
      expect(await cloud.raw('people', { action: 'people.me', input: {}, openid: 'demo-city-admin' }, as('x'))).toMatchObject({
        ok: false,
        error: { code: 'COMMON.BAD_REQUEST' },
      })
    })
  })
})

describe('profile', () => {
  test('saved and content-checked; complete only with a unit', async () => {
    const res = await cloud.call('people.saveProfile', { nickname: '  小明 ', realName: '王小明', job: '焊工', employeeNo: 'A-102' }, as('p1'))
    expect(res).toMatchObject({ ok: true, data: { nickname: '小明', realName: '王小明', job: '焊工', employeeNo: 'A-102', profileComplete: false } })
  })

  test.each([
    ['empty real name', { nickname: '小明', realName: '' }, 'realName'],
    ['digits in a name', { nickname: '小明', realName: '王123' }, 'realName'],
    ['nickname too long', { nickname: '一二三四五六七八九十一二三四五六七八九十一', realName: '王小明' }, 'nickname'],
    ['employee number with symbols', { nickname: '小明', realName: '王小明', employeeNo: '12<script>' }, 'employeeNo'],
  ])('%s is refused, field named, nothing written', async (_n, input, field) => {
    await unchanged(async () => {
      const res = await cloud.call('people.saveProfile', input, as('p2'))
      expect(res.ok).toBe(false)
      if (!res.ok) {
        expect(res.error.code).toBe('COMMON.VALIDATION')
        expect(res.error.issues?.[0]?.path).toBe(field)
      }
    })
  })

  test('a flagged nickname is refused by the content check', async () => {
    await cloud.call('people.me', {}, as('p3'))
    await unchanged(async () =>
      expect(await cloud.call('people.saveProfile', { nickname: '加微信代开发票', realName: '王小明' }, as('p3'))).toMatchObject({
        ok: false,
        error: { code: 'CONTENT.REJECTED' },
      }),
    )
  })

  test('an avatar must be a file the person uploaded into their own folder', async () => {
    const me = await cloud.call('people.me', {}, as('p4'))
    if (!me.ok) throw new Error()
    const theirs = await cloud.storage.putFromClient('avatars/user-demo-worker/a.png', Buffer.from('x'))
    expect(await cloud.call('people.saveProfile', { nickname: '小明', realName: '王小明', avatarFileId: theirs }, as('p4'))).toMatchObject({
      ok: false,
      error: { code: 'COMMON.VALIDATION' },
    })
    const missing = theirs.replace('user-demo-worker/a.png', `${me.data.id}/missing.png`)
    expect(await cloud.call('people.saveProfile', { nickname: '小明', realName: '王小明', avatarFileId: missing }, as('p4'))).toMatchObject({
      ok: false,
      error: { code: 'COMMON.VALIDATION' },
    })
    const mine = await cloud.storage.putFromClient(`avatars/${me.data.id}/a.png`, Buffer.from('x'))
    const ok = await cloud.call('people.saveProfile', { nickname: '小明', realName: '王小明', avatarFileId: mine }, as('p4'))
    expect(ok.ok && ok.data.avatarUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/files\/avatars\//)
  })

  test('privacy consent is recorded with its version', async () => {
    const res = await cloud.call('people.agreePrivacy', { version: '2026-11-01' }, as('p5'))
    expect(res.ok).toBe(true)
    const me = await cloud.call('people.me', {}, as('p5'))
    expect(me.ok && me.data.privacyAgreedAt).toBeGreaterThan(0)
  })
})

describe('joining by invite code', () => {
  test('a valid code makes the person a member at once; the profile becomes complete', async () => {
    await newcomer('j1')
    const { id, code } = await inviteCode()
    const res = await cloud.call('people.joinByInvite', { code: ` ${code.slice(0, 4).toLowerCase()} ${code.slice(4)} ` }, as('j1'))
    expect(res).toMatchObject({ ok: true, data: { profileComplete: true, unit: { id: 'u-jkq-jixie', name: '华中机械制造有限公司工会' } } })
    if (res.ok) expect(res.data.unit?.path.map((u) => u.name)).toEqual(['市总工会', '经开区工会', '华中机械制造有限公司工会'])
    const dump = cloud.db.dump()
    expect(dump.invites.find((i) => i._id === id)?.uses).toBe(1)
    expect(dump.units.find((u) => u._id === 'u-jkq-jixie')?.memberCount).toBe(3)
    expect(dump.audit_log.some((a) => a.kind === 'membership' && a.action === 'join_by_invite')).toBe(true)
  })

  test('joining twice, or a second unit, is refused and changes nothing', async () => {
    await newcomer('j2')
    const { code } = await inviteCode()
    expect((await cloud.call('people.joinByInvite', { code }, as('j2'))).ok).toBe(true)
    await unchanged(async () =>
      expect(await cloud.call('people.joinByInvite', { code }, as('j2'))).toMatchObject({ ok: false, error: { code: 'PEOPLE.ALREADY_MEMBER' } }),
    )
    const other = await inviteCode('u-health-renmin', as('demo-city-admin'))
    await unchanged(async () =>
      expect(await cloud.call('people.joinByInvite', { code: other.code }, as('j2'))).toMatchObject({ ok: false, error: { code: 'PEOPLE.ALREADY_IN_UNIT' } }),
    )
  })

  test('two joins at once with two codes land once', async () => {
    await newcomer('j3')
    const a = await inviteCode()
    const b = await inviteCode('u-health-renmin', as('demo-city-admin'))
    const results = await Promise.all([
      cloud.call('people.joinByInvite', { code: a.code }, as('j3')),
      cloud.call('people.joinByInvite', { code: b.code }, as('j3')),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    const units = cloud.db.dump().units
    expect((units.find((u) => u._id === 'u-jkq-jixie')!.memberCount as number) + (units.find((u) => u._id === 'u-health-renmin')!.memberCount as number)).toBe(
      4,
    )
  })

  test('an expired code', async () => {
    await newcomer('j4')
    const { id, code } = await inviteCode()
    await cloud.db.handle('database.modifyDocument', {
      collectionName: 'invites',
      queryType: 'DOC',
      query: JSON.stringify({ _id: id }),
      data: JSON.stringify({ $set: { expiresAt: { $date: new Date(Date.now() - 1000).toISOString() } } }),
      merge: true,
    })
    await unchanged(async () =>
      expect(await cloud.call('people.joinByInvite', { code }, as('j4'))).toMatchObject({ ok: false, error: { code: 'INVITE.EXPIRED' } }),
    )
  })

  test('a revoked code', async () => {
    await newcomer('j5')
    const { id, code } = await inviteCode()
    expect((await cloud.call('org.revokeInvite', { inviteId: id }, CHAIR)).ok).toBe(true)
    await unchanged(async () =>
      expect(await cloud.call('people.joinByInvite', { code }, as('j5'))).toMatchObject({ ok: false, error: { code: 'INVITE.REVOKED' } }),
    )
  })

  test('guessed codes are refused, and guessing is stopped after ten misses in an hour', async () => {
    await newcomer('j6')
    const { code } = await inviteCode()
    for (let i = 0; i < 10; i++) {
      expect(await cloud.call('people.joinByInvite', { code: 'ABCDEFGH' }, as('j6'))).toMatchObject({ ok: false, error: { code: 'INVITE.INVALID' } })
    }
    // even the right code waits now
    expect(await cloud.call('people.joinByInvite', { code }, as('j6'))).toMatchObject({ ok: false, error: { code: 'INVITE.TOO_MANY_ATTEMPTS' } })
    expect(cloud.db.dump().users.find((u) => u._openid === 'j6')?.unitId).toBeUndefined()
  })

  test('joining needs a name first: a chair must know who joined', async () => {
    const { code } = await inviteCode()
    await cloud.call('people.me', {}, as('j9'))
    await unchanged(async () =>
      expect(await cloud.call('people.joinByInvite', { code }, as('j9'))).toMatchObject({ ok: false, error: { code: 'PEOPLE.NAME_REQUIRED' } }),
    )
  })

  test('malformed codes never reach the database', async () => {
    for (const code of ['', 'ABC', 'ABCDEFGHI', 'ABCDEFG0', { $ne: '' }]) {
      await unchanged(async () =>
        expect(await cloud.raw('people', { action: 'people.joinByInvite', input: { code } }, as('j7'))).toMatchObject({
          ok: false,
          error: { code: 'COMMON.VALIDATION' },
        }),
      )
    }
  })

  test('a code of a retired unit no longer works', async () => {
    await newcomer('j8')
    const { code } = await inviteCode('u-baishi-xiangxiu', as('demo-city-admin'))
    expect((await cloud.call('org.retireUnit', { unitId: 'u-baishi-xiangxiu' }, as('demo-city-admin'))).ok).toBe(true)
    expect(await cloud.call('people.joinByInvite', { code }, as('j8'))).toMatchObject({ ok: false, error: { code: 'INVITE.REVOKED' } })
  })
})

describe('joining by request', () => {
  test('request → the chair sees it → turned down with a reason → the person sees why → asks again → confirmed', async () => {
    await newcomer('r1', '赵大勇')
    const requested = await cloud.call('people.requestJoin', { unitId: 'u-jkq-jixie' }, as('r1'))
    expect(requested).toMatchObject({ ok: true, data: { pendingJoin: { unit: { id: 'u-jkq-jixie' } }, unit: null } })
    expect(await cloud.call('people.requestJoin', { unitId: 'u-jkq-jixie' }, as('r1'))).toMatchObject({ ok: false, error: { code: 'PEOPLE.JOIN_PENDING' } })

    const list = await cloud.call('org.joinRequests', { unitId: 'u-jkq-jixie' }, CHAIR)
    expect(list.ok && list.data.items.map((r) => r.realName)).toEqual(['赵大勇'])
    const requestId = list.ok ? list.data.items[0].id : ''

    // another unit's chair cannot see or decide it
    expect(await cloud.call('org.joinRequests', { unitId: 'u-jkq-jixie' }, as('demo-worker-2'))).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })

    expect(await cloud.call('org.decideJoin', { requestId, approve: false }, CHAIR)).toMatchObject({ ok: false, error: { code: 'COMMON.VALIDATION' } })
    expect(await cloud.call('org.decideJoin', { requestId, approve: false, reason: '本单位没有这位职工' }, CHAIR)).toEqual({
      ok: true,
      data: { status: 'rejected' },
    })
    expect(await cloud.call('org.decideJoin', { requestId, approve: true }, CHAIR)).toMatchObject({ ok: false, error: { code: 'ORG.ALREADY_DECIDED' } })
    const seen = await cloud.call('people.me', {}, as('r1'))
    expect(seen).toMatchObject({ ok: true, data: { pendingJoin: null, lastJoinDecision: { approved: false, reason: '本单位没有这位职工' } } })

    expect((await cloud.call('people.requestJoin', { unitId: 'u-jkq-jixie' }, as('r1'))).ok).toBe(true)
    expect(await cloud.call('org.decideJoin', { requestId, approve: true }, CHAIR)).toEqual({ ok: true, data: { status: 'approved' } })
    const member = await cloud.call('people.me', {}, as('r1'))
    expect(member).toMatchObject({ ok: true, data: { profileComplete: true, unit: { id: 'u-jkq-jixie' } } })
  })

  test('a request that could not be confirmed because the unit was retired tells the person why', async () => {
    await newcomer('r5')
    await cloud.call('people.requestJoin', { unitId: 'u-baishi-xiangxiu' }, as('r5'))
    const list = await cloud.call('org.joinRequests', { unitId: 'u-baishi-xiangxiu' }, as('demo-city-admin'))
    const requestId = list.ok ? list.data.items[0].id : ''
    expect((await cloud.call('org.retireUnit', { unitId: 'u-baishi-xiangxiu' }, as('demo-city-admin'))).ok).toBe(true)
    expect(await cloud.call('org.decideJoin', { requestId, approve: true }, as('demo-city-admin'))).toMatchObject({
      ok: false,
      error: { code: 'ORG.UNIT_RETIRED' },
    })
    expect(await cloud.call('people.me', {}, as('r5'))).toMatchObject({
      ok: true,
      data: { pendingJoin: null, lastJoinDecision: { approved: false, reason: '该单位已撤销' } },
    })
  })

  test('two chairs confirming at once add the member once', async () => {
    await newcomer('r2')
    await cloud.call('people.requestJoin', { unitId: 'u-jkq-jixie' }, as('r2'))
    const list = await cloud.call('org.joinRequests', { unitId: 'u-jkq-jixie' }, CHAIR)
    const requestId = list.ok ? list.data.items[0].id : ''
    const results = await Promise.all([
      cloud.call('org.decideJoin', { requestId, approve: true }, CHAIR),
      cloud.call('org.decideJoin', { requestId, approve: true }, as('demo-area-chair')),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(cloud.db.dump().units.find((u) => u._id === 'u-jkq-jixie')?.memberCount).toBe(3)
  })

  test('the city union itself is not joined by request; a pending request can be withdrawn', async () => {
    await newcomer('r3')
    expect(await cloud.call('people.requestJoin', { unitId: 'u-city' }, as('r3'))).toMatchObject({ ok: false, error: { code: 'ORG.BAD_PARENT' } })
    expect(await cloud.call('people.cancelJoin', {}, as('r3'))).toMatchObject({ ok: false, error: { code: 'PEOPLE.NO_JOIN_REQUEST' } })
    await cloud.call('people.requestJoin', { unitId: OTHER_CHAIR_UNIT }, as('r3'))
    expect(await cloud.call('people.cancelJoin', {}, as('r3'))).toMatchObject({ ok: true, data: { pendingJoin: null } })
  })

  test('while a request waits, the person is told who decides it, and actions that need a unit say so instead of asking for a profile', async () => {
    await newcomer('r6', '钱小满')
    const me = await cloud.call('people.requestJoin', { unitId: 'u-jkq-jixie' }, as('r6'))
    // the unit's own chair decides
    expect(me).toMatchObject({ ok: true, data: { pendingJoin: { unit: { id: 'u-jkq-jixie' }, decidedBy: { unit: { id: 'u-jkq-jixie' }, chairs: ['王五'] } } } })
    const tried = await cloud.call('competition.signup', { competitionId: 'c-none' }, as('r6'))
    expect(tried).toMatchObject({ ok: false, error: { code: 'AUTH.MEMBERSHIP_PENDING' } })
    expect(!tried.ok && tried.error.message).toContain('「华中机械制造有限公司工会」')
    expect(!tried.ok && tried.error.message).toContain('王五')
    // a unit without a chair of its own: the union above it decides
    await newcomer('r7', '孙小雨')
    const other = await cloud.call('people.requestJoin', { unitId: 'u-jkq-dianzi' }, as('r7'))
    expect(other).toMatchObject({ ok: true, data: { pendingJoin: { decidedBy: { unit: { id: 'u-jkq' }, chairs: ['赵六'] } } } })
  })

  test('a request needs a real name first', async () => {
    await cloud.call('people.me', {}, as('r4'))
    expect(await cloud.call('people.requestJoin', { unitId: 'u-jkq-jixie' }, as('r4'))).toMatchObject({ ok: false, error: { code: 'PEOPLE.NAME_REQUIRED' } })
  })
})
