// Golden ideas at campaign scale: 1,000 ideas in the database (the plan's goal), the similar-idea hints
// a worker gets while typing (p95 and round trips, through the real function), a judge's queue page,
// and the hints' quality on the labelled set.
import type { Result } from '../types/errors'
import type { JudgeQueueItem, SimilarIdea } from '../types/entities/ideas'
import type { Page } from '../types/contract'
import type { LocalCloud } from '../cloudfunctions/local/index'
import { ideaDoc, type SeedAuthor } from '../cloudfunctions/test/fixtures/ideas'
import { evaluate, LABELLED } from '../cloudfunctions/src/domains/ideas/similarity/evaluate'
import { MIN_SIMILARITY } from '../cloudfunctions/src/domains/ideas/similarity/cache'
import { percentile, record } from './lib'

const IDEAS = 1000

/** A small seeded generator, so every run measures the same corpus. */
function rng(seed: number): () => number {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const PLACES = [
  '一号车间',
  '二号车间',
  '装配线',
  '机加工班组',
  '备件仓库',
  '职工食堂',
  '住院部',
  '门诊大厅',
  '施工现场',
  '配电房',
  '粮库',
  '织布车间',
  '物流园',
  '教学楼',
  '社区卫生站',
  '刺绣工坊',
]
const THINGS = [
  '空压机',
  '叉车',
  '照明灯具',
  '循环水泵',
  '输送带',
  '数控车床',
  '电焊机',
  '电梯',
  '中央空调',
  '锅炉',
  '冷库',
  '打印机',
  '货架',
  '开水器',
  '消毒柜',
  '监控摄像头',
]
const TROUBLES = [
  '耗电量偏大',
  '经常故障停机',
  '运行噪声大',
  '有漏油漏气',
  '操作效率低',
  '存在安全隐患',
  '维修不及时',
  '备件浪费严重',
  '记录靠手写容易出错',
  '夜间无人值守',
]
const MEASURES = [
  '加装变频调速装置',
  '建立定期点检制度',
  '更换为节能型号',
  '安装在线监测和报警',
  '建立电子台账',
  '改进工装夹具',
  '加装防护罩和警示标识',
  '优化班次安排',
  '用手机扫码登记',
  '设置定时开关',
]

function generated(i: number, next: () => number) {
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]
  const place = pick(PLACES)
  const thing = pick(THINGS)
  const trouble = pick(TROUBLES)
  const measure = pick(MEASURES)
  return {
    title: `${place}${thing}${measure.slice(0, 6)}`,
    problem: `${place}的${thing}${trouble}，每月为此多花不少费用，职工反映多次（第${i}条）。`,
    proposal: `${measure}，由班组长负责落实，每周检查一次，发现问题及时处理，并把做法推广到其他${thing}。`,
  }
}

export async function benchIdeas(cloud: LocalCloud): Promise<void> {
  const now = Date.now()
  const next = rng(20240501)
  const units = cloud.db.dump().units.filter((u) => u.type === 'grassroots') as unknown as Array<{ _id: string; path: string[] }>
  const author = (i: number): SeedAuthor => {
    const u = units[i % units.length]
    return { userId: `user-bench-worker-${i}`, openid: `bench-worker-${i}`, realName: `职工${i}`, unitId: u._id, unitPath: u.path }
  }
  // The judges' panel: demo-judge and a second judge; 300 ideas with it, 100 of them already scored by demo-judge.
  await cloud.db.insertMany('users', [
    {
      _id: 'user-bench-judge-2',
      _openid: 'bench-judge-2',
      nickname: '专家',
      realName: '评审专家乙',
      job: '',
      employeeNo: '',
      roles: [{ role: 'judge', unitId: 'u-city', grantedAt: new Date(now), grantedBy: 'bench' }],
      profileCompletedAt: new Date(now),
      createdAt: new Date(now),
      updatedAt: new Date(now),
    },
  ])
  await cloud.db.insertMany('idea_panels', [
    {
      _id: 'bench-panel',
      name: '基准评审组',
      judgeIds: ['user-demo-judge', 'user-bench-judge-2'],
      createdBy: 'bench',
      createdAt: new Date(now),
      updatedAt: new Date(now),
    },
  ])

  // What gets typed below: the first idea of each duplicate group and four distinct ones. The corpus:
  // every other labelled idea (so a typed idea's paraphrases are in, never itself) and generated ones.
  const typedIdeas = [...LABELLED.filter((i) => i.id.endsWith('a')), ...LABELLED.filter((i) => i.group === null).slice(0, 4)]
  const corpus = LABELLED.filter((i) => !typedIdeas.includes(i))
  const docs: Array<Record<string, unknown>> = []
  const scoresDocs: Array<Record<string, unknown>> = []
  for (let i = 0; i < IDEAS; i++) {
    const text = i < corpus.length ? corpus[i] : generated(i, next)
    const r = next()
    const status = i < 300 ? 'reviewing' : r < 0.5 ? 'forwarded' : r < 0.75 ? 'submitted' : r < 0.9 ? 'adopted' : 'returned'
    const scored = i < 100
    // distinct stamps, as real submissions have
    const at = now - (IDEAS - i) * 1000
    const doc = ideaDoc(author(i), text, status, at, {
      ...(status === 'reviewing' ? { panelId: 'bench-panel', assignedAt: new Date(at) } : {}),
      ...(scored ? { scoredBy: ['user-demo-judge'], score: { count: 1, sum: 70, min: 70, max: 70, mean: 70 } } : {}),
    })
    docs.push(doc as unknown as Record<string, unknown>)
    if (scored)
      scoresDocs.push({
        _id: `${doc._id}:user-demo-judge`,
        ideaId: doc._id,
        judgeId: 'user-demo-judge',
        panelId: 'bench-panel',
        innovation: 7,
        feasibility: 7,
        benefit: 7,
        total: 70,
        comment: '基准测试',
        scoredAt: new Date(at),
      })
  }
  const t0 = performance.now()
  await cloud.db.insertMany('ideas', docs)
  await cloud.db.insertMany('idea_scores', scoresDocs)
  record('ideas.seed', IDEAS, 'ideas (with precomputed terms)')
  record('ideas.seed_ms', performance.now() - t0, 'ms')

  // Typing: each keystroke-sized step of a new idea asks for hints (the page debounces; here every step).
  const similar = (input: Record<string, string>) =>
    cloud.runtime.invoke<Result<{ items: SimilarIdea[] }>>('ideas', { action: 'ideas.similar', input }, { OPENID: 'demo-worker' })
  const typed = typedIdeas.flatMap((idea) => {
    const steps: Array<Record<string, string>> = []
    for (let n = 4; n <= idea.title.length; n += 3) steps.push({ title: idea.title.slice(0, n) })
    for (let n = 10; n <= idea.problem.length; n += 8) steps.push({ title: idea.title, problem: idea.problem.slice(0, n) })
    steps.push({ title: idea.title, problem: idea.problem, proposal: idea.proposal })
    return steps
  })
  const cold = await similar(typed[0])
  if (!cold.result.ok) throw new Error(`ideas.similar failed: ${JSON.stringify(cold.result)}`)
  record('ideas.similar.cold_ms', cold.ms, 'ms (first call of an instance: loads 1,000 ideas’ terms)')
  record('ideas.similar.cold_db_round_trips', cold.counts.db, 'round trips')
  const samples: number[] = []
  const trips: number[] = []
  let hinted = 0
  for (const input of typed) {
    const { result, counts, ms } = await similar(input)
    if (!result.ok) throw new Error(`ideas.similar failed: ${JSON.stringify(result)}`)
    samples.push(ms)
    trips.push(counts.db)
    if (result.data.items.length) hinted++
  }
  record('ideas.similar.calls', samples.length, `lookups while typing ${typedIdeas.length} ideas`)
  record('ideas.similar.p50_ms', percentile(samples, 50), 'ms')
  record('ideas.similar.p95_ms', percentile(samples, 95), 'ms (target well under 100)')
  record('ideas.similar.db_round_trips', trips.reduce((a, b) => a + b, 0) / trips.length, 'round trips/lookup (caller + catch-up)')
  record('ideas.similar.with_hints', hinted / samples.length, 'share of lookups showing a hint (36 of the typed ideas have paraphrases in)')

  // The judge's queue page: still to score (200 of 300), and what they scored.
  const queue = (filter: 'todo' | 'done', page: number) =>
    cloud.runtime.invoke<Result<Page<JudgeQueueItem>>>('ideas', { action: 'ideas.judgeQueue', input: { filter, page } }, { OPENID: 'demo-judge' })
  const qSamples: number[] = []
  const qTrips: number[] = []
  for (let i = 0; i < 100; i++) {
    const { result, counts, ms } = await queue('todo', 1 + (i % 10))
    if (!result.ok || result.data.items.length !== 20) throw new Error(`ideas.judgeQueue failed: ${JSON.stringify(result).slice(0, 200)}`)
    qSamples.push(ms)
    qTrips.push(counts.db)
  }
  const done = await queue('done', 1)
  if (!done.result.ok || done.result.data.items.length !== 20) throw new Error('ideas.judgeQueue done failed')
  record('ideas.judge_queue.p50_ms', percentile(qSamples, 50), 'ms')
  record('ideas.judge_queue.p95_ms', percentile(qSamples, 95), 'ms')
  record('ideas.judge_queue.db_round_trips', qTrips.reduce((a, b) => a + b, 0) / qTrips.length, 'round trips/page (caller, panels, ideas)')
  record('ideas.judge_queue_done.db_round_trips', done.counts.db, 'round trips/page (caller, scores, ideas)')

  const e = evaluate({ min: MIN_SIMILARITY })
  record('ideas.similarity.precision_at_3', e.precisionAt3, `labelled set: ${e.ideas} ideas, ${e.groups} duplicate groups`)
  record('ideas.similarity.recall_at_3', e.recallAt3, 'share of true duplicates found in the top 3')
  record('ideas.similarity.first_hint_right', e.hitAt1, 'ideas with duplicates whose first hint is one')
}
