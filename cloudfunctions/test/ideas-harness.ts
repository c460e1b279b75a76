// The golden-ideas tests' world (cloudfunctions/src/domains/ideas/ideas*.test.ts): a fresh demo world
// on the local cloud before each test, the named people, a valid idea and the steps that bring one to
// each stage. `cloud` is a live binding: importers see the cloud once the first beforeEach made it.
import { PNG } from 'pngjs'
import type { InputOf } from '../../types/actions/index'
import { DEMO_CAMPAIGN_ID, seedDemo } from '../local/seed/demo'
import { startTestCloud, type TestCloud } from '../local/testing'
import { resetIndex } from '../src/domains/ideas/similarity/cache'
import type { IdeaDoc } from '../src/domains/ideas/repo'

// The cloud is made in the first beforeEach; a live binding hands it to the test files that import it.
// eslint-disable-next-line import/no-mutable-exports
export let cloud: TestCloud
export const as = (OPENID: string) => ({ OPENID })
export const WORKER = as('demo-worker') // 张三, 华中机械 u-jkq-jixie
export const WORKER_B = as('demo-worker-2') // 李四, 市人民医院 u-health-renmin
export const CHAIR = as('demo-unit-chair') // 华中机械's chair
export const AREA = as('demo-area-chair') // 经开区
export const JUDGE = as('demo-judge')
export const CITY = as('demo-city-admin')

beforeEach(async () => {
  if (!cloud) cloud = await startTestCloud()
  await cloud.db.clear()
  await seedDemo(cloud.db)
  resetIndex()
})
afterAll(() => cloud.stop())

export const unchanged = async (fn: () => Promise<unknown>) => {
  const before = JSON.stringify(cloud.db.dump())
  await fn()
  expect(JSON.stringify(cloud.db.dump())).toBe(before)
}

export type Submit = InputOf<'ideas.submit'>
export const IDEA: Submit = {
  type: '金点子',
  title: '空压机余热回收给职工浴室供热水',
  problem: '车间空压机运行时散发大量热量，白白浪费，职工浴室却要用电烧热水。',
  proposal: '在空压机油路上加装板式换热器，把余热用来加热浴室用水，夏天多余的热量照常排掉。',
  benefit: '每年节约电费约八万元，冬天职工洗澡有热水。',
  savingsYuan: 80000,
}

export const ok = <T>(r: { ok: true; data: T } | { ok: false; error: { code: string } }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}`)
  return r.data
}

export const idea = (id: string) => cloud.db.dump().ideas.find((i) => i._id === id) as unknown as IdeaDoc
export const campaign = () =>
  cloud.db.dump().campaigns.find((c) => c._id === DEMO_CAMPAIGN_ID) as unknown as { counts: Record<string, number>; stats: Record<string, number> }

export async function submitted(overrides: Partial<Submit> = {}, who = WORKER): Promise<string> {
  return ok(await cloud.call('ideas.submit', { ...IDEA, ...overrides }, who)).id
}

export async function forwarded(overrides: Partial<Submit> = {}, who = WORKER, chair = CHAIR): Promise<string> {
  const id = await submitted(overrides, who)
  ok(await cloud.call('ideas.decide', { ideaId: id, decision: 'forward' }, chair))
  return id
}

/** 李四 becomes the second judge; one panel of both. */
export async function panelOfTwo(): Promise<string> {
  ok(await cloud.call('org.grantRole', { userId: 'user-demo-worker-2', role: 'judge', unitId: 'u-city' }, CITY))
  return ok(await cloud.call('ideas.savePanel', { name: '第一评审组', judgeIds: ['user-demo-judge', 'user-demo-worker-2'] }, CITY)).id
}

export async function underReview(overrides: Partial<Submit> = {}): Promise<{ id: string; panelId: string }> {
  const panelId = await panelOfTwo()
  const id = await forwarded(overrides)
  expect(ok(await cloud.call('ideas.assign', { ideaIds: [id], panelId }, CITY))).toEqual({ assigned: 1, skipped: 0 })
  return { id, panelId }
}

export const scoreInput = (ideaId: string, s: [number, number, number], comment = '思路清楚，可以推广') => ({
  ideaId,
  innovation: s[0],
  feasibility: s[1],
  benefit: s[2],
  comment,
})

/** A member of a unit with a completed profile, joined through a real invite. */
export async function member(openid: string, realName: string, unitId = 'u-jkq-jixie'): Promise<string> {
  await cloud.call('people.saveProfile', { nickname: realName, realName }, as(openid))
  const invite = ok(await cloud.call('org.createInvite', { unitId, days: 1 }, CITY))
  return ok(await cloud.call('people.joinByInvite', { code: invite.code }, as(openid))).id
}

export function png(seed: number): Buffer {
  const img = new PNG({ width: 4, height: 4 })
  img.data.fill(seed)
  return PNG.sync.write(img)
}
