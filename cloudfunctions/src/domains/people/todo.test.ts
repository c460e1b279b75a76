// people.todo through the real function entry on the local cloud: what waits for each member of staff,
// counted as their pages list it, moving as the work moves up the tree; only their own roles' parts.
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { AREA_CHAIR, as, CITY, UNIT_CHAIR, WORKER } from '../../../test/fixtures/personas'
import { reviewingWork } from '../../../test/fixtures/works'

let cloud: TestCloud
const JUDGE = as('demo-judge')
const JUDGE_2 = as('demo-worker-2') // 李四, made a judge below
const NEWCOMER = as('todo-newcomer')

beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemo(cloud.db)
})
afterAll(() => cloud.stop())

const ok = <T>(r: { ok: true; data: T } | { ok: false; error: { code: string } }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}`)
  return r.data
}
const todo = async (who: { OPENID: string }) => ok(await cloud.call('people.todo', {}, who))

test('each person gets the parts of their own roles, all zero on a quiet day; a worker gets none', async () => {
  expect(await todo(UNIT_CHAIR)).toEqual({ unit: 0, 'competition-manage': 0, 'works-review': 0, 'ideas-review': 0, 'reports-mine': 0 })
  expect(await todo(AREA_CHAIR)).toEqual({ unit: 0, 'competition-manage': 0, 'works-review': 0, 'ideas-review': 0 })
  expect(await todo(JUDGE)).toEqual({ 'ideas-judge': 0 })
  expect(await todo(CITY)).toEqual({ unit: 0, 'competition-manage': 0, 'works-review': 0, 'ideas-review': 0, 'works-select': 0, 'ideas-city': 0 })
  expect(await cloud.call('people.todo', {}, WORKER)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
  expect(await cloud.call('people.todo', { unitId: 'u-city' } as never, CITY)).toMatchObject({ ok: false, error: { code: 'COMMON.VALIDATION' } })
})

test('the counts follow the work: a join request, a sign-up to approve, a work and an idea moving up to the judges and the city', async () => {
  // someone asks to join 华中机械; 张三 submits a work and an idea there
  ok(await cloud.call('people.agreePrivacy', { version: '2025-04-01' }, NEWCOMER))
  ok(await cloud.call('people.saveProfile', { nickname: '小新', realName: '新职工' }, NEWCOMER))
  ok(await cloud.call('people.requestJoin', { unitId: 'u-jkq-jixie' }, NEWCOMER))
  const work = await reviewingWork(cloud)
  const idea = ok(
    await cloud.call(
      'ideas.submit',
      {
        type: '金点子',
        title: '车间照明改为分区感应灯',
        problem: '车间夜班时大片区域没人也整夜亮灯，浪费电。',
        proposal: '按工位分区安装人体感应开关，没人时自动关灯。',
        benefit: '每年节约电费约两万元。',
        savingsYuan: 20000,
      },
      WORKER,
    ),
  )
  // 经开区 runs a competition whose sign-ups need approval; 张三 signs up
  const now = Date.now()
  const day = 86_400_000
  const c = ok(
    await cloud.call(
      'competition.create',
      {
        organizerUnitId: 'u-jkq',
        title: '经开区安全知识竞赛',
        category: '劳动竞赛',
        description: '以安全生产法和岗位操作规程为内容的知识竞赛，报名经经开区工会审核。',
        place: '经开区职工服务中心',
        capacity: 20,
        mode: 'individual',
        eligibility: 'subtree',
        needsApproval: true,
        signupStartAt: now - day,
        signupEndAt: now + 5 * day,
        eventStartAt: now + 7 * day,
        eventEndAt: now + 7 * day + 3 * 3_600_000,
      },
      AREA_CHAIR,
    ),
  )
  ok(await cloud.call('competition.publish', { competitionId: c.id }, AREA_CHAIR))
  ok(await cloud.call('competition.signup', { competitionId: c.id }, WORKER))

  // the unit's chair: the request, the work and the idea; the competition is not theirs to run
  expect(await todo(UNIT_CHAIR)).toEqual({ unit: 1, 'competition-manage': 0, 'works-review': 1, 'ideas-review': 1, 'reports-mine': 0 })
  // 经开区: the request and the idea from below (its pages list the subtree), the sign-up; the work waits at the unit
  // …and says which competition the sign-up waits in
  expect(await todo(AREA_CHAIR)).toEqual({
    unit: 1,
    'competition-manage': 1,
    'works-review': 0,
    'ideas-review': 1,
    pendingCompetitions: [{ id: c.id, title: '经开区安全知识竞赛', pending: 1 }],
  })

  // the unit recommends the work: it now waits at 经开区, not at the unit
  ok(await cloud.call('works.recommend', { workId: work.id }, UNIT_CHAIR))
  expect((await todo(UNIT_CHAIR))['works-review']).toBe(0)
  expect((await todo(AREA_CHAIR))['works-review']).toBe(1)
  ok(await cloud.call('works.recommend', { workId: work.id }, AREA_CHAIR))
  expect(await todo(CITY)).toMatchObject({ 'works-select': 1, 'ideas-city': 0 })

  // the idea forwarded: the city has it to assign
  ok(await cloud.call('ideas.decide', { ideaId: idea.id, decision: 'forward' }, UNIT_CHAIR))
  expect(await todo(CITY)).toMatchObject({ 'ideas-review': 0, 'ideas-city': 1 })
  ok(await cloud.call('org.grantRole', { userId: 'user-demo-worker-2', role: 'judge', unitId: 'u-city' }, CITY))
  const panel = ok(await cloud.call('ideas.savePanel', { name: '第一评审组', judgeIds: ['user-demo-judge', 'user-demo-worker-2'] }, CITY))
  ok(await cloud.call('ideas.assign', { ideaIds: [idea.id], panelId: panel.id }, CITY))
  // assigned: the judges have it; the city waits for their scores
  expect(await todo(JUDGE)).toEqual({ 'ideas-judge': 1 })
  expect((await todo(CITY))['ideas-city']).toBe(0)
  const score = { ideaId: idea.id, innovation: 7, feasibility: 8, benefit: 7, comment: '投入小，见效快' }
  ok(await cloud.call('ideas.score', score, JUDGE))
  expect(await todo(JUDGE)).toEqual({ 'ideas-judge': 0 })
  expect((await todo(CITY))['ideas-city']).toBe(0)
  ok(await cloud.call('ideas.score', score, JUDGE_2))
  // scored by two: the city can conclude it
  expect((await todo(CITY))['ideas-city']).toBe(1)

  // decided: nothing left for the chairs
  const pending = ok(await cloud.call('competition.signups', { competitionId: c.id, status: 'pending' }, AREA_CHAIR)).items
  ok(await cloud.call('competition.decide', { competitionId: c.id, signupIds: pending.map((s) => s.id), approve: true }, AREA_CHAIR))
  const requests = ok(await cloud.call('org.joinRequests', { unitId: 'u-jkq-jixie' }, UNIT_CHAIR)).items
  ok(await cloud.call('org.decideJoin', { requestId: requests[0].id, approve: true }, UNIT_CHAIR))
  expect(await todo(AREA_CHAIR)).toEqual({ unit: 0, 'competition-manage': 0, 'works-review': 0, 'ideas-review': 0 })
})

test('round trips: one per count beside the caller’s record, whatever the collections hold', async () => {
  const chair = await cloud.measure('people.todo', {}, UNIT_CHAIR)
  // join requests, sign-ups, works, ideas, unanswered summary reminders
  expect(chair.counts.db).toBe(6)
  const city = await cloud.measure('people.todo', {}, CITY)
  expect(city.counts.db).toBe(8)
})
