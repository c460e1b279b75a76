// Blind review, checked on everything a judge receives: every response of every judge action (queue,
// detail, score, history, refusals) is walked to its leaves. No key may name a person, a unit or a
// score summary of others, and no value may carry the author's or co-author's id, openid, name,
// nickname or job, their unit's name or id, or the original picture path. Before a judge has scored,
// nothing of another judge's score (its total, its comment) may reach them.
import { PNG } from 'pngjs'
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { resetIndex } from './similarity/cache'

let cloud: TestCloud
const as = (OPENID: string) => ({ OPENID })
const JUDGE_1 = as('demo-judge')
const JUDGE_2 = as('demo-worker-2')
const CITY = as('demo-city-admin')

const FORBIDDEN_KEYS = new Set([
  'author',
  'authorId',
  'authorIds',
  'authorName',
  'coAuthors',
  'coAuthorNames',
  'coAuthorIds',
  'unit',
  'unitId',
  'unitPath',
  'unitName',
  'userId',
  'realName',
  'nickname',
  'job',
  'openid',
  '_openid',
  'judge',
  'judgeId',
  'judges',
  'scores',
  'score',
  'scoredBy',
  'sourceFileId',
  'decidedBy',
  'panelId',
])

type Leaf = { path: string; key: string; value: unknown }

function leaves(value: unknown, path = '$', key = ''): Leaf[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${path}[${i}]`, key))
  if (value && typeof value === 'object') {
    const own = Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => [
      { path: `${path}.${k}`, key: k, value: v },
      ...leaves(v, `${path}.${k}`, k),
    ])
    return own
  }
  return [{ path, key, value }]
}

function leaks(response: unknown, secrets: string[], numbers: number[] = []): string[] {
  const out: string[] = []
  for (const l of leaves(response)) {
    if (FORBIDDEN_KEYS.has(l.key)) out.push(`key ${l.path}`)
    if (typeof l.value === 'string') for (const s of secrets) if (l.value.includes(s)) out.push(`${l.path} contains "${s}"`)
    if (typeof l.value === 'number' && numbers.includes(l.value)) out.push(`${l.path} = ${l.value}`)
  }
  return [...new Set(out)]
}

beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemo(cloud.db)
  resetIndex()
})
afterAll(() => cloud.stop())

const ok = <T>(r: { ok: true; data: T } | { ok: false; error: { code: string } }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}`)
  return r.data
}

test('nothing a judge receives reveals who wrote the idea, or another judge’s score before their own', async () => {
  // The author (张三, 张师傅, 数控车工, 华中机械 under 经开区) writes with a co-author and a picture.
  await cloud.call('people.saveProfile', { nickname: '小王师傅', realName: '王小二', job: '钳工' }, as('co-author'))
  const invite = ok(await cloud.call('org.createInvite', { unitId: 'u-jkq-jixie', days: 1 }, CITY))
  const coAuthor = ok(await cloud.call('people.joinByInvite', { code: invite.code }, as('co-author'))).id
  const png = new PNG({ width: 4, height: 4 })
  png.data.fill(40)
  const picture = await cloud.storage.putFromClient('ideas/user-demo-worker/line.png', PNG.sync.write(png))
  const idea = ok(
    await cloud.call(
      'ideas.submit',
      {
        type: '技术革新',
        title: '数控车床刀具寿命计数提醒',
        problem: '刀具什么时候换全凭经验，磨钝了还在用，工件尺寸超差，废品多。',
        proposal: '在数控系统里对加工件计数，刀具用到规定件数自动报警，操作工按提示换刀并登记。',
        benefit: '减少废品，刀具用得更足。',
        savingsYuan: 30000,
        images: [picture],
        coAuthorIds: [coAuthor],
      },
      as('demo-worker'),
    ),
  ).id
  // a similar idea by the same author, already under evaluation, so judges get a similar-idea hint too
  ok(
    await cloud.call(
      'ideas.submit',
      {
        type: '金点子',
        title: '用计数器提醒换刀',
        problem: '刀尖崩了才发现，已经做出一批不合格的零件。',
        proposal: '在数控系统里对加工件计数，刀具用到规定件数自动报警，操作工按提示更换刀具。',
        benefit: '少出废品。',
      },
      as('demo-worker'),
    ),
  )
  await cloud.openapi.flushMediaChecks()
  const second = ok(await cloud.call('ideas.reviewQueue', { unitId: 'u-jkq-jixie' }, as('demo-unit-chair'))).items.find((i) => i.id !== idea)!.id
  for (const id of [idea, second]) ok(await cloud.call('ideas.decide', { ideaId: id, decision: 'forward' }, as('demo-unit-chair')))
  ok(await cloud.call('org.grantRole', { userId: 'user-demo-worker-2', role: 'judge', unitId: 'u-city' }, CITY))
  const panelId = ok(await cloud.call('ideas.savePanel', { name: '盲评组', judgeIds: ['user-demo-judge', 'user-demo-worker-2'] }, CITY)).id
  ok(await cloud.call('ideas.assign', { ideaIds: [idea, second], panelId }, CITY))

  const secrets = [
    'user-demo-worker',
    'demo-worker',
    coAuthor,
    'co-author',
    '张三',
    '张师傅',
    '数控车工',
    '王小二',
    '小王师傅',
    '华中机械',
    'u-jkq',
    '经开区',
    'ideas/',
  ]
  const responses: Array<[string, unknown]> = []
  const asJudge = async <T>(label: string, p: Promise<T>) => {
    const r = await p
    responses.push([label, r])
    return r
  }

  // Judge 1 looks, then scores 9/7/8 → 36 + 21 + 24 = 81, with a comment.
  const queue1 = ok(await asJudge('queue 1', cloud.call('ideas.judgeQueue', {}, JUDGE_1)))
  expect(queue1.items.map((i) => i.id).sort()).toEqual([idea, second].sort())
  const before1 = ok(await asJudge('detail 1 before', cloud.call('ideas.judgeDetail', { ideaId: idea }, JUDGE_1)))
  expect(before1.imageUrls).toHaveLength(1)
  expect(before1.similar.map((s) => s.id)).toContain(second)
  const COMMENT_1 = '刀具计数思路好，第一位专家意见'
  await asJudge('score 1', cloud.call('ideas.score', { ideaId: idea, innovation: 9, feasibility: 7, benefit: 8, comment: COMMENT_1 }, JUDGE_1))

  // Judge 2, before scoring: nothing of judge 1's score.
  const preScore: Array<[string, unknown]> = []
  const pre = async <T>(label: string, p: Promise<T>) => {
    const r = await asJudge(label, p)
    preScore.push([label, r])
    return r
  }
  await pre('queue 2 todo', cloud.call('ideas.judgeQueue', {}, JUDGE_2))
  await pre('queue 2 done (empty)', cloud.call('ideas.judgeQueue', { filter: 'done' }, JUDGE_2))
  const before2 = ok(await pre('detail 2 before', cloud.call('ideas.judgeDetail', { ideaId: idea }, JUDGE_2)))
  expect(before2).toMatchObject({ mine: null, panel: null })
  await pre('detail 2 of the other idea', cloud.call('ideas.judgeDetail', { ideaId: second }, JUDGE_2))
  await pre('score 2 out of range', cloud.call('ideas.score', { ideaId: idea, innovation: 12, feasibility: 7, benefit: 8, comment: '超出范围' }, JUDGE_2))

  // Judge 2 scores 5/6/5 → 53; now the panel's numbers (and only numbers) appear.
  const after2 = ok(
    await asJudge('score 2', cloud.call('ideas.score', { ideaId: idea, innovation: 5, feasibility: 6, benefit: 5, comment: '第二位专家意见' }, JUDGE_2)),
  )
  expect(after2.panel).toEqual({ count: 2, mean: 67, spread: 28, otherTotals: [81] })
  await asJudge('score 2 again', cloud.call('ideas.score', { ideaId: idea, innovation: 5, feasibility: 6, benefit: 5, comment: '再打一次' }, JUDGE_2))
  await asJudge('queue 2 done', cloud.call('ideas.judgeQueue', { filter: 'done' }, JUDGE_2))
  await asJudge('detail 2 after', cloud.call('ideas.judgeDetail', { ideaId: idea }, JUDGE_2))
  await asJudge('detail 1 after', cloud.call('ideas.judgeDetail', { ideaId: idea }, JUDGE_1))
  await asJudge('queue 1 done', cloud.call('ideas.judgeQueue', { filter: 'done' }, JUDGE_1))

  expect(responses.length).toBeGreaterThanOrEqual(14)
  const found = responses.flatMap(([label, r]) => leaks(r, secrets).map((l) => `${label}: ${l}`))
  expect(found).toEqual([])
  // judge 1's comment never reaches judge 2; judge 1's total only after judge 2 scored
  const early = preScore.flatMap(([label, r]) => leaks(r, [COMMENT_1], [81]).map((l) => `${label}: ${l}`))
  expect(early).toEqual([])
  expect(
    responses.flatMap(([label, r]) =>
      leaks(r, [COMMENT_1])
        .filter(() => !label.endsWith(' 1') && !label.includes(' 1 '))
        .map((l) => `${label}: ${l}`),
    ),
  ).toEqual([])

  // The walker itself catches a leak: the chair's view of the same idea names the author.
  const chairView = ok(await cloud.call('ideas.reviewDetail', { ideaId: idea }, as('demo-unit-chair')))
  expect(leaks(chairView, secrets).length).toBeGreaterThan(0)
})
