// Bad input and abuse (issue 14): outside one's unit, over quota, the same person twice, quotas beyond
// the goal, objection floods, markup and flagged words, photos not one's own. Each refused with a code
// and nothing written.
import crypto from 'node:crypto'
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { HONOUR_LIMITS } from '../../../../types/entities/honours'
import {
  AREA,
  AREA_CHAIR,
  approved,
  as,
  CITY,
  code,
  DEEDS,
  ok,
  OTHER_WORKER,
  person,
  quotas,
  unchanged,
  UNIT,
  UNIT_CHAIR,
  WORKER_ID,
} from '../../../test/honours-harness'

let cloud: TestCloud

beforeEach(async () => {
  if (!cloud) cloud = await startTestCloud()
  await cloud.db.clear()
  await seedDemo(cloud.db)
})
afterAll(() => cloud.stop())

const refused = async (p: () => Promise<{ ok: boolean; error?: { code: string } }>, expected: string) =>
  unchanged(cloud, async () => expect(await code(p())).toBe(expected))

test('nominating outside one’s unit, or a member of another unit, is refused', async () => {
  await quotas(cloud, 5, 2)
  await refused(() => cloud.call('honours.saveNomination', person('外单位', { unitId: 'u-health-renmin' }), UNIT_CHAIR), 'AUTH.OUT_OF_SCOPE')
  await refused(() => cloud.call('honours.saveNomination', person('李四', { nomineeUserId: 'user-demo-worker-2' }), UNIT_CHAIR), 'HONOUR.NOMINEE_OTHER_UNIT')
  // an area chair does not nominate (only a grassroots union does)
  await refused(() => cloud.call('honours.saveNomination', person('赵六', { unitId: AREA }), AREA_CHAIR), 'AUTH.FORBIDDEN')
})

test('over quota (or without one) is refused; the quota holds under a burst of submissions', async () => {
  await refused(() => cloud.call('honours.saveNomination', person('吴一'), UNIT_CHAIR), 'HONOUR.OVER_QUOTA')
  await quotas(cloud, 5, 3)
  const names = ['吴一', '吴二', '吴三', '吴四', '吴五', '吴六']
  const results = await Promise.all(names.map((n) => code(cloud.call('honours.saveNomination', person(n), UNIT_CHAIR))))
  expect(results.filter((r) => r === 'ok')).toHaveLength(3)
  expect(results.filter((r) => r === 'HONOUR.OVER_QUOTA')).toHaveLength(3)
  expect((await ok(cloud.call('honours.nominations', { unitId: UNIT }, UNIT_CHAIR))).used).toBe(3)
  expect(cloud.db.dump().honour_nominations).toHaveLength(3)
  expect(cloud.db.dump().honour_nominee_keys).toHaveLength(3)
  await refused(() => cloud.call('honours.saveNomination', person('吴七'), UNIT_CHAIR), 'HONOUR.OVER_QUOTA')
})

test('the same person twice is refused, whether a member or not, even at the same moment', async () => {
  await quotas(cloud, 5, 5)
  await ok(cloud.call('honours.saveNomination', person('张三', { nomineeUserId: WORKER_ID }), UNIT_CHAIR))
  await refused(() => cloud.call('honours.saveNomination', person('张三', { nomineeUserId: WORKER_ID }), UNIT_CHAIR), 'HONOUR.ALREADY_NOMINATED')
  const twice = await Promise.all([0, 1, 2].map(() => code(cloud.call('honours.saveNomination', person('郑一'), UNIT_CHAIR))))
  expect(twice.sort()).toEqual(['HONOUR.ALREADY_NOMINATED', 'HONOUR.ALREADY_NOMINATED', 'ok'])
  expect((await ok(cloud.call('honours.nominations', { unitId: UNIT }, UNIT_CHAIR))).used).toBe(2)
})

test('quotas stay within the goal and the area union’s own, and never below what is used', async () => {
  await refused(
    () =>
      cloud.call(
        'honours.setQuotas',
        {
          rows: [
            { unitId: AREA, quota: 600 },
            { unitId: 'u-health', quota: 401 },
          ],
        },
        CITY,
      ),
    'HONOUR.QUOTA_OVER_GOAL',
  )
  await refused(() => cloud.call('honours.setQuotas', { rows: [{ unitId: UNIT, quota: 1 }] }, CITY), 'HONOUR.NOT_AREA_UNIT')
  expect(
    await code(
      cloud.call(
        'honours.setQuotas',
        {
          rows: [
            { unitId: AREA, quota: 5 },
            { unitId: AREA, quota: 6 },
          ],
        },
        CITY,
      ),
    ),
  ).toBe('COMMON.VALIDATION')
  await ok(
    cloud.call(
      'honours.setQuotas',
      {
        rows: [
          { unitId: AREA, quota: 600 },
          { unitId: 'u-health', quota: 400 },
        ],
      },
      CITY,
    ),
  )
  await refused(() => cloud.call('honours.setQuotas', { rows: [{ unitId: 'u-edu', quota: 1 }] }, CITY), 'HONOUR.QUOTA_OVER_GOAL')
  await ok(cloud.call('honours.setQuotas', { rows: [{ unitId: AREA, quota: 2 }] }, CITY))
  await refused(() => cloud.call('honours.splitQuota', { unitId: UNIT, quota: 3 }, AREA_CHAIR), 'HONOUR.QUOTA_OVER_AREA')
  await ok(cloud.call('honours.splitQuota', { unitId: UNIT, quota: 2 }, AREA_CHAIR))
  await refused(() => cloud.call('honours.splitQuota', { unitId: 'u-jkq-dianzi', quota: 1 }, AREA_CHAIR), 'HONOUR.QUOTA_OVER_AREA')
  await refused(() => cloud.call('honours.setQuotas', { rows: [{ unitId: AREA, quota: 1 }] }, CITY), 'HONOUR.QUOTA_BELOW_USED')
  await ok(cloud.call('honours.saveNomination', person('冯一'), UNIT_CHAIR))
  await refused(() => cloud.call('honours.splitQuota', { unitId: UNIT, quota: 0 }, AREA_CHAIR), 'HONOUR.QUOTA_BELOW_USED')
  // another area union's unit is out of scope
  await refused(() => cloud.call('honours.splitQuota', { unitId: 'u-health-renmin', quota: 1 }, AREA_CHAIR), 'AUTH.OUT_OF_SCOPE')
})

test('markup, flagged words, someone else’s photo, no consent: refused, nothing written', async () => {
  await quotas(cloud, 5, 5)
  expect(await code(cloud.call('honours.saveNomination', person('韩一', { deeds: DEEDS + '<script>alert(1)</script>' }), UNIT_CHAIR))).toBe('COMMON.VALIDATION')
  await refused(
    () => cloud.call('honours.saveNomination', person('韩一', { deeds: DEEDS + '想了解详情的请加微信，代开发票，保证省钱又省事。' }), UNIT_CHAIR),
    'CONTENT.REJECTED',
  )
  const other = await cloud.storage.putFromClient('honours/user-demo-worker/p.png', Buffer.from('x'))
  await refused(() => cloud.call('honours.saveNomination', person('韩一', { photo: other }), UNIT_CHAIR), 'HONOUR.PHOTO_NOT_YOURS')
  await refused(() => cloud.call('honours.saveNomination', person('韩一', { paperConsent: false }), UNIT_CHAIR), 'HONOUR.NO_CONSENT')
  expect(await code(cloud.call('honours.saveNomination', person('韩一', { category: '特等功臣' as never }), UNIT_CHAIR))).toBe('COMMON.VALIDATION')
})

test('the photo goes to the media check; a passed photo shows, a risky one is hidden', async () => {
  await quotas(cloud, 5, 5)
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEUlEQVR4AWM8AQQMQMDEAAUAMKYDJOk+9mYAAAAASUVORK5CYII=', 'base64')
  const photo = await cloud.storage.putFromClient('honours/user-demo-unit-chair/p.png', png)
  const n = await ok(cloud.call('honours.saveNomination', person('韩二', { photo }), UNIT_CHAIR))
  expect(n.photoCheck).toBe('pending')
  expect(cloud.db.dump().media_checks.filter((m) => m.kind === 'honour' && m.refId === n.id)).toHaveLength(1)
  await cloud.openapi.flushMediaChecks()
  const after = (await ok(cloud.call('honours.nominations', { unitId: UNIT }, UNIT_CHAIR))).items[0]
  expect(after).toMatchObject({ photoCheck: 'pass', photoUrl: expect.any(String) })
  // a picture WeChat judges risky is hidden
  const bad = Buffer.concat([png, Buffer.from('risky')])
  cloud.openapi.blockMediaHash(crypto.createHash('sha256').update(bad).digest('hex'))
  const badFile = await cloud.storage.putFromClient('honours/user-demo-unit-chair/bad.png', bad)
  const m = await ok(cloud.call('honours.saveNomination', person('韩三', { photo: badFile }), UNIT_CHAIR))
  await cloud.openapi.flushMediaChecks()
  expect((await ok(cloud.call('honours.nominations', { unitId: UNIT }, UNIT_CHAIR))).items.find((x) => x.id === m.id)).toMatchObject({
    photoCheck: 'risky',
    photoUrl: null,
  })
})

test('a returned nomination saved again without picking the photo keeps the photo that passed', async () => {
  await quotas(cloud, 5, 5)
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEUlEQVR4AWM8AQQMQMDEAAUAMKYDJOk+9mYAAAAASUVORK5CYII=', 'base64')
  const photo = await cloud.storage.putFromClient('honours/user-demo-unit-chair/keep.png', png)
  const n = await ok(cloud.call('honours.saveNomination', person('韩四', { photo }), UNIT_CHAIR))
  await cloud.openapi.flushMediaChecks()
  await ok(cloud.call('honours.decide', { nominationId: n.id, decision: 'return', reason: '请补充事迹材料' }, AREA_CHAIR))
  // the form cannot send the file id back (pages see only the photo's link): none sent means unchanged
  const again = await ok(cloud.call('honours.saveNomination', person('韩四', { nominationId: n.id, deeds: `${DEEDS}补充。` }), UNIT_CHAIR))
  expect(again).toMatchObject({ photoCheck: 'pass', photoUrl: expect.any(String) })
  expect(cloud.db.dump().media_checks.filter((m) => m.kind === 'honour' && m.refId === n.id)).toHaveLength(1)
})

test('objections: only while on the notice, markup refused, flagged words refused, a daily limit per person', async () => {
  const limit = HONOUR_LIMITS.objectionsPerDay
  await quotas(cloud, limit + 2, limit + 2)
  const ids: string[] = []
  for (let i = 0; i <= limit; i++) ids.push(await approved(cloud, `秦${'一二三四五六七八九十'[i]}`))
  const reason = '此人事迹材料与实际情况不符，请核实。'
  await refused(() => cloud.call('honours.object', { nominationId: ids[0], reason }, OTHER_WORKER), 'HONOUR.NOT_ON_NOTICE')
  await ok(cloud.call('honours.publishNotice', {}, CITY))
  expect(await code(cloud.call('honours.object', { nominationId: ids[0], reason: '<img src=x onerror=alert(1)>请核实情况' }, OTHER_WORKER))).toBe(
    'COMMON.VALIDATION',
  )
  await refused(() => cloud.call('honours.object', { nominationId: ids[0], reason: '想了解详情的请加微信，代开发票。' }, OTHER_WORKER), 'CONTENT.REJECTED')
  await refused(() => cloud.call('honours.object', { nominationId: ids[0], reason }, {}), 'AUTH.NO_IDENTITY')
  // the same objection sent three times at once lands once
  const burst = await Promise.all([0, 1, 2].map(() => code(cloud.call('honours.object', { nominationId: ids[0], reason }, OTHER_WORKER))))
  expect(burst.sort()).toEqual(['HONOUR.ALREADY_OBJECTED', 'HONOUR.ALREADY_OBJECTED', 'ok'])
  for (let i = 1; i < limit; i++) await ok(cloud.call('honours.object', { nominationId: ids[i], reason }, OTHER_WORKER))
  await refused(() => cloud.call('honours.object', { nominationId: ids[limit], reason }, OTHER_WORKER), 'HONOUR.TOO_MANY_OBJECTIONS')
  // someone else still may (the limit is per person)
  await ok(cloud.call('honours.object', { nominationId: ids[limit], reason }, as('demo-judge')))
  expect(cloud.db.dump().honour_objections).toHaveLength(limit + 1)
})
