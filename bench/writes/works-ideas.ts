// Write actions of the works and ideas functions at their largest allowed input
// (types/actions/{works,ideas}.ts: 9 phone photos and texts of 30/500 for a work; texts of 30/500/1,000/300,
// 6 images and 5 co-authors for an idea; 100 ideas assigned at once; panels of 9).
import crypto from 'node:crypto'
import { ideaDoc, type SeedAuthor } from '../../cloudfunctions/test/fixtures/ideas'
import { photo } from '../works'
import { people } from './competition'
import type { Env, WriteCase } from './lib'
import { zh } from './lib'

const CITY = 'demo-city-admin'
const CHAIR = 'demo-unit-chair'
const JUDGE = 'demo-judge'
const UNIT = 'u-jkq-jixie'
const UNIT_PATH = ['u-city', 'u-jkq', UNIT]

let photos: Buffer[] = []
/**
 * Nine phone photos (1080×1440 JPEG), made once. The local media check judges them risky, so their
 * verdicts (delivered between runs, to the content function) cost no resizing: what the verdicts cost
 * is measured in works.checks_9_images_ms, not here.
 */
async function phonePhotos(env: Env): Promise<Buffer[]> {
  if (!photos.length) {
    photos = await Promise.all(Array.from({ length: 9 }, (_x, i) => photo(1080, 1440, 300 + i)))
    for (const p of photos) env.cloud.openapi.blockMediaHash(crypto.createHash('sha256').update(p).digest('hex'))
  }
  return photos
}

async function workImages(env: Env, userId: string, n: number): Promise<string[]> {
  const bytes = await phonePhotos(env)
  return Promise.all(Array.from({ length: n }, (_x, i) => env.cloud.storage.putFromClient(`works/${userId}/${env.uid('img')}.jpg`, bytes[i % bytes.length])))
}

async function ideaImages(env: Env, userId: string, n: number): Promise<string[]> {
  const bytes = await phonePhotos(env)
  return Promise.all(Array.from({ length: n }, (_x, i) => env.cloud.storage.putFromClient(`ideas/${userId}/${env.uid('img')}.jpg`, bytes[i % bytes.length])))
}

const workText = () => ({ category: '摄影' as const, title: zh(30), description: zh(500) })

/** A work written directly, at a given stage. */
async function workDoc(env: Env, status: string, extra: Record<string, unknown> = {}): Promise<string> {
  const [author] = await people(env, 1)
  const _id = env.uid('bw-work')
  const now = new Date(env.now)
  await env.cloud.db.insertMany('works', [
    {
      _id,
      _openid: author.openid,
      campaignId: 'mayday',
      authorId: author._id,
      authorName: '基准职工',
      unitId: UNIT,
      unitPath: UNIT_PATH,
      ...workText(),
      images: [],
      status,
      passed: 0,
      flagged: false,
      reviewUnitId: UNIT,
      passes: 0,
      reason: '',
      steps: [],
      likeCount: 0,
      submittedAt: now,
      createdAt: now,
      updatedAt: now,
      ...extra,
    },
  ])
  return _id
}

const ideaText = () => ({ type: '合理化建议' as const, title: zh(30), problem: zh(500), proposal: zh(1000), benefit: zh(300), savingsYuan: 1_000_000_000 })

async function ideaAuthor(env: Env): Promise<{ author: SeedAuthor; coAuthorIds: string[] }> {
  const [a, ...co] = await people(env, 6)
  return { author: { userId: a._id, openid: a.openid, realName: '基准职工', unitId: UNIT, unitPath: UNIT_PATH }, coAuthorIds: co.map((c) => c._id) }
}

/** Ideas written directly at a given status, by one author. */
async function ideasAt(env: Env, n: number, status: Parameters<typeof ideaDoc>[2], extra: Record<string, unknown> = {}): Promise<string[]> {
  const { author } = await ideaAuthor(env)
  const docs = Array.from({ length: n }, () => ({
    ...ideaDoc(author, { title: zh(30), problem: zh(500), proposal: zh(1000), benefit: zh(300) }, status, env.now, extra),
    _id: env.uid('bw-idea'),
  }))
  await env.cloud.db.insertMany('ideas', docs as unknown as Array<Record<string, unknown>>)
  return docs.map((d) => d._id)
}
const ideaAt = async (env: Env, status: Parameters<typeof ideaDoc>[2], extra: Record<string, unknown> = {}) => (await ideasAt(env, 1, status, extra))[0]

/** A panel of demo-judge and eight more judges. */
async function judges(env: Env): Promise<string[]> {
  if (panelJudges.length) return panelJudges
  const now = new Date(env.now)
  const more = Array.from({ length: 8 }, (_x, i) => ({
    _id: `user-bw-judge-${i}`,
    _openid: `bw-judge-${i}`,
    nickname: '专家',
    realName: '评审专家',
    job: '',
    employeeNo: '',
    unitId: 'u-kejing-power',
    unitPath: ['u-city', 'u-kejing', 'u-kejing-power'],
    roles: [{ role: 'judge', unitId: 'u-city', grantedAt: now, grantedBy: 'bench' }],
    profileCompletedAt: now,
    createdAt: now,
    updatedAt: now,
  }))
  await env.cloud.db.insertMany('users', more)
  await env.cloud.db.insertMany('idea_panels', [
    { _id: 'bw-panel', name: '基准评审组', judgeIds: ['user-demo-judge', ...more.map((j) => j._id)], createdBy: 'bench', createdAt: now, updatedAt: now },
  ])
  panelJudges = ['user-demo-judge', ...more.map((j) => j._id)]
  return panelJudges
}
let panelJudges: string[] = []

const scored = {
  panelId: 'bw-panel',
  assignedAt: new Date(),
  score: { count: 2, sum: 140, min: 60, max: 80, mean: 70 },
  scoredBy: ['user-bw-judge-0', 'user-bw-judge-1'],
}

export const worksIdeasCases: WriteCase[] = [
  {
    action: 'works.like',
    largest: 'an exhibited work',
    prepare: async (env) => ({
      who: (await people(env, 1))[0].openid,
      input: { workId: await workDoc(env, 'exhibited', { reviewUnitId: 'u-city', passes: 2, exhibitedAt: new Date(env.now) }) },
    }),
  },
  {
    action: 'works.unlike',
    largest: 'an exhibited work liked',
    prepare: async (env) => {
      const [me] = await people(env, 1)
      const workId = await workDoc(env, 'exhibited', { reviewUnitId: 'u-city', passes: 2, exhibitedAt: new Date(env.now) })
      await env.call('works.like', { workId }, me.openid)
      return { who: me.openid, input: { workId } }
    },
  },
  {
    action: 'works.saveDraft',
    largest: '9 images, title 30, description 500',
    runs: 4,
    prepare: async (env) => {
      const [me] = await people(env, 1)
      return { who: me.openid, input: { ...workText(), images: await workImages(env, me._id, 9) } }
    },
  },
  {
    action: 'works.submit',
    largest: '9 phone photos, title 30, description 500',
    runs: 4,
    prepare: async (env) => {
      const [me] = await people(env, 1)
      return { who: me.openid, input: { ...workText(), images: await workImages(env, me._id, 9) } }
    },
  },
  {
    action: 'works.deleteDraft',
    largest: 'a draft of 9 images',
    runs: 4,
    prepare: async (env) => {
      const [me] = await people(env, 1)
      const draft = (await env.call('works.saveDraft', { ...workText(), images: await workImages(env, me._id, 9) }, me.openid)) as { id: string }
      return { who: me.openid, input: { workId: draft.id } }
    },
  },
  {
    action: 'works.recommend',
    largest: 'a work at its unit',
    prepare: async (env) => ({ who: CHAIR, input: { workId: await workDoc(env, 'reviewing') } }),
  },
  {
    action: 'works.reject',
    largest: 'reason of 100',
    prepare: async (env) => ({ who: CHAIR, input: { workId: await workDoc(env, 'reviewing'), reason: zh(100) } }),
  },
  {
    action: 'works.withdrawSelection',
    largest: 'reason of 100',
    prepare: async (env) => ({
      who: CITY,
      input: { workId: await workDoc(env, 'exhibited', { reviewUnitId: 'u-city', passes: 2, exhibitedAt: new Date(env.now) }), reason: zh(100) },
    }),
  },
  {
    action: 'works.select',
    largest: 'a work sent up to the city',
    prepare: async (env) => ({ who: CITY, input: { workId: await workDoc(env, 'reviewing', { reviewUnitId: 'u-city', passes: 2, check: 'passed' }) } }),
  },
  {
    action: 'ideas.saveDraft',
    largest: 'texts 30/500/1,000/300, 6 images, 5 co-authors',
    runs: 4,
    prepare: async (env) => {
      const { author, coAuthorIds } = await ideaAuthor(env)
      return { who: author.openid, input: { ...ideaText(), images: await ideaImages(env, author.userId, 6), coAuthorIds } }
    },
  },
  {
    action: 'ideas.submit',
    largest: 'texts 30/500/1,000/300, 6 images, 5 co-authors',
    runs: 4,
    prepare: async (env) => {
      const { author, coAuthorIds } = await ideaAuthor(env)
      return { who: author.openid, input: { ...ideaText(), images: await ideaImages(env, author.userId, 6), coAuthorIds } }
    },
  },
  {
    action: 'ideas.discardDraft',
    largest: 'a draft with 6 images',
    runs: 4,
    prepare: async (env) => {
      const { author, coAuthorIds } = await ideaAuthor(env)
      const draft = (await env.call('ideas.saveDraft', { ...ideaText(), images: await ideaImages(env, author.userId, 6), coAuthorIds }, author.openid)) as {
        id: string
      }
      return { who: author.openid, input: { ideaId: draft.id } }
    },
  },
  {
    action: 'ideas.decide',
    largest: 'forward, reason 200',
    prepare: async (env) => ({ who: CHAIR, input: { ideaId: await ideaAt(env, 'submitted'), decision: 'forward', reason: zh(200) } }),
  },
  {
    action: 'ideas.score',
    largest: 'comment of 500',
    prepare: async (env) => {
      await judges(env)
      return {
        who: JUDGE,
        input: {
          ideaId: await ideaAt(env, 'reviewing', { ...scored, scoredBy: [], score: { count: 0, sum: 0, min: null, max: null, mean: null } }),
          innovation: 10,
          feasibility: 10,
          benefit: 10,
          comment: zh(500),
        },
      }
    },
  },
  {
    action: 'ideas.savePanel',
    largest: 'name 20, 9 judges',
    prepare: async (env, run) => ({ who: CITY, input: { name: `${zh(16)}${String(run).padStart(4, '0')}`, judgeIds: await judges(env) } }),
  },
  {
    action: 'ideas.assign',
    largest: '100 ideas to a panel',
    runs: 4,
    prepare: async (env) => {
      await judges(env)
      return { who: CITY, input: { ideaIds: await ideasAt(env, 100, 'forwarded'), panelId: 'bw-panel' } }
    },
  },
  {
    action: 'ideas.adopt',
    largest: 'an award',
    prepare: async (env) => {
      await judges(env)
      return { who: CITY, input: { ideaId: await ideaAt(env, 'reviewing', scored), award: '一等奖' } }
    },
  },
  {
    action: 'ideas.decline',
    largest: 'reason of 200',
    prepare: async (env) => ({ who: CITY, input: { ideaId: await ideaAt(env, 'forwarded'), reason: zh(200) } }),
  },
  {
    action: 'ideas.setImplemented',
    largest: 'an adopted idea',
    prepare: async (env) => ({
      who: CITY,
      input: { ideaId: await ideaAt(env, 'adopted', { award: '二等奖', awardRank: 2, adoptedAt: new Date(env.now) }), implemented: true },
    }),
  },
  {
    action: 'ideas.merge',
    largest: 'into an idea under review',
    prepare: async (env) => {
      await judges(env)
      return { who: CITY, input: { ideaId: await ideaAt(env, 'forwarded'), intoId: await ideaAt(env, 'reviewing', scored) } }
    },
  },
]
