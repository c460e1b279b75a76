// Abuse of day one: guessing the setup code, racing to claim, and chair invitations used twice,
// after they expire or by the wrong person.
import { SETUP_ATTEMPTS_PER_ENV, SETUP_ATTEMPTS_PER_PERSON, SETUP_CODE_ENV } from '../../../../types/actions/setup'
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { ageAttemptBudgets, expireInvite } from '../../../test/setup-harness'
import { codeMatches } from './claim'

let cloud: TestCloud
const CODE = 'Zr8v-Qm3k-Tw6p-Hx2n'
const claim = (openid: string, code = CODE) =>
  cloud.call('org.claimSetup', { code, cityName: '江城市总工会', realName: '林晓', nickname: '林老师' }, { OPENID: openid })

beforeAll(async () => {
  cloud = await startTestCloud()
})
beforeEach(async () => {
  await cloud.db.clear()
  process.env[SETUP_CODE_ENV] = CODE
})
afterAll(async () => {
  delete process.env[SETUP_CODE_ENV]
  await cloud.stop()
})

test('codes are compared by digest, whatever their lengths', () => {
  expect(codeMatches(CODE, CODE)).toBe(true)
  expect(codeMatches(CODE.slice(0, -1), CODE)).toBe(false)
  expect(codeMatches(CODE + CODE, CODE)).toBe(false)
  expect(codeMatches('', CODE)).toBe(false)
})

test('guessing is cut off per person, then for the whole environment; the right code is refused too once cut off', async () => {
  for (let i = 0; i < SETUP_ATTEMPTS_PER_PERSON; i++)
    expect(await claim('guesser', `wrong-guess-${i}-xxxxxxxx`)).toMatchObject({ ok: false, error: { code: 'SETUP.BAD_CODE' } })
  expect(await claim('guesser')).toMatchObject({ ok: false, error: { code: 'SETUP.TOO_MANY_ATTEMPTS' } })
  expect(cloud.db.dump().units).toHaveLength(0)
  // Many people guessing together exhaust the environment's budget.
  let refused = 0
  for (let p = 0; p < SETUP_ATTEMPTS_PER_ENV; p++) {
    const res = await claim(`guesser-${p}`, 'another-wrong-guess-xx')
    if (!res.ok && res.error.code === 'SETUP.TOO_MANY_ATTEMPTS') refused++
  }
  expect(refused).toBe(SETUP_ATTEMPTS_PER_PERSON)
  expect(await claim('the-real-it-contact')).toMatchObject({ ok: false, error: { code: 'SETUP.TOO_MANY_ATTEMPTS' } })
  // An hour later the budgets are fresh.
  await ageAttemptBudgets()
  expect(await claim('the-real-it-contact')).toMatchObject({ ok: true })
})

test('ten claims at once with the right code: exactly one city union and one admin', async () => {
  const results = await Promise.all(Array.from({ length: 10 }, (_v, i) => claim(`racer-${i}`)))
  expect(results.filter((r) => r.ok)).toHaveLength(1)
  expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual(Array(9).fill('SETUP.ALREADY_DONE'))
  expect(cloud.db.dump().units).toHaveLength(1)
  expect(cloud.db.dump().users.filter((u) => (u.roles as unknown[]).length > 0)).toHaveLength(1)
})

test('an environment that already has a city union cannot be claimed', async () => {
  await seedDemo(cloud.db)
  expect(await claim('newcomer')).toMatchObject({ ok: false, error: { code: 'SETUP.ALREADY_DONE' } })
  expect(await cloud.call('org.setupStatus', {}, { OPENID: 'newcomer' })).toEqual({ ok: true, data: { needsSetup: false, codeConfigured: false } })
})

test('chair invitations: expired, replaced, used, mistyped, or for someone already in another unit', async () => {
  await seedDemo(cloud.db)
  const ADMIN = { OPENID: 'demo-city-admin' }
  const issued = await cloud.call('org.issueChairInvites', { days: 1 }, ADMIN)
  // every unit of the demo has a chair except these (the demo gives chairs to 华中机械 and 经开区 only)
  expect(issued.ok && issued.data.issued).toBe(cloud.db.dump().units.filter((u) => u.type !== 'city').length - 2)
  const invites = cloud.db.dump().chair_invites
  const someone = { OPENID: 'new-chair' }
  await cloud.call('people.saveProfile', { nickname: '新主席', realName: '钱多多' }, someone)
  // mistyped
  expect(await cloud.call('org.acceptChairInvite', { code: 'ZZZZZZZZ' }, someone)).toMatchObject({ ok: false, error: { code: 'INVITE.INVALID' } })
  // expired
  const first = invites[0]
  await expireInvite(String(first._id))
  const before = JSON.stringify(cloud.db.dump())
  expect(await cloud.call('org.acceptChairInvite', { code: String(first.code) }, someone)).toMatchObject({ ok: false, error: { code: 'INVITE.EXPIRED' } })
  expect(JSON.stringify({ ...cloud.db.dump(), setup_state: [] })).toBe(JSON.stringify({ ...JSON.parse(before), setup_state: [] }))
  // issuing again replaces the expired one: the old code stops working, a new one is live
  const again = await cloud.call('org.issueChairInvites', { days: 7 }, ADMIN)
  expect(again.ok && again.data.issued).toBe(1)
  expect(await cloud.call('org.acceptChairInvite', { code: String(first.code) }, someone)).toMatchObject({ ok: false, error: { code: 'INVITE.REVOKED' } })
  // a worker already in another unit cannot become a chair elsewhere (an invitation for a unit not theirs;
  // the dump's order is not the issuing order)
  const second = invites.find((i) => i._id !== first._id && i.unitId !== 'u-health-renmin')!
  expect(await cloud.call('org.acceptChairInvite', { code: String(second.code) }, { OPENID: 'demo-worker-2' })).toMatchObject({
    ok: false,
    error: { code: 'PEOPLE.ALREADY_IN_UNIT' },
  })
  // two people at once with the same code: one chair
  await cloud.call('people.saveProfile', { nickname: '另一位', realName: '孙小美' }, { OPENID: 'other-chair' })
  const race = await Promise.all([
    cloud.call('org.acceptChairInvite', { code: String(second.code) }, someone),
    cloud.call('org.acceptChairInvite', { code: String(second.code) }, { OPENID: 'other-chair' }),
  ])
  expect(race.filter((r) => r.ok)).toHaveLength(1)
  expect(race.filter((r) => !r.ok).map((r) => !r.ok && r.error.code)).toEqual([expect.stringMatching(/^INVITE.USED$|^COMMON.CONFLICT$/)])
  const chairs = cloud.db.dump().users.filter((u) => (u.roles as Array<{ unitId: string }>).some((g) => g.unitId === second.unitId))
  expect(chairs).toHaveLength(1)
  // and used: used
  expect(await cloud.call('org.acceptChairInvite', { code: String(second.code) }, { OPENID: 'other-chair' })).toMatchObject({
    ok: false,
    error: { code: 'INVITE.USED' },
  })
})
