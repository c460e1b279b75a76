// The union tree, members, invites and roles, through the real function entries on the local cloud.
import fs from 'node:fs'
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { scanCode } from '../../../test/scan-code'

let cloud: TestCloud
const as = (OPENID: string) => ({ OPENID })
const CITY = as('demo-city-admin')
const AREA_A = as('demo-area-chair') // 经开区工会 u-jkq
const CHAIR_A = as('demo-unit-chair') // 华中机械制造有限公司工会 u-jkq-jixie
const WORKER_A = as('demo-worker')

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
const unit = (id: string) => cloud.db.dump().units.find((u) => u._id === id)!
const user = (openid: string) => cloud.db.dump().users.find((u) => u._openid === openid)!

describe('browsing the tree', () => {
  test('the city union and its industry and township unions', async () => {
    const res = await cloud.call('org.units', {}, as('anyone-with-an-openid'))
    expect(res.ok).toBe(true)
    if (!res.ok) return
    expect(res.data.parent?.name).toBe('市总工会')
    expect(res.data.children.map((c) => c.name)).toEqual(expect.arrayContaining(['经开区工会', '教育系统工会', '卫计局工会', '青山镇工会']))
    const below = await cloud.call('org.units', { parentId: 'u-health' }, as('x'))
    expect(below.ok && below.data.path.map((u) => u.name)).toEqual(['市总工会', '卫计局工会'])
    expect(below.ok && below.data.children.map((c) => c.name)).toEqual(['市中医医院工会', '市人民医院工会'].sort())
  })

  test('search by name, with where each unit sits', async () => {
    const res = await cloud.call('org.searchUnits', { keyword: '医院' }, as('x'))
    expect(res.ok && res.data.items.map((u) => [u.name, u.pathNames.join(' › ')])).toEqual(
      expect.arrayContaining([
        ['市人民医院工会', '市总工会 › 卫计局工会'],
        ['市中医医院工会', '市总工会 › 卫计局工会'],
      ]),
    )
    // regular-expression characters are matched literally
    expect(await cloud.call('org.searchUnits', { keyword: '.*' }, as('x'))).toEqual({ ok: true, data: { items: [] } })
    // the city union is not a unit one joins
    const all = await cloud.call('org.searchUnits', { keyword: '工会' }, as('x'))
    expect(all.ok && all.data.items.some((u) => u.type === 'city')).toBe(false)
  })
})

describe('changing the tree', () => {
  test('an area chair creates a unit under their union, not elsewhere, and only of the right kind', async () => {
    const made = await cloud.call('org.createUnit', { parentId: 'u-jkq', name: '经开区新能源公司工会', type: 'grassroots' }, AREA_A)
    expect(made).toMatchObject({ ok: true, data: { name: '经开区新能源公司工会', type: 'grassroots', parentId: 'u-jkq' } })
    if (made.ok) expect(unit(made.data.id).path).toEqual(['u-city', 'u-jkq', made.data.id])
    expect(unit('u-jkq').childCount).toBe(3)
    await unchanged(async () => {
      expect(await cloud.call('org.createUnit', { parentId: 'u-health', name: '新单位工会', type: 'grassroots' }, AREA_A)).toMatchObject({
        ok: false,
        error: { code: 'AUTH.OUT_OF_SCOPE' },
      })
      expect(await cloud.call('org.createUnit', { parentId: 'u-jkq', name: '新行业工会', type: 'industry' }, AREA_A)).toMatchObject({
        ok: false,
        error: { code: 'ORG.BAD_PARENT' },
      })
      expect(await cloud.call('org.createUnit', { parentId: 'u-jkq', name: '华中机械制造有限公司工会', type: 'grassroots' }, AREA_A)).toMatchObject({
        ok: false,
        error: { code: 'ORG.NAME_TAKEN' },
      })
      expect(await cloud.call('org.createUnit', { parentId: 'u-jkq', name: '新单位工会', type: 'grassroots' }, CHAIR_A)).toMatchObject({
        ok: false,
        error: { code: 'AUTH.FORBIDDEN' },
      })
    })
  })

  test('the same name created twice at once exists once (a unique index, not a count)', async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, () => cloud.call('org.createUnit', { parentId: 'u-jkq', name: '同名工会', type: 'grassroots' }, CITY)),
    )
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok && r.error.code === 'ORG.NAME_TAKEN')).toHaveLength(4)
  })

  test('moving a unit rewrites the paths of the unit, its members and its records, and scope follows', async () => {
    const invite = await cloud.call('org.createInvite', { unitId: 'u-jkq-jixie', days: 7 }, CHAIR_A)
    const moved = await cloud.call('org.moveUnit', { unitId: 'u-jkq-jixie', newParentId: 'u-edu' }, CITY)
    expect(moved).toMatchObject({ ok: true, data: { parentId: 'u-edu' } })
    expect(unit('u-jkq-jixie').path).toEqual(['u-city', 'u-edu', 'u-jkq-jixie'])
    expect(user('demo-worker').unitPath).toEqual(['u-city', 'u-edu', 'u-jkq-jixie'])
    expect(cloud.db.dump().invites.find((i) => invite.ok && i._id === invite.data.id)?.unitPath).toEqual(['u-city', 'u-edu', 'u-jkq-jixie'])
    expect([unit('u-jkq').childCount, unit('u-edu').childCount]).toEqual([1, 3])
    // the 经开区 chair no longer reaches it
    expect(await cloud.call('org.members', { unitId: 'u-jkq-jixie' }, AREA_A)).toMatchObject({ ok: false, error: { code: 'AUTH.OUT_OF_SCOPE' } })
    // moving it back, twice, leaves clean paths
    await cloud.call('org.moveUnit', { unitId: 'u-jkq-jixie', newParentId: 'u-jkq' }, CITY)
    await cloud.call('org.moveUnit', { unitId: 'u-jkq-jixie', newParentId: 'u-jkq' }, CITY)
    expect(user('demo-worker').unitPath).toEqual(['u-city', 'u-jkq', 'u-jkq-jixie'])
    expect((await cloud.call('org.members', { unitId: 'u-jkq-jixie' }, AREA_A)).ok).toBe(true)
  })

  test('a unit cannot go under itself or its own descendants; the city union stays put', async () => {
    await unchanged(async () => {
      expect(await cloud.call('org.moveUnit', { unitId: 'u-jkq', newParentId: 'u-jkq-jixie' }, CITY)).toMatchObject({
        ok: false,
        error: { code: 'ORG.MOVE_CYCLE' },
      })
      expect(await cloud.call('org.moveUnit', { unitId: 'u-jkq', newParentId: 'u-jkq' }, CITY)).toMatchObject({ ok: false, error: { code: 'ORG.MOVE_CYCLE' } })
      expect(await cloud.call('org.moveUnit', { unitId: 'u-city', newParentId: 'u-jkq' }, CITY)).toMatchObject({ ok: false, error: { code: 'ORG.CITY_FIXED' } })
      expect(await cloud.call('org.moveUnit', { unitId: 'u-jkq-jixie', newParentId: 'u-city' }, CITY)).toMatchObject({
        ok: false,
        error: { code: 'ORG.BAD_PARENT' },
      })
      // an area chair may not carry a unit out of their union
      expect(await cloud.call('org.moveUnit', { unitId: 'u-jkq-jixie', newParentId: 'u-edu' }, AREA_A)).toMatchObject({
        ok: false,
        error: { code: 'AUTH.OUT_OF_SCOPE' },
      })
    })
  })

  test('retiring: not with active units below; invites stop; the city union cannot be retired', async () => {
    await unchanged(async () => {
      expect(await cloud.call('org.retireUnit', { unitId: 'u-jkq' }, CITY)).toMatchObject({ ok: false, error: { code: 'ORG.HAS_CHILDREN' } })
      expect(await cloud.call('org.retireUnit', { unitId: 'u-city' }, CITY)).toMatchObject({ ok: false, error: { code: 'ORG.CITY_FIXED' } })
    })
    const invite = await cloud.call('org.createInvite', { unitId: 'u-jkq-dianzi', days: 7 }, AREA_A)
    expect(await cloud.call('org.retireUnit', { unitId: 'u-jkq-dianzi' }, AREA_A)).toMatchObject({ ok: true, data: { status: 'retired' } })
    expect(unit('u-jkq').childCount).toBe(1)
    expect(cloud.db.dump().invites.find((i) => invite.ok && i._id === invite.data.id)?.revokedAt).toBeTruthy()
    // the name is free again under the same parent
    expect((await cloud.call('org.createUnit', { parentId: 'u-jkq', name: '湘江电子科技有限公司工会', type: 'grassroots' }, AREA_A)).ok).toBe(true)
  })

  test('a unit with members is not retired until they are moved out; moving out is recorded', async () => {
    await unchanged(async () =>
      expect(await cloud.call('org.retireUnit', { unitId: 'u-health-renmin' }, CITY)).toMatchObject({ ok: false, error: { code: 'ORG.HAS_MEMBERS' } }),
    )
    // a chair keeps the unit until the role is taken back
    await cloud.call('org.grantRole', { userId: 'user-demo-worker-2', role: 'unit_chair', unitId: 'u-health-renmin' }, CITY)
    expect(await cloud.call('org.removeMember', { userId: 'user-demo-worker-2', reason: '调往其他单位' }, CITY)).toMatchObject({
      ok: false,
      error: { code: 'ORG.HOLDS_ROLE' },
    })
    await cloud.call('org.revokeRole', { userId: 'user-demo-worker-2', role: 'unit_chair', unitId: 'u-health-renmin' }, CITY)
    expect(await cloud.call('org.removeMember', { userId: 'user-demo-worker-2', reason: '调往其他单位' }, AREA_A)).toMatchObject({
      ok: false,
      error: { code: 'AUTH.OUT_OF_SCOPE' },
    })
    expect(await cloud.call('org.removeMember', { userId: 'user-demo-worker-2', reason: '调往其他单位' }, CITY)).toEqual({ ok: true, data: { removed: true } })
    expect(await cloud.call('people.me', {}, as('demo-worker-2'))).toMatchObject({ ok: true, data: { unit: null, profileComplete: false } })
    expect(cloud.db.dump().audit_log.some((a) => a.action === 'removed' && (a.detail as { reason: string }).reason === '调往其他单位')).toBe(true)
    expect(await cloud.call('org.retireUnit', { unitId: 'u-health-renmin' }, CITY)).toMatchObject({ ok: true, data: { status: 'retired' } })
    // free to join another unit now
    const code = await cloud.call('org.createInvite', { unitId: 'u-health-zhongyi', days: 1 }, CITY)
    expect((await cloud.call('people.joinByInvite', { code: code.ok ? code.data.code : '' }, as('demo-worker-2'))).ok).toBe(true)
  })

  test('rename keeps sibling names unique', async () => {
    expect(await cloud.call('org.renameUnit', { unitId: 'u-jkq-dianzi', name: '湘江电子集团工会' }, AREA_A)).toMatchObject({
      ok: true,
      data: { name: '湘江电子集团工会' },
    })
    expect(await cloud.call('org.renameUnit', { unitId: 'u-jkq-dianzi', name: '华中机械制造有限公司工会' }, AREA_A)).toMatchObject({
      ok: false,
      error: { code: 'ORG.NAME_TAKEN' },
    })
    expect(cloud.db.dump().audit_log.filter((a) => a.kind === 'unit' && a.action === 'rename')).toHaveLength(1)
  })
})

describe('members', () => {
  test('a unit chair sees their unit; an area chair the units below; paged newest first', async () => {
    for (let i = 0; i < 25; i++) {
      await cloud.call(
        'people.saveProfile',
        { nickname: `工友${i}`, realName: `工友${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅卯'[Math.floor(i / 10)]}` },
        as(`m${i}`),
      )
      const code = await cloud.call('org.createInvite', { unitId: 'u-jkq-jixie', days: 1 }, CHAIR_A)
      if (code.ok) await cloud.call('people.joinByInvite', { code: code.data.code }, as(`m${i}`))
    }
    const first = await cloud.call('org.members', { unitId: 'u-jkq-jixie' }, CHAIR_A)
    expect(first.ok && [first.data.items.length, first.data.hasMore]).toEqual([20, true])
    const second = await cloud.call('org.members', { unitId: 'u-jkq-jixie', page: 2 }, CHAIR_A)
    expect(second.ok && [second.data.items.length, second.data.hasMore]).toEqual([7, false])
    const area = await cloud.call('org.members', { unitId: 'u-jkq', page: 2 }, AREA_A)
    expect(area.ok && area.data.items.length).toBe(8) // 27 in the factory + 赵六 in 经开区工会 itself
    expect(await cloud.call('org.members', { unitId: 'u-health-renmin' }, CHAIR_A)).toMatchObject({ ok: false, error: { code: 'AUTH.OUT_OF_SCOPE' } })
    expect(await cloud.call('org.members', { unitId: 'u-jkq-jixie' }, as('demo-judge'))).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
  })
})

describe('invites', () => {
  test('codes are 8 unambiguous characters; the QR opens the join page with the code', async () => {
    const invite = await cloud.call('org.createInvite', { unitId: 'u-jkq-jixie', days: 15 }, CHAIR_A)
    expect(invite.ok).toBe(true)
    if (!invite.ok) return
    expect(invite.data.code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/)
    expect(invite.data.expiresAt - invite.data.createdAt).toBe(15 * 86400000)
    const qr = await cloud.call('org.inviteQr', { inviteId: invite.data.id }, CHAIR_A)
    expect(qr).toMatchObject({ ok: true, data: { page: 'pages/join/index', scene: invite.data.code } })
    if (!qr.ok) return
    const hit = cloud.storage.resolveTempUrl(new URL(qr.data.imageUrl).pathname + new URL(qr.data.imageUrl).search)
    // WeChat answers a JPEG (no transparent background asked for): stored and served as one
    expect(hit!.filePath).toMatch(new RegExp(`${invite.data.code}\\.jpg$`))
    expect(hit!.contentType).toBe('image/jpeg')
    const scanned = await scanCode(fs.readFileSync(hit!.filePath))
    expect(scanned.kind).toBe('jpg')
    expect(scanned.text).toMatch(new RegExp(`#/pages/join/index\\?scene=${invite.data.code}$`))
    // made once, then kept
    const again = await cloud.call('org.inviteQr', { inviteId: invite.data.id }, CHAIR_A)
    expect(again.ok).toBe(true)
    expect(cloud.db.dump().invites.find((i) => i._id === invite.data.id)?.qrFileId).toBeDefined()
    const list = await cloud.call('org.invites', { unitId: 'u-jkq-jixie' }, CHAIR_A)
    expect(list.ok && list.data.items.map((i) => i.code)).toEqual([invite.data.code])
  })

  test('another unit’s chair cannot revoke or see a code', async () => {
    const invite = await cloud.call('org.createInvite', { unitId: 'u-jkq-jixie', days: 7 }, CHAIR_A)
    const id = invite.ok ? invite.data.id : ''
    await cloud.call('org.grantRole', { userId: 'user-demo-worker-2', role: 'unit_chair', unitId: 'u-health-renmin' }, CITY)
    await unchanged(async () => {
      expect(await cloud.call('org.revokeInvite', { inviteId: id }, as('demo-worker-2'))).toMatchObject({ ok: false, error: { code: 'AUTH.OUT_OF_SCOPE' } })
      expect(await cloud.call('org.inviteQr', { inviteId: id }, as('demo-worker-2'))).toMatchObject({ ok: false, error: { code: 'AUTH.OUT_OF_SCOPE' } })
      expect(await cloud.call('org.revokeInvite', { inviteId: 'does-not-exist' }, CHAIR_A)).toMatchObject({ ok: false, error: { code: 'COMMON.NOT_FOUND' } })
    })
  })
})

describe('roles', () => {
  test('the city union grants and revokes; every change is recorded with who and when', async () => {
    const granted = await cloud.call('org.grantRole', { userId: 'user-demo-worker', role: 'unit_chair', unitId: 'u-jkq-jixie' }, CITY)
    expect(granted).toMatchObject({ ok: true, data: { realName: '张三', role: 'unit_chair', unit: { id: 'u-jkq-jixie' } } })
    // the new chair can act at once
    expect((await cloud.call('org.members', { unitId: 'u-jkq-jixie' }, WORKER_A)).ok).toBe(true)
    expect(await cloud.call('org.grantRole', { userId: 'user-demo-worker', role: 'unit_chair', unitId: 'u-jkq-jixie' }, CITY)).toMatchObject({
      ok: false,
      error: { code: 'ROLE.ALREADY_HELD' },
    })
    expect((await cloud.call('org.revokeRole', { userId: 'user-demo-worker', role: 'unit_chair', unitId: 'u-jkq-jixie' }, CITY)).ok).toBe(true)
    expect(await cloud.call('org.members', { unitId: 'u-jkq-jixie' }, WORKER_A)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    const history = await cloud.call('org.roleHistory', { unitId: 'u-jkq' }, AREA_A)
    expect(history.ok && history.data.items.map((e) => [e.action, e.role, e.userName, e.byName])).toEqual([
      ['revoke', 'unit_chair', '张三', '孙八'],
      ['grant', 'unit_chair', '张三', '孙八'],
    ])
    expect(history.ok && history.data.items.every((e) => e.at > 0)).toBe(true)
  })

  test('an area chair names unit chairs below them, and nothing else', async () => {
    expect((await cloud.call('org.grantRole', { userId: 'user-demo-worker', role: 'unit_chair', unitId: 'u-jkq-jixie' }, AREA_A)).ok).toBe(true)
    await unchanged(async () => {
      expect(await cloud.call('org.grantRole', { userId: 'user-demo-worker-2', role: 'unit_chair', unitId: 'u-health-renmin' }, AREA_A)).toMatchObject({
        ok: false,
        error: { code: 'AUTH.OUT_OF_SCOPE' },
      })
      expect(await cloud.call('org.grantRole', { userId: 'user-demo-area-chair', role: 'area_chair', unitId: 'u-jkq' }, AREA_A)).toMatchObject({
        ok: false,
        error: { code: 'ROLE.CANNOT_GRANT' },
      })
      expect(await cloud.call('org.grantRole', { userId: 'user-demo-worker', role: 'city_admin', unitId: 'u-city' }, AREA_A)).toMatchObject({
        ok: false,
        error: { code: 'AUTH.OUT_OF_SCOPE' },
      })
      expect(await cloud.call('org.grantRole', { userId: 'user-demo-worker', role: 'unit_chair', unitId: 'u-jkq-jixie' }, CHAIR_A)).toMatchObject({
        ok: false,
        error: { code: 'AUTH.FORBIDDEN' },
      })
    })
  })

  test('roles sit on the right kind of unit and go to members of it', async () => {
    await unchanged(async () => {
      expect(await cloud.call('org.grantRole', { userId: 'user-demo-worker', role: 'unit_chair', unitId: 'u-jkq' }, CITY)).toMatchObject({
        ok: false,
        error: { code: 'ROLE.BAD_UNIT' },
      })
      expect(await cloud.call('org.grantRole', { userId: 'user-demo-worker-2', role: 'unit_chair', unitId: 'u-jkq-jixie' }, CITY)).toMatchObject({
        ok: false,
        error: { code: 'ROLE.NOT_MEMBER' },
      })
      expect(await cloud.call('org.grantRole', { userId: 'no-such-user', role: 'judge', unitId: 'u-city' }, CITY)).toMatchObject({
        ok: false,
        error: { code: 'PEOPLE.NOT_FOUND' },
      })
      expect(await cloud.call('org.revokeRole', { userId: 'user-demo-worker', role: 'unit_chair', unitId: 'u-jkq-jixie' }, CITY)).toMatchObject({
        ok: false,
        error: { code: 'ROLE.NOT_HELD' },
      })
    })
    // a judge may come from any unit
    expect((await cloud.call('org.grantRole', { userId: 'user-demo-worker-2', role: 'judge', unitId: 'u-city' }, CITY)).ok).toBe(true)
  })

  test('the last city admin cannot be removed', async () => {
    await unchanged(async () =>
      expect(await cloud.call('org.revokeRole', { userId: 'user-demo-city-admin', role: 'city_admin', unitId: 'u-city' }, CITY)).toMatchObject({
        ok: false,
        error: { code: 'ROLE.LAST_CITY_ADMIN' },
      }),
    )
    // two admins revoking each other at once: one of them stays
    await cloud.call('people.saveProfile', { nickname: '周', realName: '周科员' }, as('second-admin'))
    const code = await cloud.call('org.createInvite', { unitId: 'u-city', days: 1 }, CITY)
    await cloud.call('people.joinByInvite', { code: code.ok ? code.data.code : '' }, as('second-admin'))
    const second = user('second-admin')
    expect((await cloud.call('org.grantRole', { userId: second._id, role: 'city_admin', unitId: 'u-city' }, CITY)).ok).toBe(true)
    const results = await Promise.all([
      cloud.call('org.revokeRole', { userId: 'user-demo-city-admin', role: 'city_admin', unitId: 'u-city' }, as('second-admin')),
      cloud.call('org.revokeRole', { userId: second._id, role: 'city_admin', unitId: 'u-city' }, CITY),
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(cloud.db.dump().users.filter((u) => (u.roles as Array<{ role: string }>).some((g) => g.role === 'city_admin'))).toHaveLength(1)
  })

  test('role holders of a unit and below', async () => {
    const res = await cloud.call('org.roleHolders', { unitId: 'u-jkq' }, AREA_A)
    expect(res.ok && res.data.items.map((h) => [h.realName, h.role, h.unit.id])).toEqual(
      expect.arrayContaining([
        ['赵六', 'area_chair', 'u-jkq'],
        ['王五', 'unit_chair', 'u-jkq-jixie'],
      ]),
    )
    expect(res.ok && res.data.items.some((h) => h.role === 'city_admin')).toBe(false)
  })
})

describe('campaign configuration', () => {
  test('the city union sets dates and goals; nobody else can', async () => {
    const start = Date.UTC(2027, 3, 20)
    const res = await cloud.call(
      'campaign.configure',
      {
        campaignId: 'mayday',
        title: '2027年庆“五一”系列活动',
        startAt: start,
        endAt: start + 15 * 86400000,
        summaryDueAt: start + 20 * 86400000,
        goals: { participants: 35000 },
      },
      CITY,
    )
    expect(res).toMatchObject({ ok: true, data: { title: '2027年庆“五一”系列活动', startAt: start } })
    expect(res.ok && res.data.targets.find((t) => t.key === 'participants')?.goal).toBe(35000)
    expect(res.ok && res.data.targets.find((t) => t.key === 'ideas')?.goal).toBe(1000)
    await unchanged(async () => {
      expect(
        await cloud.call(
          'campaign.configure',
          { campaignId: 'mayday', title: '改个名字', startAt: start, endAt: start + 1, summaryDueAt: start + 2, goals: {} },
          AREA_A,
        ),
      ).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
      expect(
        await cloud.call(
          'campaign.configure',
          { campaignId: 'mayday', title: '日期颠倒', startAt: start, endAt: start - 1, summaryDueAt: start + 2, goals: {} },
          CITY,
        ),
      ).toMatchObject({ ok: false, error: { code: 'CAMPAIGN.BAD_DATES' } })
    })
  })
})
