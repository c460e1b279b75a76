// Golden ideas (R6) on the local cloud: panels and assignment, blind scoring, adoption and the
// showcase, the counts.
import {
  cloud,
  WORKER,
  WORKER_B,
  CHAIR,
  JUDGE,
  CITY,
  unchanged,
  IDEA,
  ok,
  idea,
  campaign,
  forwarded,
  panelOfTwo,
  underReview,
  scoreInput,
} from '../../../test/ideas-harness'

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
