// Golden ideas (R6) through the real function entries on the local cloud: submitting and drafts, unit
// review, panels and blind scoring, adoption and the showcase, the counts, pictures, and every refusal
// answering a code with nothing written.
import crypto from 'node:crypto'
import { PNG } from 'pngjs'
import type { InputOf } from '../../../../types/actions/index'
import { subscribeTemplates } from '../../../../types/subscribe-templates'
import { DEMO_CAMPAIGN_ID, seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { ideaDoc } from '../../../test/fixtures/ideas'
import { resetIndex } from './similarity/cache'
import { LABELLED } from './similarity/evaluate'
import type { IdeaDoc } from './repo'

let cloud: TestCloud
const as = (OPENID: string) => ({ OPENID })
const WORKER = as('demo-worker') // 张三, 华中机械 u-jkq-jixie
const WORKER_B = as('demo-worker-2') // 李四, 市人民医院 u-health-renmin
const CHAIR = as('demo-unit-chair') // 华中机械's chair
const AREA = as('demo-area-chair') // 经开区
const JUDGE = as('demo-judge')
const CITY = as('demo-city-admin')

beforeEach(async () => {
  if (!cloud) cloud = await startTestCloud()
  await cloud.db.clear()
  await seedDemo(cloud.db)
  resetIndex()
})
afterAll(() => cloud.stop())

const unchanged = async (fn: () => Promise<unknown>) => {
  const before = JSON.stringify(cloud.db.dump())
  await fn()
  expect(JSON.stringify(cloud.db.dump())).toBe(before)
}

type Submit = InputOf<'ideas.submit'>
const IDEA: Submit = {
  type: '金点子',
  title: '空压机余热回收给职工浴室供热水',
  problem: '车间空压机运行时散发大量热量，白白浪费，职工浴室却要用电烧热水。',
  proposal: '在空压机油路上加装板式换热器，把余热用来加热浴室用水，夏天多余的热量照常排掉。',
  benefit: '每年节约电费约八万元，冬天职工洗澡有热水。',
  savingsYuan: 80000,
}

const ok = <T>(r: { ok: true; data: T } | { ok: false; error: { code: string } }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}`)
  return r.data
}

const idea = (id: string) => cloud.db.dump().ideas.find((i) => i._id === id) as unknown as IdeaDoc
const campaign = () =>
  cloud.db.dump().campaigns.find((c) => c._id === DEMO_CAMPAIGN_ID) as unknown as { counts: Record<string, number>; stats: Record<string, number> }

async function submitted(overrides: Partial<Submit> = {}, who = WORKER): Promise<string> {
  return ok(await cloud.call('ideas.submit', { ...IDEA, ...overrides }, who)).id
}

async function forwarded(overrides: Partial<Submit> = {}, who = WORKER, chair = CHAIR): Promise<string> {
  const id = await submitted(overrides, who)
  ok(await cloud.call('ideas.decide', { ideaId: id, decision: 'forward' }, chair))
  return id
}

/** 李四 becomes the second judge; one panel of both. */
async function panelOfTwo(): Promise<string> {
  ok(await cloud.call('org.grantRole', { userId: 'user-demo-worker-2', role: 'judge', unitId: 'u-city' }, CITY))
  return ok(await cloud.call('ideas.savePanel', { name: '第一评审组', judgeIds: ['user-demo-judge', 'user-demo-worker-2'] }, CITY)).id
}

async function underReview(overrides: Partial<Submit> = {}): Promise<{ id: string; panelId: string }> {
  const panelId = await panelOfTwo()
  const id = await forwarded(overrides)
  expect(ok(await cloud.call('ideas.assign', { ideaIds: [id], panelId }, CITY))).toEqual({ assigned: 1, skipped: 0 })
  return { id, panelId }
}

const scoreInput = (ideaId: string, s: [number, number, number], comment = '思路清楚，可以推广') => ({
  ideaId,
  innovation: s[0],
  feasibility: s[1],
  benefit: s[2],
  comment,
})

/** A member of a unit with a completed profile, joined through a real invite. */
async function member(openid: string, realName: string, unitId = 'u-jkq-jixie'): Promise<string> {
  await cloud.call('people.saveProfile', { nickname: realName, realName }, as(openid))
  const invite = ok(await cloud.call('org.createInvite', { unitId, days: 1 }, CITY))
  return ok(await cloud.call('people.joinByInvite', { code: invite.code }, as(openid))).id
}

function png(seed: number): Buffer {
  const img = new PNG({ width: 4, height: 4 })
  img.data.fill(seed)
  return PNG.sync.write(img)
}

describe('submitting', () => {
  test('a worker submits an idea: the content check passes, it waits for the unit chair, "my ideas" lists it', async () => {
    const sent = ok(await cloud.call('ideas.submit', IDEA, WORKER))
    expect(sent).toMatchObject({ status: 'submitted', title: IDEA.title, savingsYuan: 80000, isAuthor: true, canEdit: false, author: { realName: '张三' } })
    const mine = ok(await cloud.call('ideas.mine', {}, WORKER))
    expect(mine.items.map((i) => [i.title, i.status])).toEqual([[IDEA.title, 'submitted']])
    // R10: the author takes part from the first submission; the idea itself counts once the unit forwards it
    expect(campaign().counts).toMatchObject({ participants: 1, ideas: 0 })
    const doc = idea(sent.id)
    expect(doc).toMatchObject({ _openid: 'demo-worker', authorIds: ['user-demo-worker'], unitPath: ['u-city', 'u-jkq', 'u-jkq-jixie'], rounds: 1 })
    expect(doc.sim?.terms.length).toBeGreaterThan(10)
  })

  test.each([
    ['an empty title', { title: '' }, 'COMMON.VALIDATION'],
    ['a title of spaces', { title: '    ' }, 'COMMON.VALIDATION'],
    ['an oversized proposal', { proposal: '很'.repeat(1001) }, 'COMMON.VALIDATION'],
    ['an oversized problem', { problem: '长'.repeat(501) }, 'COMMON.VALIDATION'],
    ['an unknown type', { type: '随便说说' as Submit['type'] }, 'COMMON.VALIDATION'],
    ['negative savings', { savingsYuan: -5 }, 'COMMON.VALIDATION'],
    ['seven pictures', { images: Array.from({ length: 7 }, (_x, i) => `cloud://local-env.bucket/ideas/user-demo-worker/${i}.png`) }, 'COMMON.VALIDATION'],
    ['a picture from someone else’s folder', { images: ['cloud://local-env.bucket/ideas/user-demo-worker-2/a.png'] }, 'COMMON.VALIDATION'],
    ['a picture never uploaded', { images: ['cloud://local-env.bucket/ideas/user-demo-worker/never.png'] }, 'COMMON.VALIDATION'],
    ['flagged words', { proposal: '想了解详情的请加微信，代开发票，保证省钱又省事。' }, 'CONTENT.REJECTED'],
    ['a co-author from another unit', { coAuthorIds: ['user-demo-worker-2'] }, 'IDEA.COAUTHOR_OTHER_UNIT'],
    ['a co-author who does not exist', { coAuthorIds: ['user-nobody'] }, 'IDEA.COAUTHOR_UNKNOWN'],
  ])('%s is refused and nothing is written', async (_name, overrides, code) => {
    await unchanged(async () => expect(await cloud.call('ideas.submit', { ...IDEA, ...overrides }, WORKER)).toMatchObject({ ok: false, error: { code } }))
  })

  test('unknown fields and forged identities are refused', async () => {
    await unchanged(async () => {
      expect(await cloud.raw('ideas', { action: 'ideas.submit', input: { ...IDEA, authorId: 'user-demo-chair' } }, WORKER)).toMatchObject({
        ok: false,
        error: { code: 'COMMON.VALIDATION' },
      })
      expect(await cloud.raw('ideas', { action: 'ideas.submit', input: IDEA, openid: 'demo-judge' }, WORKER)).toMatchObject({
        ok: false,
        error: { code: 'COMMON.BAD_REQUEST' },
      })
      // no profile and no unit yet: the first submission needs them
      expect(await cloud.call('ideas.submit', IDEA, as('someone-new'))).toMatchObject({ ok: false, error: { code: 'AUTH.PROFILE_REQUIRED' } })
    })
  })

  test('co-authors from the same unit: found by exact name, credited, and they see the idea as theirs', async () => {
    const coId = await member('co-1', '王小二')
    expect(ok(await cloud.call('ideas.findCoAuthor', { realName: '王小二' }, WORKER)).items).toEqual([{ userId: coId, realName: '王小二', job: '' }])
    // someone in another unit is not found, whatever their name
    await member('co-2', '赵小三', 'u-health-renmin')
    expect(ok(await cloud.call('ideas.findCoAuthor', { realName: '赵小三' }, WORKER)).items).toEqual([])
    const id = await submitted({ coAuthorIds: [coId] })
    expect(campaign().counts.participants).toBe(2)
    const theirs = ok(await cloud.call('ideas.mine', {}, as('co-1')))
    expect(theirs.items).toMatchObject([{ id, isAuthor: false }])
    expect(ok(await cloud.call('ideas.myDetail', { ideaId: id }, as('co-1')))).toMatchObject({ canEdit: false, coAuthors: [{ realName: '王小二' }] })
    // a co-author cannot submit it as theirs
    expect(await cloud.call('ideas.submit', { ...IDEA, ideaId: id }, as('co-1'))).toMatchObject({ ok: false, error: { code: 'IDEA.NOT_FOUND' } })
  })

  test('someone else’s idea is "not found" to a worker', async () => {
    const id = await submitted()
    expect(await cloud.call('ideas.myDetail', { ideaId: id }, WORKER_B)).toMatchObject({ ok: false, error: { code: 'IDEA.NOT_FOUND' } })
  })
})

describe('drafts', () => {
  test('a draft is the author’s alone, survives, is edited, then submitted; an empty one is refused', async () => {
    await unchanged(async () =>
      expect(await cloud.call('ideas.saveDraft', { title: '', problem: '  ' }, WORKER)).toMatchObject({ ok: false, error: { code: 'IDEA.EMPTY_DRAFT' } }),
    )
    const draft = ok(await cloud.call('ideas.saveDraft', { title: '空压机余热', problem: '还没想好' }, WORKER))
    expect(draft).toMatchObject({ status: 'draft', canEdit: true })
    // no content check yet, not seen by the chair, not counted
    expect(ok(await cloud.call('ideas.reviewQueue', { unitId: 'u-jkq-jixie' }, CHAIR)).items).toEqual([])
    expect(await cloud.call('ideas.reviewDetail', { ideaId: draft.id }, CHAIR)).toMatchObject({ ok: false, error: { code: 'IDEA.NOT_FOUND' } })
    expect(campaign().counts.participants).toBe(0)
    ok(await cloud.call('ideas.saveDraft', { ideaId: draft.id, title: '空压机余热回收', problem: '热量浪费' }, WORKER))
    expect(ok(await cloud.call('ideas.myDetail', { ideaId: draft.id }, WORKER))).toMatchObject({ title: '空压机余热回收', problem: '热量浪费' })
    const sent = ok(await cloud.call('ideas.submit', { ...IDEA, ideaId: draft.id }, WORKER))
    expect(sent).toMatchObject({ id: draft.id, status: 'submitted' })
    expect(cloud.db.dump().ideas).toHaveLength(1)
    // a submitted idea is no longer a draft
    expect(await cloud.call('ideas.saveDraft', { ideaId: draft.id, title: '改一下' }, WORKER)).toMatchObject({ ok: false, error: { code: 'IDEA.BAD_STATE' } })
    expect(await cloud.call('ideas.discardDraft', { ideaId: draft.id }, WORKER)).toMatchObject({ ok: false, error: { code: 'IDEA.NOT_FOUND' } })
  })

  test('a draft can be thrown away, only by its author', async () => {
    const draft = ok(await cloud.call('ideas.saveDraft', { title: '想法' }, WORKER))
    await unchanged(async () =>
      expect(await cloud.call('ideas.discardDraft', { ideaId: draft.id }, CHAIR)).toMatchObject({ ok: false, error: { code: 'IDEA.NOT_FOUND' } }),
    )
    expect(ok(await cloud.call('ideas.discardDraft', { ideaId: draft.id }, WORKER))).toEqual({ discarded: true })
    expect(cloud.db.dump().ideas).toEqual([])
  })
})

describe('unit review', () => {
  test('the chair forwards it: counted toward the 1,000 once, whatever happens next', async () => {
    const id = await submitted()
    const queue = ok(await cloud.call('ideas.reviewQueue', { unitId: 'u-jkq-jixie' }, CHAIR))
    expect(queue.items).toMatchObject([{ id, author: { realName: '张三' }, unitName: '华中机械制造有限公司工会', rounds: 1 }])
    const detail = ok(await cloud.call('ideas.reviewDetail', { ideaId: id }, CHAIR))
    expect(detail).toMatchObject({ canDecide: true, author: { realName: '张三', job: '数控车工' }, unit: { name: '华中机械制造有限公司工会' } })
    const [a, b] = await Promise.all([
      cloud.call('ideas.decide', { ideaId: id, decision: 'forward' }, CHAIR),
      cloud.call('ideas.decide', { ideaId: id, decision: 'forward' }, AREA),
    ])
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1)
    expect([a, b].find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'IDEA.BAD_STATE' } })
    expect(idea(id).status).toBe('forwarded')
    expect(campaign().counts.ideas).toBe(1)
    expect(ok(await cloud.call('campaign.home', {})).targets.find((t) => t.key === 'ideas')).toMatchObject({ count: 1, goal: 1000 })
    await unchanged(async () =>
      expect(await cloud.call('ideas.decide', { ideaId: id, decision: 'reject', reason: '重复' }, CHAIR)).toMatchObject({
        ok: false,
        error: { code: 'IDEA.BAD_STATE' },
      }),
    )
    expect(ok(await cloud.call('ideas.mine', {}, WORKER)).items[0].status).toBe('forwarded')
  })

  test('returned with a reason; resubmitting it unchanged is refused; revised, it comes back as round 2', async () => {
    const id = await submitted()
    await unchanged(async () =>
      expect(await cloud.call('ideas.decide', { ideaId: id, decision: 'return' }, CHAIR)).toMatchObject({
        ok: false,
        error: { code: 'COMMON.VALIDATION', issues: [{ path: 'reason' }] },
      }),
    )
    ok(await cloud.call('ideas.decide', { ideaId: id, decision: 'return', reason: '请补充预计节约的金额怎么算' }, CHAIR))
    expect(ok(await cloud.call('ideas.myDetail', { ideaId: id }, WORKER))).toMatchObject({
      status: 'returned',
      reason: '请补充预计节约的金额怎么算',
      canEdit: true,
    })
    await unchanged(async () =>
      expect(await cloud.call('ideas.submit', { ...IDEA, ideaId: id }, WORKER)).toMatchObject({ ok: false, error: { code: 'IDEA.UNCHANGED' } }),
    )
    const again = ok(await cloud.call('ideas.submit', { ...IDEA, ideaId: id, benefit: '按每天烧水 40 度电计算，每年节约电费约八万元。' }, WORKER))
    expect(again).toMatchObject({ status: 'submitted', reason: '' })
    expect(ok(await cloud.call('ideas.reviewQueue', { unitId: 'u-jkq-jixie' }, CHAIR)).items[0]).toMatchObject({ id, rounds: 2 })
    // participation counted at the first submission only
    expect(campaign().counts.participants).toBe(1)
  })

  test('rejected as a duplicate of an idea the chair can see; the author reads which one', async () => {
    const first = await forwarded()
    const second = await submitted({ title: '利用空压机散热加热洗澡水' })
    await unchanged(async () => {
      expect(await cloud.call('ideas.decide', { ideaId: second, decision: 'reject', reason: '重复', duplicateOf: second }, CHAIR)).toMatchObject({
        ok: false,
        error: { code: 'IDEA.DUPLICATE_TARGET' },
      })
      expect(await cloud.call('ideas.decide', { ideaId: second, decision: 'reject', reason: '重复', duplicateOf: 'no-such-idea' }, CHAIR)).toMatchObject({
        ok: false,
        error: { code: 'IDEA.DUPLICATE_TARGET' },
      })
      expect(await cloud.call('ideas.decide', { ideaId: second, decision: 'forward', duplicateOf: first }, CHAIR)).toMatchObject({
        ok: false,
        error: { code: 'COMMON.VALIDATION' },
      })
    })
    ok(await cloud.call('ideas.decide', { ideaId: second, decision: 'reject', reason: '与已转送的建议重复', duplicateOf: first }, CHAIR))
    expect(ok(await cloud.call('ideas.myDetail', { ideaId: second }, WORKER))).toMatchObject({
      status: 'rejected',
      duplicateOf: { id: first, title: IDEA.title },
      canEdit: false,
    })
    expect(await cloud.call('ideas.submit', { ...IDEA, ideaId: second, title: '再交一次' }, WORKER)).toMatchObject({
      ok: false,
      error: { code: 'IDEA.BAD_STATE' },
    })
  })

  test('a chair acts only within their scope, and never on an idea they helped write', async () => {
    const other = await submitted({}, WORKER_B)
    await unchanged(async () => {
      expect(await cloud.call('ideas.decide', { ideaId: other, decision: 'forward' }, CHAIR)).toMatchObject({ ok: false, error: { code: 'AUTH.OUT_OF_SCOPE' } })
      expect(await cloud.call('ideas.reviewDetail', { ideaId: other }, AREA)).toMatchObject({ ok: false, error: { code: 'AUTH.OUT_OF_SCOPE' } })
      expect(await cloud.call('ideas.reviewQueue', { unitId: 'u-health-renmin' }, CHAIR)).toMatchObject({ ok: false, error: { code: 'AUTH.OUT_OF_SCOPE' } })
      expect(await cloud.call('ideas.decide', { ideaId: other, decision: 'forward' }, WORKER)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    })
    const own = await submitted({ title: '工会活动室改造建议书' }, CHAIR)
    await unchanged(async () =>
      expect(await cloud.call('ideas.decide', { ideaId: own, decision: 'forward' }, CHAIR)).toMatchObject({ ok: false, error: { code: 'IDEA.OWN_IDEA' } }),
    )
    expect(ok(await cloud.call('ideas.reviewDetail', { ideaId: own }, CHAIR)).canDecide).toBe(false)
    // the union above decides it instead
    expect((await cloud.call('ideas.decide', { ideaId: own, decision: 'forward' }, AREA)).ok).toBe(true)
  })
})

describe('panels and assignment', () => {
  test('panels are made of judges, two at least; ideas are spread over the panels in turn', async () => {
    await unchanged(async () => {
      expect(await cloud.call('ideas.assign', { ideaIds: ['x'] }, CITY)).toMatchObject({ ok: false, error: { code: 'IDEA.NO_PANEL' } })
      expect(await cloud.call('ideas.savePanel', { name: '一个人', judgeIds: ['user-demo-judge'] }, CITY)).toMatchObject({
        ok: false,
        error: { code: 'IDEA.PANEL_TOO_SMALL' },
      })
      expect(await cloud.call('ideas.savePanel', { name: '混进来的', judgeIds: ['user-demo-judge', 'user-demo-worker'] }, CITY)).toMatchObject({
        ok: false,
        error: { code: 'IDEA.NOT_JUDGE' },
      })
      expect(await cloud.call('ideas.savePanel', { name: '评审组', judgeIds: ['user-demo-judge', 'user-demo-worker'] }, JUDGE)).toMatchObject({
        ok: false,
        error: { code: 'AUTH.FORBIDDEN' },
      })
    })
    const first = await panelOfTwo()
    ok(await cloud.call('org.grantRole', { userId: 'user-demo-unit-chair', role: 'judge', unitId: 'u-city' }, CITY))
    ok(await cloud.call('org.grantRole', { userId: 'user-demo-area-chair', role: 'judge', unitId: 'u-city' }, CITY))
    const second = ok(await cloud.call('ideas.savePanel', { name: '第二评审组', judgeIds: ['user-demo-unit-chair', 'user-demo-area-chair'] }, CITY)).id
    expect(
      ok(await cloud.call('ideas.judges', {}, CITY))
        .items.map((j) => j.realName)
        .sort(),
    ).toEqual(['李四', '王五', '赵六', '钱七'].sort())
    const ids: string[] = []
    for (let i = 0; i < 5; i++) ids.push(await forwarded({ title: `第${i + 1}条合理化建议：仓库照明分区` }, WORKER_B, CITY))
    expect(ok(await cloud.call('ideas.assign', { ideaIds: ids }, CITY))).toEqual({ assigned: 5, skipped: 0 })
    const panels = ok(await cloud.call('ideas.panels', {}, CITY)).items
    expect(panels.map((p) => [p.id, p.reviewing])).toEqual([
      [first, 3],
      [second, 2],
    ])
    // spreading again moves nothing that is already with a panel
    expect(ok(await cloud.call('ideas.assign', { ideaIds: ids }, CITY))).toEqual({ assigned: 0, skipped: 5 })
    // a named panel may take one over
    expect(ok(await cloud.call('ideas.assign', { ideaIds: [ids[0]], panelId: second }, CITY))).toEqual({ assigned: 1, skipped: 0 })
    expect(ok(await cloud.call('ideas.cityQueue', { status: 'reviewing', panelId: second }, CITY)).items).toHaveLength(3)
  })
})

describe('scoring', () => {
  test('two judges score blind; the idea’s score is the mean of weighted totals, spread max − min', async () => {
    const { id } = await underReview()
    expect(ok(await cloud.call('ideas.judgeQueue', {}, JUDGE)).items.map((i) => i.id)).toEqual([id])
    // 创新性×4 + 可行性×3 + 效益×3: 8·4 + 7·3 + 9·3 = 80; 5·4 + 6·3 + 5·3 = 53
    const mine = ok(await cloud.call('ideas.score', scoreInput(id, [8, 7, 9]), JUDGE))
    expect(mine).toMatchObject({ mine: { total: 80 }, panel: { count: 1, mean: 80, spread: 0, otherTotals: [] } })
    const before = ok(await cloud.call('ideas.judgeDetail', { ideaId: id }, WORKER_B))
    expect(before).toMatchObject({ mine: null, panel: null })
    const theirs = ok(await cloud.call('ideas.score', scoreInput(id, [5, 6, 5], '效益一般'), WORKER_B))
    expect(theirs).toMatchObject({ mine: { total: 53 }, panel: { count: 2, mean: 66.5, spread: 27, otherTotals: [80] } })
    expect(idea(id).score).toEqual({ count: 2, sum: 133, min: 53, max: 80, mean: 66.5 })
    expect(ok(await cloud.call('ideas.judgeQueue', {}, JUDGE)).items).toEqual([])
    expect(ok(await cloud.call('ideas.judgeQueue', { filter: 'done' }, JUDGE)).items).toMatchObject([{ id, myTotal: 80 }])
    const city = ok(await cloud.call('ideas.cityDetail', { ideaId: id }, CITY))
    expect(city.score).toEqual({ count: 2, mean: 66.5, spread: 27 })
    expect(city.scores.map((s) => [s.judge.realName, s.total, s.comment])).toEqual([
      ['钱七', 80, '思路清楚，可以推广'],
      ['李四', 53, '效益一般'],
    ])
  })

  test.each([
    ['a criterion above 10', [11, 5, 5]],
    ['a criterion below 0', [-1, 5, 5]],
    ['half points', [7.5, 5, 5]],
  ])('a score outside the rubric (%s) is refused, nothing written', async (_n, s) => {
    const { id } = await underReview()
    await unchanged(async () =>
      expect(await cloud.call('ideas.score', scoreInput(id, s as [number, number, number]), JUDGE)).toMatchObject({
        ok: false,
        error: { code: 'COMMON.VALIDATION' },
      }),
    )
    await unchanged(async () =>
      expect(await cloud.call('ideas.score', { ...scoreInput(id, [5, 5, 5]), comment: '' }, JUDGE)).toMatchObject({
        ok: false,
        error: { code: 'COMMON.VALIDATION' },
      }),
    )
  })

  test('scoring twice — one after the other, or two taps at once — leaves one score', async () => {
    const { id } = await underReview()
    const [a, b] = await Promise.all([cloud.call('ideas.score', scoreInput(id, [8, 8, 8]), JUDGE), cloud.call('ideas.score', scoreInput(id, [2, 2, 2]), JUDGE)])
    expect([a, b].filter((r) => r.ok)).toHaveLength(1)
    expect([a, b].find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: 'IDEA.ALREADY_SCORED' } })
    await unchanged(async () =>
      expect(await cloud.call('ideas.score', scoreInput(id, [1, 1, 1]), JUDGE)).toMatchObject({ ok: false, error: { code: 'IDEA.ALREADY_SCORED' } }),
    )
    expect(cloud.db.dump().idea_scores).toHaveLength(1)
    expect(idea(id).score.count).toBe(1)
  })

  test('a judge not on the idea’s panel, or one who wrote it, cannot see or score it', async () => {
    const { id, panelId } = await underReview()
    ok(await cloud.call('org.grantRole', { userId: 'user-demo-unit-chair', role: 'judge', unitId: 'u-city' }, CITY))
    const outsider = CHAIR
    await unchanged(async () => {
      expect(await cloud.call('ideas.score', scoreInput(id, [5, 5, 5]), outsider)).toMatchObject({ ok: false, error: { code: 'IDEA.NOT_ASSIGNED' } })
      expect(await cloud.call('ideas.judgeDetail', { ideaId: id }, outsider)).toMatchObject({ ok: false, error: { code: 'IDEA.NOT_ASSIGNED' } })
      expect(await cloud.call('ideas.score', scoreInput('no-such-idea', [5, 5, 5]), JUDGE)).toMatchObject({ ok: false, error: { code: 'IDEA.NOT_ASSIGNED' } })
      expect(await cloud.call('ideas.score', scoreInput(id, [5, 5, 5]), WORKER)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
    })
    expect(ok(await cloud.call('ideas.judgeQueue', {}, outsider)).items).toEqual([])
    // a judge's own idea, assigned to their panel, never reaches them
    const judgesOwn = await forwarded({ title: '变电站巡检路线优化方案' }, WORKER_B, CITY)
    ok(await cloud.call('ideas.assign', { ideaIds: [judgesOwn], panelId }, CITY))
    expect(ok(await cloud.call('ideas.judgeQueue', {}, WORKER_B)).items.map((i) => i.id)).toEqual([id])
    await unchanged(async () =>
      expect(await cloud.call('ideas.score', scoreInput(judgesOwn, [10, 10, 10]), WORKER_B)).toMatchObject({ ok: false, error: { code: 'IDEA.NOT_ASSIGNED' } }),
    )
    // an idea not yet assigned is nobody's to score
    const waiting = await forwarded({ title: '食堂推行小份菜减少浪费' })
    await unchanged(async () =>
      expect(await cloud.call('ideas.score', scoreInput(waiting, [5, 5, 5]), JUDGE)).toMatchObject({ ok: false, error: { code: 'IDEA.NOT_ASSIGNED' } }),
    )
  })
})

describe('adoption and the showcase', () => {
  test('adopted after two scores with an award, counted once, shown publicly with author and unit', async () => {
    const { id } = await underReview()
    expect(await cloud.call('ideas.showcaseDetail', { ideaId: id })).toMatchObject({ ok: false, error: { code: 'IDEA.NOT_FOUND' } })
    ok(await cloud.call('ideas.score', scoreInput(id, [9, 8, 9]), JUDGE))
    await unchanged(async () =>
      expect(await cloud.call('ideas.adopt', { ideaId: id, award: '一等奖' }, CITY)).toMatchObject({ ok: false, error: { code: 'IDEA.TOO_FEW_SCORES' } }),
    )
    ok(await cloud.call('ideas.score', scoreInput(id, [8, 8, 9]), WORKER_B))
    await unchanged(async () =>
      expect(await cloud.call('ideas.adopt', { ideaId: id, award: '一等奖' }, JUDGE)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } }),
    )
    expect(ok(await cloud.call('ideas.adopt', { ideaId: id, award: '二等奖' }, CITY))).toMatchObject({ status: 'adopted', award: '二等奖' })
    expect(campaign().stats.ideasAdopted).toBe(1)
    // the award can change; the count does not
    expect(ok(await cloud.call('ideas.adopt', { ideaId: id, award: '一等奖' }, CITY))).toMatchObject({ award: '一等奖' })
    expect(ok(await cloud.call('ideas.setImplemented', { ideaId: id, implemented: true }, CITY))).toMatchObject({ implemented: true })
    expect(campaign().stats.ideasAdopted).toBe(1)
    expect(ok(await cloud.call('campaign.home', {})).stats.ideasAdopted).toBe(1)
    const list = ok(await cloud.call('ideas.showcase', {}))
    expect(list.items).toMatchObject([{ id, title: IDEA.title, authorName: '张三', unitName: '华中机械制造有限公司工会', award: '一等奖', implemented: true }])
    expect(ok(await cloud.call('ideas.showcase', { award: '二等奖' })).items).toEqual([])
    expect(ok(await cloud.call('ideas.showcase', { type: '金点子' })).items).toHaveLength(1)
    const page = ok(await cloud.call('ideas.showcaseDetail', { ideaId: id }))
    expect(page).toMatchObject({ proposal: IDEA.proposal, benefit: IDEA.benefit, savingsYuan: 80000 })
    // the public page carries no ids of people or units and no scores
    const text = JSON.stringify(page)
    for (const hidden of ['user-demo-worker', 'demo-worker', 'u-jkq', 'score', 'comment']) expect(text).not.toContain(hidden)
    expect(ok(await cloud.call('ideas.mine', {}, WORKER)).items[0]).toMatchObject({ status: 'adopted', award: '一等奖' })
  })

  test('declined with a reason; set-implemented only on adopted ideas', async () => {
    const { id } = await underReview()
    await unchanged(async () =>
      expect(await cloud.call('ideas.setImplemented', { ideaId: id, implemented: true }, CITY)).toMatchObject({ ok: false, error: { code: 'IDEA.BAD_STATE' } }),
    )
    ok(await cloud.call('ideas.decline', { ideaId: id, reason: '现有设备条件暂不具备' }, CITY))
    expect(ok(await cloud.call('ideas.myDetail', { ideaId: id }, WORKER))).toMatchObject({ status: 'declined', reason: '现有设备条件暂不具备' })
    await unchanged(async () =>
      expect(await cloud.call('ideas.adopt', { ideaId: id, award: null }, CITY)).toMatchObject({ ok: false, error: { code: 'IDEA.BAD_STATE' } }),
    )
    expect(await cloud.call('ideas.showcaseDetail', { ideaId: id })).toMatchObject({ ok: false, error: { code: 'IDEA.NOT_FOUND' } })
  })

  test('a duplicate under evaluation is merged into the idea it repeats and leaves the judges’ queues', async () => {
    const { id, panelId } = await underReview()
    const dup = await forwarded({ title: '利用空压机散热加热洗澡水' })
    ok(await cloud.call('ideas.assign', { ideaIds: [dup], panelId }, CITY))
    expect(ok(await cloud.call('ideas.judgeQueue', {}, JUDGE)).items).toHaveLength(2)
    // the city's view of the duplicate points at the original
    expect(ok(await cloud.call('ideas.cityDetail', { ideaId: dup }, CITY)).similar[0]).toMatchObject({ id })
    await unchanged(async () =>
      expect(await cloud.call('ideas.merge', { ideaId: dup, intoId: dup }, CITY)).toMatchObject({ ok: false, error: { code: 'IDEA.DUPLICATE_TARGET' } }),
    )
    expect(ok(await cloud.call('ideas.merge', { ideaId: dup, intoId: id }, CITY))).toMatchObject({ status: 'merged', duplicateOf: { id } })
    expect(ok(await cloud.call('ideas.judgeQueue', {}, JUDGE)).items.map((i) => i.id)).toEqual([id])
    expect(ok(await cloud.call('ideas.cityDetail', { ideaId: id }, CITY)).mergedFrom).toEqual([{ id: dup, title: '利用空压机散热加热洗澡水' }])
    expect(await cloud.call('ideas.score', scoreInput(dup, [5, 5, 5]), JUDGE)).toMatchObject({ ok: false, error: { code: 'IDEA.NOT_ASSIGNED' } })
  })
})

describe('the author is told', () => {
  const TEMPLATE = subscribeTemplates.ideaReviewResult.id
  const grant = () => cloud.openapi.recordSubscription('demo-worker', TEMPLATE)
  const sentSince = async (n: number) => (await cloud.openapi.outbox()).slice(n).filter((m) => m.templateId === TEMPLATE)

  test('one message per grant: the unit’s return with its reason; nothing without a grant, and the decision stands', async () => {
    const returned = await submitted()
    grant()
    let n = (await cloud.openapi.outbox()).length
    ok(await cloud.call('ideas.decide', { ideaId: returned, decision: 'return', reason: '请补充换热器的投资估算和安装位置' }, CHAIR))
    const sent = await sentSince(n)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({
      touser: 'demo-worker',
      page: `package-ideas/pages/idea/index?id=${returned}`,
      data: { thing1: '空压机余热回收给职工浴室供热水', phrase2: '退回修改', thing3: '请补充换热器的投资估算和安装位置' },
    })
    expect(sent[0].data.date4).toMatch(/^\d{4}-\d{2}-\d{2}$/)

    // the grant is used up: the next decision is not sent, and still taken
    n = (await cloud.openapi.outbox()).length
    const rejected = await submitted({ title: '车间照明改为感应灯' })
    ok(await cloud.call('ideas.decide', { ideaId: rejected, decision: 'reject', reason: '已在实施中' }, CHAIR))
    expect(await sentSince(n)).toEqual([])
    expect(idea(rejected)).toMatchObject({ status: 'rejected', reason: '已在实施中' })
  })

  test('forwarded, then adopted with its award, each with a grant; a refused decision sends nothing', async () => {
    const panelId = await panelOfTwo()
    const id = await submitted()
    grant()
    let n = (await cloud.openapi.outbox()).length
    // a decision that is refused (not the chair's to take) tells nobody
    expect(await cloud.call('ideas.decide', { ideaId: id, decision: 'forward' }, WORKER_B)).toMatchObject({ ok: false })
    expect(await sentSince(n)).toEqual([])
    ok(await cloud.call('ideas.decide', { ideaId: id, decision: 'forward' }, CHAIR))
    expect((await sentSince(n)).map((m) => [m.data.phrase2, m.data.thing3])).toEqual([['已送评审', '单位工会已送交专家评审']])

    ok(await cloud.call('ideas.assign', { ideaIds: [id], panelId }, CITY))
    ok(await cloud.call('ideas.score', scoreInput(id, [8, 8, 8]), JUDGE))
    ok(await cloud.call('ideas.score', scoreInput(id, [9, 7, 8]), WORKER_B))
    grant()
    n = (await cloud.openapi.outbox()).length
    ok(await cloud.call('ideas.adopt', { ideaId: id, award: '二等奖' }, CITY))
    expect((await sentSince(n)).map((m) => [m.data.phrase2, m.data.thing3])).toEqual([['已采纳', '评为二等奖']])
  })

  test('declined by the city union with its reason', async () => {
    const { id } = await underReview()
    grant()
    const n = (await cloud.openapi.outbox()).length
    ok(await cloud.call('ideas.decline', { ideaId: id, reason: '现有设备条件暂不具备' }, CITY))
    expect((await sentSince(n)).map((m) => [m.data.phrase2, m.data.thing3])).toEqual([['未采纳', '现有设备条件暂不具备']])
  })
})

describe('similar ideas', () => {
  test('while typing: reviewed ideas and the writer’s own, best first, without authors', async () => {
    const reviewed = await forwarded({ title: '空压机余热回收给职工浴室供热水' }, WORKER_B, CITY)
    const pendingElsewhere = await submitted({ title: '动力站废热再利用' }, WORKER_B)
    const hints = ok(
      await cloud.call('ideas.similar', { title: '利用空压机散热加热洗澡水', problem: '冬天浴室电热水器耗电大，动力站空压机的热量直接排到室外。' }, WORKER),
    ).items
    expect(hints.map((h) => h.id)).toEqual([reviewed])
    expect(hints[0]).toMatchObject({ title: '空压机余热回收给职工浴室供热水', status: 'forwarded', mine: false })
    expect(hints[0].similarity).toBeGreaterThan(0.26)
    expect(Object.keys(hints[0]).sort()).toEqual(['id', 'mine', 'similarity', 'status', 'title', 'type'])
    // the author sees their own unreviewed idea; its unit chair sees it too
    expect(ok(await cloud.call('ideas.similar', { title: '动力站空压机废热再利用' }, WORKER_B)).items.map((h) => h.id)).toContain(pendingElsewhere)
    // nothing for unrelated text
    expect(ok(await cloud.call('ideas.similar', { title: '课间操配乐更新', problem: '课间操音乐多年没换' }, WORKER)).items).toEqual([])
    expect(ok(await cloud.call('ideas.similar', {}, WORKER)).items).toEqual([])
  })

  test('the chair reviewing an idea sees the close ones', async () => {
    // forty distinct ideas from another unit already in evaluation: what term weights are learnt from
    const author = {
      userId: 'user-demo-worker-2',
      openid: 'demo-worker-2',
      realName: '李四',
      unitId: 'u-health-renmin',
      unitPath: ['u-city', 'u-health', 'u-health-renmin'],
    }
    await cloud.db.insertMany(
      'ideas',
      LABELLED.filter((i) => i.group === null)
        .slice(0, 40)
        .map((i) => ideaDoc(author, i, 'forwarded', Date.now()) as unknown as Record<string, unknown>),
    )
    const earlier = await forwarded(
      {
        title: '粮仓温度自动监测',
        problem: '保管员每天爬到粮堆上插温度计测温，费时费力，数据也不及时。',
        proposal: '在粮堆里预埋测温电缆，温度自动传到值班室电脑，超温就报警。',
      },
      WORKER_B,
      CITY,
    )
    const id = await submitted({
      title: '电子测温代替人工查粮温',
      problem: '人工扦探测温劳动强度大，夏天仓内闷热，测一个仓要半天。',
      proposal: '安装粮情测控系统，多点测温线缆埋入粮层，数据实时显示，发现发热点及时处理。',
    })
    const detail = ok(await cloud.call('ideas.reviewDetail', { ideaId: id }, CHAIR))
    expect(detail.similar.map((s) => s.id)).toEqual([earlier])
  })
})

describe('pictures', () => {
  test('copied out of the author’s folder, checked, shown to others only once they pass', async () => {
    const good = await cloud.storage.putFromClient('ideas/user-demo-worker/a.png', png(30))
    const badBytes = png(99)
    cloud.openapi.blockMediaHash(crypto.createHash('sha256').update(badBytes).digest('hex'))
    const bad = await cloud.storage.putFromClient('ideas/user-demo-worker/b.png', badBytes)
    const sent = ok(await cloud.call('ideas.submit', { ...IDEA, images: [good, bad] }, WORKER))
    expect(sent.images.map((i) => i.check)).toEqual(['checking', 'checking'])
    expect(sent.images.every((i) => i.url)).toBe(true)
    const doc = idea(sent.id)
    expect(doc.images.map((i: { fileId: string }) => i.fileId)).toEqual([
      expect.stringMatching(/\/idea-images\/[0-9a-f]{32}\/[0-9a-f]{32}\.png$/),
      expect.stringMatching(/\/idea-images\//),
    ])
    expect(JSON.stringify(doc.images.map((i: { fileId: string }) => i.fileId))).not.toContain('user-demo-worker')
    expect(ok(await cloud.call('ideas.reviewDetail', { ideaId: sent.id }, CHAIR))).toMatchObject({ imageUrls: [], imagesChecking: 2 })
    await cloud.openapi.flushMediaChecks()
    const after = ok(await cloud.call('ideas.reviewDetail', { ideaId: sent.id }, CHAIR))
    expect(after).toMatchObject({ imagesChecking: 0 })
    expect(after.imageUrls).toHaveLength(1)
    expect(after.imageUrls[0]).toContain('/idea-images/')
    expect(ok(await cloud.call('ideas.myDetail', { ideaId: sent.id }, WORKER)).images.map((i) => i.check)).toEqual(['pass', 'risky'])
    // a revision keeps a checked picture as it is (no second check)
    ok(await cloud.call('ideas.decide', { ideaId: sent.id, decision: 'return', reason: '请删去不合适的图片' }, CHAIR))
    const checks = cloud.db.dump().media_checks.length
    ok(await cloud.call('ideas.submit', { ...IDEA, ideaId: sent.id, images: [good] }, WORKER))
    expect(cloud.db.dump().media_checks).toHaveLength(checks)
    expect(idea(sent.id).images).toMatchObject([{ sourceFileId: good, check: 'pass' }])
  })
})
