// Shared by the honours scenario suites (cloudfunctions/src/domains/honours/*.test.ts) and the compiled
// demo (tests/compiled/demo-honours.ts): the demo world's people, quotas set through the real actions,
// nominations carried up the tree, and the two things no action does (the notice's end brought forward,
// a campaign count set at its goal). Each suite makes its own cloud; nothing here registers hooks.
import type { InputOf } from '../../types/actions/index'
import { DEMO_CAMPAIGN_ID } from '../local/seed/demo'
import { runAs } from '../local/identity'
import type { TestCloud } from '../local/testing'
import { db } from '../src/lib/cloud'
import { AREA_CHAIR, CITY, UNIT_CHAIR } from './fixtures/personas'

export { as, AREA_CHAIR, CITY, OTHER_WORKER, UNIT_CHAIR, WORKER, WORKER_ID } from './fixtures/personas'
/** 华中机械, the demo's grassroots union that nominates. */
export const UNIT = 'u-jkq-jixie'
/** 经开区, the township union above it. */
export const AREA = 'u-jkq'

export const DEEDS = '二十年扎根数控车间，带出徒弟三十余名，主持攻关项目五项，累计为企业节约成本二百余万元，多次获评厂级先进个人，是大家公认的技术能手。'

export async function ok<T>(p: Promise<{ ok: true; data: T } | { ok: false; error: { code: string } }>): Promise<T> {
  const res = await p
  if (!res.ok) throw new Error(`expected ok, got ${res.error.code}`)
  return res.data
}

export async function code(p: Promise<{ ok: boolean; error?: { code: string } }>): Promise<string> {
  const res = await p
  return res.ok ? 'ok' : res.error!.code
}

/** The database byte for byte, to prove a refused call wrote nothing. */
export async function unchanged(cloud: TestCloud, fn: () => Promise<unknown>): Promise<void> {
  const before = JSON.stringify(cloud.db.dump())
  await fn()
  expect(JSON.stringify(cloud.db.dump())).toBe(before)
}

/** The city gives 经开区 `area` places, 经开区 gives 华中机械 `unit` of them. */
export async function quotas(cloud: TestCloud, area: number, unit: number): Promise<void> {
  await ok(cloud.call('honours.setQuotas', { rows: [{ unitId: AREA, quota: area }] }, CITY))
  await ok(cloud.call('honours.splitQuota', { unitId: UNIT, quota: unit }, AREA_CHAIR))
}

export const person = (name: string, overrides: Partial<InputOf<'honours.saveNomination'>> = {}): InputOf<'honours.saveNomination'> =>
  ({
    unitId: UNIT,
    submit: true,
    nomineeName: name,
    job: '数控车工',
    category: '先进工作者',
    deeds: DEEDS,
    paperConsent: true,
    ...overrides,
  }) as InputOf<'honours.saveNomination'>

/** Nominated by the unit chair, forwarded by 经开区 and approved by the city: ready for the notice. */
export async function approved(cloud: TestCloud, name: string): Promise<string> {
  const n = await ok(cloud.call('honours.saveNomination', person(name), UNIT_CHAIR))
  await ok(cloud.call('honours.decide', { nominationId: n.id, decision: 'forward' }, AREA_CHAIR))
  await ok(cloud.call('honours.decide', { nominationId: n.id, decision: 'forward' }, CITY))
  return n.id
}

/** The notice's window, moved (tests cannot wait five days). */
export async function setNoticeEnd(cloud: TestCloud, endAt: number): Promise<void> {
  void cloud
  await runAs({}, () =>
    db()
      .collection('honour_rounds')
      .doc(DEMO_CAMPAIGN_ID)
      .update({ data: { 'notice.endAt': new Date(endAt) } }),
  )
}

/** Sets one of the demo campaign's home counts (a goal reached without publishing a hundred stories). */
export async function setCampaignCount(key: string, value: number): Promise<void> {
  await runAs({}, () =>
    db()
      .collection('campaigns')
      .doc(DEMO_CAMPAIGN_ID)
      .update({ data: { [`counts.${key}`]: value } }),
  )
}

export const campaignCounts = (cloud: TestCloud) =>
  (cloud.db.dump().campaigns.find((c) => c._id === DEMO_CAMPAIGN_ID) as unknown as { counts: Record<string, number> }).counts
