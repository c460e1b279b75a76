// Golden ideas (R6) through the real function entries on the local cloud: submitting and drafts,
// unit review, every refusal answering a code with nothing written. Judging and adoption are in
// ideas-judging.test.ts, what the author is told, similar ideas and pictures in ideas-author.test.ts;
// the world and helpers they share in cloudfunctions/test/ideas-harness.ts.
import {
  cloud,
  as,
  WORKER,
  WORKER_B,
  CHAIR,
  AREA,
  unchanged,
  IDEA,
  ok,
  idea,
  campaign,
  submitted,
  forwarded,
  member,
  type Submit,
} from '../../../test/ideas-harness'

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
