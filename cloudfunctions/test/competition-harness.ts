// The competition tests' world (cloudfunctions/src/domains/competition/competition*.test.ts): a fresh
// demo world on the local cloud before each test, the named people, valid fields and a published
// competition. `cloud` is a live binding: importers see the cloud once the first beforeEach made it.
import type { InputOf } from '../../types/actions/index'
import { DEMO_CAMPAIGN_ID, seedDemo } from '../local/seed/demo'
import { startTestCloud, type TestCloud } from '../local/testing'
import { fields, HOUR, type CreateInput } from './competition-fields'

// eslint-disable-next-line import/no-mutable-exports
export let cloud: TestCloud
export const as = (OPENID: string) => ({ OPENID })
export const CHAIR = as('demo-unit-chair') // 华中机械 u-jkq-jixie
export const AREA = as('demo-area-chair') // 经开区 u-jkq
export const CITY = as('demo-city-admin')
export { HOUR }

beforeEach(async () => {
  if (!cloud) cloud = await startTestCloud()
  await cloud.db.clear()
  await seedDemo(cloud.db)
})
afterAll(() => cloud.stop())

export const unchanged = async (fn: () => Promise<unknown>) => {
  const before = JSON.stringify(cloud.db.dump())
  await fn()
  expect(JSON.stringify(cloud.db.dump())).toBe(before)
}

export { fields, type CreateInput }

/** The same fields for competition.update (which addresses the competition, not the organising unit). */
export function updateOf(id: string, overrides: Partial<CreateInput> = {}): InputOf<'competition.update'> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { organizerUnitId, ...rest } = fields(overrides)
  return { competitionId: id, ...rest }
}

export async function published(overrides: Partial<CreateInput> = {}, who = AREA): Promise<string> {
  const made = await cloud.call('competition.create', fields(overrides), who)
  if (!made.ok) throw new Error(made.error.code)
  const pub = await cloud.call('competition.publish', { competitionId: made.data.id }, who)
  if (!pub.ok) throw new Error(pub.error.code)
  return made.data.id
}

/** A member of a unit with a completed profile, joined through a real invite. */
export async function member(openid: string, realName: string, unitId = 'u-jkq-jixie'): Promise<string> {
  await cloud.call('people.saveProfile', { nickname: realName, realName }, as(openid))
  const invite = await cloud.call('org.createInvite', { unitId, days: 1 }, CITY)
  const joined = await cloud.call('people.joinByInvite', { code: invite.ok ? invite.data.code : '' }, as(openid))
  if (!joined.ok) throw new Error(joined.error.code)
  return joined.data.id
}

export const comp = (id: string) =>
  cloud.db.dump().competitions.find((c) => c._id === id) as unknown as { counts: Record<string, number>; status: string; capacity: number }
export const campaignCounts = () => (cloud.db.dump().campaigns.find((c) => c._id === DEMO_CAMPAIGN_ID) as unknown as { counts: Record<string, number> }).counts
export const setDates = (id: string, set: Record<string, Date>) =>
  cloud.db.handle('database.modifyDocument', {
    collectionName: 'competitions',
    queryType: 'DOC',
    query: JSON.stringify({ _id: id }),
    data: JSON.stringify({ $set: Object.fromEntries(Object.entries(set).map(([k, v]) => [k, { $date: v.toISOString() }])) }),
    merge: true,
  })
