// The leak suite (issue 15): care records seeded with unique marker strings (names, phones, notes, help,
// amounts, visitors), then EVERY action in the registry called as every kind of caller that is not
// entitled to them — anonymous, a newcomer, workers (the visited one included), a judge, chairs of other
// units, the city admin without the care role — with every id the suite can find in every id-shaped
// field (inputs made from each action's schema). No answer may contain a marker, and every call to the
// care function leaves exactly one access-log entry saying how it was answered.
import * as v from 'valibot'
import { actionNames, actions, functionOf, type ActionName } from '../../types/actions/index'
import type { Result } from '../../types/errors'
import { seedDemo } from '../../cloudfunctions/local/seed/demo'
import { startTestCloud, type TestCloud } from '../../cloudfunctions/local/testing'
import { userDoc } from '../../cloudfunctions/test/fixtures/docs'
import { generate, withId, type Generated } from './care-leak/inputs'

let cloud: TestCloud
const NOW = Date.now()
const DAY = 86400000

const MARKED = {
  name: '爨龘靐',
  maskedName: '爨*靐',
  phone: '13912398765',
  maskedPhone: '139****8765',
  name2: '齉麤鱻',
  phone2: '13698761234',
  note: 'LEAKNOTE-q7Zr',
  note2: 'LEAKNOTE-member-w3Xp',
  helpDetail: 'LEAKHELP-k2Vb',
  visitor: '饕餮龖',
  followUpNote: 'LEAKFOLLOW-t9Lm',
}
/** An amount no other figure is: matched as a whole number only. */
const AMOUNT = 73519
const markersIn = (text: string): string[] => [
  ...Object.values(MARKED).filter((m) => text.includes(m)),
  ...(new RegExp(`(?<![0-9])${AMOUNT}(?![0-9])`).test(text) ? [String(AMOUNT)] : []),
]

/** Callers not entitled to the marked records (all under 经开区工会 / 机械厂). */
const CALLERS: Record<string, string | undefined> = {
  anonymous: undefined,
  newcomer: 'leak-newcomer',
  worker_visited: 'demo-worker',
  worker_other: 'demo-worker-2',
  judge: 'demo-judge',
  unit_chair_other: 'leak-chair-b',
  area_chair_other: 'leak-area-b',
  city_admin_no_care_role: 'demo-city-admin',
}

async function must<T>(res: Promise<Result<T>>): Promise<T> {
  const r = await res
  if (!r.ok) throw new Error(r.error.code)
  return r.data
}

const visitIds: string[] = []

beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemo(cloud.db, NOW)
  await cloud.db.insertMany('users', [
    userDoc('leak-chair-b', '周主席', 'u-health-renmin', ['u-city', 'u-health', 'u-health-renmin'], [{ role: 'unit_chair', unitId: 'u-health-renmin' }], NOW),
    userDoc('leak-area-b', '吴主席', 'u-health', ['u-city', 'u-health'], [{ role: 'area_chair', unitId: 'u-health' }], NOW),
    userDoc('leak-care-officer', '卫专员', 'u-city', ['u-city'], [{ role: 'care_officer', unitId: 'u-city' }], NOW),
  ])
  const base = { difficulties: ['illness', 'lowIncome'] as const, visitedAt: NOW - 3 * DAY, lawfulBasis: 'writtenConsent' as const, visitors: [MARKED.visitor] }
  const chair = { OPENID: 'demo-unit-chair' }
  const a = await must(
    cloud.call(
      'care.record',
      {
        ...base,
        difficulties: [...base.difficulties],
        unitId: 'u-jkq-jixie',
        person: { kind: 'entered', name: MARKED.name, phone: MARKED.phone },
        category: 'hardship',
        note: MARKED.note,
        help: [{ kind: 'money', amount: AMOUNT, detail: MARKED.helpDetail }],
        followUpAt: NOW + 2 * DAY,
      },
      chair,
    ),
  )
  const b = await must(
    cloud.call(
      'care.record',
      {
        ...base,
        difficulties: ['other'],
        unitId: 'u-jkq',
        person: { kind: 'entered', name: MARKED.name2, phone: MARKED.phone2 },
        category: 'model',
        note: MARKED.note,
        help: [{ kind: 'goods', amount: AMOUNT, detail: MARKED.helpDetail }],
        followUpAt: NOW - DAY,
      },
      { OPENID: 'demo-area-chair' },
    ),
  )
  const c = await must(
    cloud.call(
      'care.record',
      {
        ...base,
        difficulties: ['housing'],
        unitId: 'u-jkq-jixie',
        person: { kind: 'member', userId: 'user-demo-worker' },
        category: 'migrant',
        note: MARKED.note2,
        help: [{ kind: 'service', amount: AMOUNT, detail: MARKED.helpDetail }],
      },
      chair,
    ),
  )
  await must(cloud.call('care.followUp', { visitId: a.id, done: true, note: MARKED.followUpNote }, chair))
  // the officer's reads and an export, so the log and storage hold traces of the records too
  await must(cloud.call('care.visits', { unitId: 'u-city' }, { OPENID: 'leak-care-officer' }))
  await must(cloud.call('care.export', {}, { OPENID: 'leak-care-officer' }))
  visitIds.push(a.id, b.id, c.id)
})
afterAll(() => cloud.stop())

test('the markers are really there: the entitled see them', async () => {
  const own = await must(cloud.call('care.visit', { visitId: visitIds[0] }, { OPENID: 'demo-unit-chair' }))
  expect(markersIn(JSON.stringify(own)).sort()).toEqual(
    [MARKED.name, MARKED.phone, MARKED.note, MARKED.helpDetail, MARKED.visitor, MARKED.followUpNote, String(AMOUNT)].sort(),
  )
  const officer = await must(cloud.call('care.visits', { unitId: 'u-city' }, { OPENID: 'leak-care-officer' }))
  expect(markersIn(JSON.stringify(officer))).toEqual(expect.arrayContaining([MARKED.maskedName, MARKED.maskedPhone, String(AMOUNT)]))
  expect(markersIn(JSON.stringify(officer))).not.toContain(MARKED.name)
})

test('no action, called by anyone not entitled with any id, answers a marker; every care call is logged', async () => {
  // every id anywhere in the database: units, people, the campaign, the care visits, keys and log entries
  const dump = cloud.db.dump()
  const ids = [...new Set(Object.values(dump).flatMap((docs) => docs.map((d) => String(d._id))))].filter((i) => /^[A-Za-z0-9_-]{1,64}$/.test(i))
  expect(ids).toEqual(expect.arrayContaining(visitIds))

  const noValidInput: string[] = []
  const leaks: string[] = []
  const unlogged: string[] = []
  const refusedOnMarked: string[] = []
  const world = cloud.db.dump()
  let dirty = false
  let answered = 0
  let calls = 0
  let careCalls = 0
  let refusedCare = 0
  const perAction = new Map<ActionName, number>()

  for (const action of actionNames) {
    const schema = actions[action].input as unknown as Parameters<typeof generate>[0]
    const shapes = generate(schema).filter((g) => v.safeParse(actions[action].input, withAll(g, visitIds[0])).success)
    if (shapes.length === 0) {
      noValidInput.push(action)
      continue
    }
    const inputs: unknown[] = []
    for (const shape of shapes) {
      if (shape.idPaths.length === 0) inputs.push(shape.value)
      for (const path of shape.idPaths) for (const id of ids) inputs.push(withId(withAll(shape, visitIds[0]), path, id))
    }
    for (const [caller, openid] of Object.entries(CALLERS)) {
      // A caller's allowed calls change the world (the city admin removes members, retires units): each
      // caller starts every action from the world as it was seeded, so no refusal comes from a world worn down.
      if (dirty) await restore(world)
      dirty = false
      for (const input of inputs) {
        const logBefore = cloud.db.count('care_access_log')
        const res = await cloud.raw(functionOf(action), { action, input }, openid ? { OPENID: openid } : {})
        calls++
        if (res.ok) dirty = true
        if (res.ok) answered++
        perAction.set(action, (perAction.get(action) ?? 0) + 1)
        const found = markersIn(JSON.stringify(res))
        if (found.length) leaks.push(`${action} as ${caller} with ${JSON.stringify(input)}: ${found.join(', ')}`)
        if (functionOf(action) === 'care') {
          careCalls++
          if (!res.ok) refusedCare++
          const added = cloud.db.count('care_access_log') - logBefore
          if (added !== 1) unlogged.push(`${action} as ${caller}: ${added} entries`)
          const addressesMarked = visitIds.some((vid) => JSON.stringify(input).includes(vid))
          if (addressesMarked && res.ok) refusedOnMarked.push(`${action} as ${caller} answered ok`)
        }
      }
    }
  }
  await restore(world)
  // probes that are not actions: a forged timer event and malformed events, as each caller
  // (a timer event without a user is the platform itself: only a caller with an OPENID forges one)
  for (const [caller, openid] of Object.entries(CALLERS)) {
    const forgedTimer = openid ? [{ Type: 'Timer', TriggerName: 'careRetention', Time: new Date().toISOString() }] : []
    for (const event of [
      ...forgedTimer,
      { action: 'care.visit', input: { visitId: visitIds[0] }, extra: 1 },
      { action: 'care.nothing', input: {} },
      [visitIds[0]],
    ]) {
      const logBefore = cloud.db.count('care_access_log')
      const res = await cloud.raw('care', event, openid ? { OPENID: openid } : {})
      calls++
      careCalls++
      if (res.ok) refusedOnMarked.push(`${JSON.stringify(event)} as ${caller} answered ok`)
      else refusedCare++
      if (markersIn(JSON.stringify(res)).length) leaks.push(`${JSON.stringify(event)} as ${caller}`)
      if (cloud.db.count('care_access_log') - logBefore !== 1) unlogged.push(`${JSON.stringify(event)} as ${caller}`)
    }
  }
  console.log(
    [
      `care leak suite: ${actionNames.length} actions × ${Object.keys(CALLERS).length} callers, ${ids.length} ids in every id-shaped field`,
      `${calls} calls (${answered} answered with data), ${calls} responses checked for ${Object.keys(MARKED).length + 1} markers; ${careCalls} care calls, ${refusedCare} refused, all logged`,
      `leaks: ${leaks.length}; care calls not logged once: ${unlogged.length}`,
    ].join('\n'),
  )
  expect(noValidInput).toEqual([])
  expect(leaks).toEqual([])
  expect(unlogged).toEqual([])
  expect(refusedOnMarked).toEqual([])
  // every action was reached, with every id where it takes one
  expect([...perAction.keys()].sort()).toEqual([...actionNames].sort())
  expect(calls).toBeGreaterThan(actionNames.length * Object.keys(CALLERS).length * 10)
}, 600000)

async function restore(world: Record<string, Array<Record<string, unknown>>>): Promise<void> {
  await cloud.db.clear()
  for (const [collection, docs] of Object.entries(world)) if (docs.length) await cloud.db.insertMany(collection, structuredClone(docs))
}

/** The shape with every id place holding `id`. */
function withAll(g: Generated, id: string): unknown {
  return g.idPaths.reduce((value, path) => withId(value, path, id), g.value)
}
