// Every path that meets a unique key, under each way the cloud may answer a unique violation: MongoDB's
// E11000 (errCode -502001) and CloudBase's DATABASE_DUPLICATE_WRITE (errCode -501001 through
// wx-server-sdk 4.0.2, which lacks the code). The outcome must not depend on the shape: a repeat is
// answered with its own code (or counted once), never COMMON.INTERNAL, and nothing is written twice.
import type { InputOf } from '../../../types/actions/index'
import type { DuplicateKeyAnswer } from '../../local/engine/errors'
import { DEMO_CAMPAIGN_ID, seedDemo } from '../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../local/testing'
import { insertWithFreshCode } from '../domains/org/invites'
import type { InviteDoc } from '../domains/org/invites-repo'
import { atCity } from '../../test/fixtures/works'
import { db } from './cloud'
import { isDuplicateKey } from './errors'
import { recordParticipants } from './participation'

let cloud: TestCloud
const as = (OPENID: string) => ({ OPENID })
const WORKER = as('demo-worker')
const OTHER = as('demo-worker-2')
const CHAIR = as('demo-unit-chair')
const JUDGE = as('demo-judge')
const CITY = as('demo-city-admin')

beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(async () => {
  cloud.db.setDuplicateKeyAnswer('request_failed')
  await cloud.stop()
})

const ok = <T>(r: { ok: true; data: T } | { ok: false; error: { code: string } }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}`)
  return r.data
}
const codes = (rs: Array<{ ok: boolean; error?: { code: string } }>) => rs.map((r) => (r.ok ? 'ok' : r.error!.code)).sort()
const dump = () => cloud.db.dump()

describe.each<[string, DuplicateKeyAnswer, number]>([
  ['E11000 (-502001)', 'request_failed', -502001],
  ['DATABASE_DUPLICATE_WRITE (-501001)', 'duplicate_write', -501001],
])('a unique violation answered as %s', (_name, answer, errCode) => {
  beforeEach(async () => {
    cloud.db.setDuplicateKeyAnswer(answer)
    await cloud.db.clear()
    await seedDemo(cloud.db)
  })

  test('the engine answers it in that shape, and isDuplicateKey recognises it', async () => {
    const users = db().collection('users')
    const err = await users.add({ data: { _openid: 'demo-worker' } as never }).catch((e: unknown) => e)
    expect(err).toMatchObject({ errCode })
    expect(isDuplicateKey(err)).toBe(true)
  })

  test('participation: the same person counts once, one after another or all at once', async () => {
    const before = dump().campaigns.find((c) => c._id === DEMO_CAMPAIGN_ID) as unknown as { counts: { participants: number } }
    const person = { userId: 'someone-new', unitId: 'u-jkq-jixie', unitPath: ['u-city', 'u-jkq', 'u-jkq-jixie'] }
    expect(await recordParticipants(DEMO_CAMPAIGN_ID, [person], 'work', Date.now())).toBe(1)
    expect(await recordParticipants(DEMO_CAMPAIGN_ID, [person], 'idea', Date.now())).toBe(0)
    const other = { ...person, userId: 'another-new' }
    const fresh = await Promise.all(Array.from({ length: 4 }, () => recordParticipants(DEMO_CAMPAIGN_ID, [other], 'competition', Date.now())))
    expect(fresh.reduce((a, b) => a + b, 0)).toBe(1)
    const after = dump().campaigns.find((c) => c._id === DEMO_CAMPAIGN_ID) as unknown as { counts: { participants: number } }
    expect(after.counts.participants).toBe(before.counts.participants + 2)
    expect(dump().participants.filter((p) => p.userId === 'someone-new' || p.userId === 'another-new')).toHaveLength(2)
  })

  test('people: first calls from a new OPENID at once make one user, and every call answers it', async () => {
    const results = await Promise.all(Array.from({ length: 4 }, () => cloud.call('people.me', {}, as('brand-new-openid'))))
    expect(codes(results)).toEqual(['ok', 'ok', 'ok', 'ok'])
    expect(new Set(results.map((r) => ok(r).id)).size).toBe(1)
    expect(dump().users.filter((u) => u._openid === 'brand-new-openid')).toHaveLength(1)
  })

  test('units: a name taken among siblings, on create (also at once), rename and move', async () => {
    const created = await Promise.all(
      Array.from({ length: 3 }, () => cloud.call('org.createUnit', { parentId: 'u-jkq', name: '同名工会', type: 'grassroots' }, CITY)),
    )
    expect(codes(created)).toEqual(['ORG.NAME_TAKEN', 'ORG.NAME_TAKEN', 'ok'])
    const sibling = ok(await cloud.call('org.createUnit', { parentId: 'u-jkq', name: '另一个工会', type: 'grassroots' }, CITY))
    expect(await cloud.call('org.renameUnit', { unitId: sibling.id, name: '同名工会' }, CITY)).toMatchObject({ ok: false, error: { code: 'ORG.NAME_TAKEN' } })
    const elsewhere = ok(await cloud.call('org.createUnit', { parentId: 'u-edu', name: '同名工会', type: 'grassroots' }, CITY))
    expect(await cloud.call('org.moveUnit', { unitId: elsewhere.id, newParentId: 'u-jkq' }, CITY)).toMatchObject({
      ok: false,
      error: { code: 'ORG.NAME_TAKEN' },
    })
    expect(
      dump()
        .units.filter((u) => u.name === '同名工会')
        .map((u) => u.parentId)
        .sort(),
    ).toEqual(['u-edu', 'u-jkq'])
    expect(dump().units.find((u) => u._id === sibling.id)!.name).toBe('另一个工会')
  })

  test('invites: a code already taken is drawn again; five taken draws answer COMMON.BUSY', async () => {
    const make = (code: string): Omit<InviteDoc, '_id'> => ({
      code,
      unitId: 'u-jkq-jixie',
      unitPath: ['u-city', 'u-jkq', 'u-jkq-jixie'],
      createdBy: 'x',
      createdAt: new Date(),
      expiresAt: new Date(Date.now() + 86_400_000),
      uses: 0,
    })
    await insertWithFreshCode(() => 'TAKENAAA', make)
    const draws = ['TAKENAAA', 'TAKENAAA', 'FRESHBBB']
    const made = await insertWithFreshCode(() => draws.shift()!, make)
    expect(made.code).toBe('FRESHBBB')
    await expect(insertWithFreshCode(() => 'TAKENAAA', make)).rejects.toMatchObject({ code: 'COMMON.BUSY' })
    expect(dump().invites.filter((i) => i.code === 'TAKENAAA')).toHaveLength(1)
    // and the action itself still makes a code
    expect(ok(await cloud.call('org.createInvite', { unitId: 'u-jkq-jixie', days: 7 }, CHAIR)).code).toMatch(/^.{8}$/)
  })

  test('likes: a second like answers WORK.ALREADY_LIKED; three at once count once', async () => {
    const id = await atCity(cloud)
    ok(await cloud.call('works.select', { workId: id }, CITY))
    ok(await cloud.call('works.like', { workId: id }, OTHER))
    expect(await cloud.call('works.like', { workId: id }, OTHER)).toMatchObject({ ok: false, error: { code: 'WORK.ALREADY_LIKED' } })
    const racing = await Promise.all(Array.from({ length: 3 }, () => cloud.call('works.like', { workId: id }, CHAIR)))
    expect(codes(racing)).toEqual(['WORK.ALREADY_LIKED', 'WORK.ALREADY_LIKED', 'ok'])
    expect(dump().works.find((w) => w._id === id)!.likeCount).toBe(2)
    expect(dump().work_likes.filter((l) => l.workId === id)).toHaveLength(2)
  })

  test('judging: two taps at once leave one score; the other answers IDEA.ALREADY_SCORED', async () => {
    const idea: InputOf<'ideas.submit'> = {
      type: '金点子',
      title: '空压机余热回收给职工浴室供热水',
      problem: '车间空压机运行时散发大量热量，白白浪费。',
      proposal: '在空压机油路上加装板式换热器，把余热用来加热浴室用水。',
      benefit: '每年节约电费约八万元。',
      savingsYuan: 80000,
    }
    const ideaId = ok(await cloud.call('ideas.submit', idea, WORKER)).id
    ok(await cloud.call('ideas.decide', { ideaId, decision: 'forward' }, CHAIR))
    ok(await cloud.call('org.grantRole', { userId: 'user-demo-worker-2', role: 'judge', unitId: 'u-city' }, CITY))
    const panelId = ok(await cloud.call('ideas.savePanel', { name: '评审组', judgeIds: ['user-demo-judge', 'user-demo-worker-2'] }, CITY)).id
    ok(await cloud.call('ideas.assign', { ideaIds: [ideaId], panelId }, CITY))
    const score = (n: number) => cloud.call('ideas.score', { ideaId, innovation: n, feasibility: n, benefit: n, comment: '思路清楚，可以推广' }, JUDGE)
    const results = await Promise.all([score(8), score(2), score(5)])
    expect(codes(results)).toEqual(['IDEA.ALREADY_SCORED', 'IDEA.ALREADY_SCORED', 'ok'])
    expect(dump().idea_scores.filter((s) => s.ideaId === ideaId)).toHaveLength(1)
    expect((dump().ideas.find((i) => i._id === ideaId) as unknown as { score: { count: number } }).score.count).toBe(1)
  })
})
