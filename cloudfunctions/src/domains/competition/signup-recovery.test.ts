// A sign-up interrupted between its steps (signup.ts): what the next tap finds and finishes, through the
// real function entries on the local cloud.
import { DEMO_CAMPAIGN_ID, seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'

let cloud: TestCloud
const as = (OPENID: string) => ({ OPENID })
const AREA = as('demo-area-chair')
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
const comp = (id: string) => cloud.db.dump().competitions.find((c) => c._id === id) as unknown as { counts: Record<string, number> }
const campaignCounts = () => (cloud.db.dump().campaigns.find((c) => c._id === DEMO_CAMPAIGN_ID) as unknown as { counts: Record<string, number> }).counts

async function published(capacity: number): Promise<string> {
  const now = Date.now()
  const made = await cloud.call(
    'competition.create',
    {
      organizerUnitId: 'u-jkq',
      title: '数控车工技能比武',
      category: '技能比武',
      description: '经开区数控车工技能比武，现场实操，欢迎一线职工报名参加。',
      place: '经开区职工技能实训中心',
      signupStartAt: now - HOUR,
      signupEndAt: now + HOUR,
      eventStartAt: now + 2 * HOUR,
      eventEndAt: now + 5 * HOUR,
      capacity,
      mode: 'individual',
      eligibility: 'subtree',
      needsApproval: false,
    },
    AREA,
  )
  if (!made.ok) throw new Error(made.error.code)
  await cloud.call('competition.publish', { competitionId: made.data.id }, AREA)
  return made.data.id
}

describe('a sign-up interrupted after its key', () => {
  const intentKey = (id: string, createdAt: Date) => ({
    _id: `${id}:user-demo-worker`,
    competitionId: id,
    userId: 'user-demo-worker',
    signupId: 'half-made',
    intent: {
      _id: 'half-made',
      competitionId: id,
      userId: 'user-demo-worker',
      realName: '张三',
      unitId: 'u-jkq-jixie',
      unitPath: ['u-city', 'u-jkq', 'u-jkq-jixie'],
      teamName: '',
      members: [{ userId: 'user-demo-worker', realName: '张三' }],
      memberIds: ['user-demo-worker'],
      status: 'queued',
      seq: createdAt.getTime() * 1000,
      ticketCode: 'HHHHHH',
      createdAt,
      updatedAt: createdAt,
    },
  })

  test('an invocation stopped after claiming its key: the next tap writes the sign-up it was making, once', async () => {
    const id = await published(2)
    await cloud.db.insertMany('signup_keys', [intentKey(id, new Date(Date.now() - 60_000))])
    expect(await cloud.call('competition.detail', { competitionId: id }, as('demo-worker'))).toMatchObject({ ok: true, data: { mine: null } })
    const [a, b] = await Promise.all([
      cloud.call('competition.signup', { competitionId: id }, as('demo-worker')),
      cloud.call('competition.signup', { competitionId: id }, as('demo-worker')),
    ])
    expect(a).toMatchObject({ ok: true, data: { id: 'half-made', status: 'accepted', ticketCode: 'HHHHHH' } })
    expect(b).toMatchObject({ ok: true, data: { id: 'half-made', status: 'accepted' } })
    expect(cloud.db.dump().signups.map((s) => [s._id, s.status])).toEqual([['half-made', 'accepted']])
    // two taps finishing it at once: one place, whichever wrote the sign-up
    expect(comp(id).counts).toMatchObject({ taken: 1, accepted: 1 })
    expect(campaignCounts().participants).toBe(1)
    expect(await cloud.call('competition.detail', { competitionId: id }, as('demo-worker'))).toMatchObject({ ok: true, data: { mine: { status: 'accepted' } } })
  })

  test('a sign-up still being made by another invocation is answered as waiting, and nothing is written', async () => {
    const id = await published(2)
    await cloud.db.insertMany('signup_keys', [intentKey(id, new Date())])
    await unchanged(async () =>
      expect(await cloud.call('competition.signup', { competitionId: id }, as('demo-worker'))).toMatchObject({
        ok: true,
        data: { id: 'half-made', status: 'pending' },
      }),
    )
  })

  test('closed while a half-made sign-up waited: it does not stand, and its key is given back', async () => {
    const id = await published(2)
    await cloud.db.insertMany('signup_keys', [intentKey(id, new Date(Date.now() - 60_000))])
    await cloud.call('competition.closeSignup', { competitionId: id }, AREA)
    expect(await cloud.call('competition.signup', { competitionId: id }, as('demo-worker'))).toMatchObject({
      ok: false,
      error: { code: 'COMPETITION.SIGNUP_CLOSED' },
    })
    expect(comp(id).counts).toMatchObject({ taken: 0 })
  })
})
