// 展工会爱心 through the real function entry, the real SDK and the local cloud: who may do what, masking,
// the access log and its chain, follow-ups, de-duplicated counts, export and retention.
import { strFromU8, unzipSync } from 'fflate'
import type { InputOf } from '../../../../types/actions/index'
import { seedDemo, DEMO_CAMPAIGN_ID } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'

let cloud: TestCloud
const NOW = Date.now()
const DAY = 86400000
const CHAIR = { OPENID: 'demo-unit-chair' }
const AREA = { OPENID: 'demo-area-chair' }
const CITY = { OPENID: 'demo-city-admin' }
const WORKER = { OPENID: 'demo-worker' }
const JUDGE = { OPENID: 'demo-judge' }
const OTHER_CHAIR = { OPENID: 'care-chair-b' }

const visit = (over: Partial<InputOf<'care.record'>> = {}): InputOf<'care.record'> => ({
  unitId: 'u-jkq-jixie',
  person: { kind: 'entered', name: '张大明', phone: '13812345678' },
  category: 'hardship',
  difficulties: ['illness', 'lowIncome'],
  note: '爱人住院，孩子上学',
  help: [{ kind: 'money', amount: 2000, detail: '' }],
  visitedAt: NOW - 2 * DAY,
  visitors: ['王五'],
  lawfulBasis: 'writtenConsent',
  ...over,
})

async function counts() {
  const home = await cloud.call('campaign.home', {})
  if (!home.ok) throw new Error(home.error.code)
  return Object.fromEntries(home.data.targets.map((t) => [t.key, t.count]))
}

/** The log's entries, oldest first (entries of one millisecond in chain order: compare those as sets). */
const logEntries = () =>
  ((cloud.db.dump().care_access_log ?? []) as Array<Record<string, unknown>>).sort((a, b) => +new Date(a.at as Date) - +new Date(b.at as Date))
const sorted = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort()

beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemo(cloud.db, NOW)
  await cloud.db.insertMany('users', [
    {
      _id: 'user-care-chair-b',
      _openid: 'care-chair-b',
      nickname: '周',
      realName: '周主席',
      job: '',
      employeeNo: '',
      unitId: 'u-health-renmin',
      unitPath: ['u-city', 'u-health', 'u-health-renmin'],
      joinedAt: new Date(NOW),
      profileCompletedAt: new Date(NOW),
      roles: [{ role: 'unit_chair', unitId: 'u-health-renmin', grantedAt: new Date(NOW), grantedBy: 'test' }],
      createdAt: new Date(NOW),
      updatedAt: new Date(NOW),
    },
  ])
})
afterAll(() => cloud.stop())

test('a worker, a judge and the city admin without the care role can do nothing, and each attempt is logged', async () => {
  const before = logEntries().length
  for (const who of [WORKER, JUDGE, CITY]) {
    const res = await cloud.call('care.record', visit(), who)
    expect(res.ok ? 'ok' : res.error.code).toBe('AUTH.FORBIDDEN')
    const list = await cloud.call('care.visits', { unitId: 'u-city' }, who)
    expect(list.ok ? 'ok' : list.error.code).toBe('AUTH.FORBIDDEN')
  }
  expect(await cloud.call('care.accessLog', {}, CITY)).toMatchObject({ ok: false, error: { code: 'AUTH.FORBIDDEN' } })
  expect(await cloud.call('care.record', visit(), {})).toMatchObject({ ok: false, error: { code: 'AUTH.NO_IDENTITY' } })
  const refused = logEntries().slice(before)
  expect(refused).toHaveLength(8)
  expect(refused.every((e) => e.outcome !== 'ok' && e.detail === '已拒绝')).toBe(true)
  expect(sorted(refused.filter((e) => (e.actor as { openid: string | null }).openid === 'demo-worker').map((e) => e.action))).toEqual(
    sorted(['care.record', 'care.visits']),
  )
  expect(cloud.db.dump().care_visits ?? []).toHaveLength(0)
})

test('the city grants the care officer role on the city union only', async () => {
  const onArea = await cloud.call('org.grantRole', { userId: 'user-demo-area-chair', role: 'care_officer', unitId: 'u-jkq' }, CITY)
  expect(onArea.ok ? 'ok' : onArea.error.code).toBe('ROLE.BAD_UNIT')
  const byArea = await cloud.call('org.grantRole', { userId: 'user-demo-city-admin', role: 'care_officer', unitId: 'u-city' }, AREA)
  expect(byArea.ok).toBe(false)
  const granted = await cloud.call('org.grantRole', { userId: 'user-demo-city-admin', role: 'care_officer', unitId: 'u-city' }, CITY)
  expect(granted.ok).toBe(true)
})

let first = ''
test('a unit chair records a visit and sees it whole; the area chair and the city see it masked; another unit nothing', async () => {
  const before = await counts()
  const res = await cloud.call('care.record', visit({ followUpAt: NOW + 3 * DAY }), CHAIR)
  if (!res.ok) throw new Error(res.error.code)
  first = res.data.id
  expect(res.data).toMatchObject({
    person: { name: '张大明', phone: '13812345678' },
    masked: false,
    note: '爱人住院，孩子上学',
    counted: true,
    followUp: 'due',
  })
  expect((await counts()).hardshipVisits).toBe(before.hardshipVisits + 1)

  const area = await cloud.call('care.visit', { visitId: first }, AREA)
  expect(area.ok && area.data).toMatchObject({ person: { name: '张*明', phone: '138****5678' }, masked: true, note: null })
  const city = await cloud.call('care.visits', { unitId: 'u-city' }, CITY)
  expect(city.ok && city.data.items.map((v) => [v.id, v.person.name, v.note])).toEqual([[first, '张*明', null]])
  expect(JSON.stringify(city)).not.toContain('张大明')

  const other = await cloud.call('care.visit', { visitId: first }, OTHER_CHAIR)
  expect(other.ok ? 'ok' : other.error.code).toBe('AUTH.OUT_OF_SCOPE')
  const otherList = await cloud.call('care.visits', { unitId: 'u-jkq-jixie' }, OTHER_CHAIR)
  expect(otherList.ok ? 'ok' : otherList.error.code).toBe('AUTH.OUT_OF_SCOPE')
  const own = await cloud.call('care.visits', { unitId: 'u-health-renmin' }, OTHER_CHAIR)
  expect(own.ok && own.data.items).toEqual([])

  // who read which record, and the refused attempt on it
  const entries = logEntries()
  const reads = entries.filter((e) => (e.visitIds as string[]).includes(first))
  expect(sorted(reads.map((e) => [e.action, (e.actor as { openid: string }).openid, e.outcome]))).toEqual(
    sorted([
      ['care.record', 'demo-unit-chair', 'ok'],
      ['care.visit', 'demo-area-chair', 'ok'],
      ['care.visits', 'demo-city-admin', 'ok'],
      ['care.visit', 'care-chair-b', 'AUTH.OUT_OF_SCOPE'],
    ]),
  )
})

test('bad input is refused with a code, writes nothing but the log entry', async () => {
  const visits = (cloud.db.dump().care_visits ?? []).length
  const seen = new Set(logEntries().map((e) => e._id))
  const long = await cloud.call('care.record', visit({ note: '很'.repeat(101) }), CHAIR)
  expect(long.ok ? 'ok' : long.error.code).toBe('COMMON.VALIDATION')
  const future = await cloud.call('care.record', visit({ visitedAt: NOW + 5 * DAY }), CHAIR)
  expect(future.ok ? 'ok' : future.error.code).toBe('CARE.BAD_DATES')
  const stranger = await cloud.call('care.record', visit({ person: { kind: 'member', userId: 'user-demo-worker-2' } }), CHAIR)
  expect(stranger.ok ? 'ok' : stranger.error.code).toBe('CARE.PERSON_NOT_FOUND')
  expect((cloud.db.dump().care_visits ?? []).length).toBe(visits)
  const added = logEntries().filter((e) => !seen.has(e._id))
  expect(sorted(added.map((e) => e.outcome))).toEqual(sorted(['COMMON.VALIDATION', 'CARE.BAD_DATES', 'CARE.PERSON_NOT_FOUND']))
  expect(JSON.stringify(added)).not.toContain('很很')
})

test('a person visited twice counts once, also when two units record them at the same moment', async () => {
  const before = await counts()
  const again = await cloud.call('care.record', visit({ visitors: ['王五', '刘会计'] }), CHAIR)
  expect(again.ok && again.data.counted).toBe(false)
  const sameMember = { person: { kind: 'member' as const, userId: 'user-demo-worker' }, category: 'migrant' as const }
  const racing = await Promise.all([
    cloud.call('care.record', visit(sameMember), CHAIR),
    cloud.call('care.record', visit({ ...sameMember, unitId: 'u-jkq' }), AREA),
  ])
  expect(racing.map((r) => r.ok)).toEqual([true, true])
  expect(racing.filter((r) => r.ok && r.data.counted)).toHaveLength(1)
  const model = await cloud.call(
    'care.record',
    visit({ person: { kind: 'entered', name: '李劳模', phone: '13900001111' }, category: 'model', difficulties: ['other'] }),
    CHAIR,
  )
  expect(model.ok && model.data.counted).toBe(true)
  const after = await counts()
  expect(after.hardshipVisits).toBe(before.hardshipVisits + 1)
  expect(after.modelWorkerVisits).toBe(before.modelWorkerVisits + 1)
  // the same person as a model worker is a separate target
  const both = await cloud.call('care.record', visit({ category: 'model' }), CHAIR)
  expect(both.ok && both.data.counted).toBe(true)
  expect((await counts()).modelWorkerVisits).toBe(after.modelWorkerVisits + 1)
})

test('follow-ups: due soon and overdue lists, moved, done', async () => {
  const late = await cloud.call(
    'care.record',
    visit({ person: { kind: 'entered', name: '陈晓', phone: '13700002222' }, visitedAt: NOW - 20 * DAY, followUpAt: NOW - 5 * DAY }),
    CHAIR,
  )
  if (!late.ok) throw new Error(late.error.code)
  expect(late.data.followUp).toBe('overdue')
  const ids = async (filter: 'due' | 'overdue') => {
    const r = await cloud.call('care.visits', { unitId: 'u-jkq', filter }, AREA)
    return r.ok ? r.data.items.map((v) => v.id) : r.error.code
  }
  expect(await ids('overdue')).toEqual([late.data.id])
  expect(await ids('due')).toEqual([first])
  const moved = await cloud.call('care.followUp', { visitId: late.data.id, done: false, followUpAt: NOW + 2 * DAY }, CHAIR)
  expect(moved.ok && moved.data.followUp).toBe('due')
  expect(await ids('overdue')).toEqual([])
  const done = await cloud.call('care.followUp', { visitId: first, done: true, note: '已送药上门' }, AREA)
  expect(done.ok && done.data).toMatchObject({ followUp: 'done', followUpNote: null, masked: true })
  expect(await ids('due')).toEqual([late.data.id])
  const outside = await cloud.call('care.followUp', { visitId: first, done: true }, OTHER_CHAIR)
  expect(outside.ok ? 'ok' : outside.error.code).toBe('AUTH.OUT_OF_SCOPE')
})

test('the city reviews the log, whose hash chain shows a changed entry', async () => {
  const page = await cloud.call('care.accessLog', {}, CITY)
  if (!page.ok) throw new Error(page.error.code)
  // newest first: this very reading is among the entries of the latest millisecond
  expect(page.data.items.filter((e) => e.at === page.data.items[0].at).map((e) => e.action)).toContain('care.accessLog')
  expect(page.data.total).toBe(logEntries().length)
  const ok = await cloud.call('care.verifyLog', {}, CITY)
  expect(ok.ok && ok.data).toMatchObject({ intact: true, brokenAt: null })
  expect(ok.ok && ok.data.checked).toBeGreaterThan(20)
  // someone with console access rewrites who read a record: the second entry of the longest chain
  const chains = logEntries().reduce((m, e) => m.set(e.chain as number, (m.get(e.chain as number) ?? 0) + 1), new Map<number, number>())
  expect(chains.size).toBeGreaterThan(1)
  const chain = [...chains].sort((a, b) => b[1] - a[1])[0][0]
  const target = logEntries().find((e) => e.chain === chain && e.seq === 2)!
  await cloud.db.handle('database.modifyDocument', {
    collectionName: 'care_access_log',
    queryType: 'DOC',
    query: JSON.stringify({ _id: target._id }),
    data: JSON.stringify({ $set: { 'actor.name': '别人' } }),
    merge: true,
  })
  const broken = await cloud.call('care.verifyLog', {}, CITY)
  expect(broken.ok && broken.data).toMatchObject({ intact: false, brokenAt: { chain, seq: 2 } })
  // the log's only door offers appending and reading, nothing that changes or removes an entry
  const door = await import('./access-log-repo')
  expect(
    Object.keys(door)
      .filter((k) => typeof (door as Record<string, unknown>)[k] === 'function')
      .sort(),
  ).toEqual(['append', 'appendIn', 'entryHash', 'readPage', 'verify'])
})

test('export: the city only, masked, itself logged', async () => {
  const chair = await cloud.call('care.export', {}, CHAIR)
  expect(chair.ok ? 'ok' : chair.error.code).toBe('AUTH.FORBIDDEN')
  const res = await cloud.call('care.export', {}, CITY)
  if (!res.ok) throw new Error(res.error.code)
  const all = cloud.db.dump().care_visits ?? []
  expect(res.data.rows).toBe(all.length)
  const entry = logEntries().find((e) => e.action === 'care.export' && e.outcome === 'ok')!
  expect((entry.visitIds as string[]).sort()).toEqual(all.map((v) => String(v._id)).sort())
  // the file: names masked, no notes; no client reads it from storage, not even the officer who made it
  const exportsDoc = (cloud.db.dump().care_state ?? []).find((d) => d._id === 'exports') as unknown as { files: Array<{ fileId: string }> }
  const fileId = exportsDoc.files[0].fileId
  const sheet = strFromU8(unzipSync(new Uint8Array((await cloud.storage.readFile(fileId))!))['xl/worksheets/sheet1.xml'])
  expect(sheet).toContain('张*明')
  expect(sheet).not.toMatch(/张大明|13812345678|爱人住院/)
  const [asClient] = await cloud.storage.asClient('demo-city-admin').getTempFileURL([fileId])
  expect(asClient.status).not.toBe(0)
  // a day later the timer deletes it
  await cloud.triggers.fire('care', undefined, new Date(NOW + 2 * DAY))
  expect(cloud.storage.exists(fileId)).toBe(false)
})

test('retention: a set time after the campaign ends the visits are anonymised, counts stay, the city sees the run', async () => {
  const before = await counts()
  const set = await cloud.call('care.setRetention', { retentionDays: 30 }, CITY)
  expect(set.ok && set.data.retentionDays).toBe(30)
  // not yet due: nothing happens
  await cloud.triggers.fire('care')
  expect((cloud.db.dump().care_visits ?? []).every((v) => v.anonymisedAt === null)).toBe(true)
  // the campaign ended 31 days ago
  await cloud.db.handle('database.modifyDocument', {
    collectionName: 'campaigns',
    queryType: 'DOC',
    query: JSON.stringify({ _id: DEMO_CAMPAIGN_ID }),
    data: JSON.stringify({ $set: { endAt: { $date: NOW - 31 * DAY } } }),
    merge: true,
  })
  await cloud.triggers.fire('care')
  const visits = cloud.db.dump().care_visits ?? []
  expect(visits.length).toBeGreaterThan(5)
  expect(visits.every((v) => v.anonymisedAt !== null && (v.person as { name: string }).name === '' && v.note === '' && !('personKey' in v))).toBe(true)
  expect(JSON.stringify(visits)).not.toMatch(/张大明|13812345678|爱人住院|user-demo-worker/)
  expect(cloud.db.dump().care_people ?? []).toHaveLength(0)
  expect(await counts()).toEqual(before)
  const status = await cloud.call('care.retention', {}, CITY)
  if (!status.ok) throw new Error(status.error.code)
  expect(status.data.runs.reduce((s, r) => s + r.anonymised, 0)).toBe(visits.length)
  const read = await cloud.call('care.visit', { visitId: first }, CHAIR)
  expect(read.ok && read.data).toMatchObject({ person: { name: '' }, note: '' })
  expect(read.ok && read.data.anonymisedAt).not.toBeNull()
})

test('the demo visits are made through the actions and count', async () => {
  const { seedCareDemo } = await import('../../../local/seed/demo-care')
  const fresh = await startTestCloud()
  try {
    await seedDemo(fresh.db, NOW)
    await seedCareDemo(fresh, NOW)
    const home = await fresh.call('campaign.home', {})
    const count = (k: string) => (home.ok ? home.data.targets.find((t) => t.key === k)?.count : undefined)
    expect([count('hardshipVisits'), count('modelWorkerVisits')]).toEqual([2, 1])
    const due = await fresh.call('care.visits', { unitId: 'u-city', filter: 'due' }, CITY)
    expect(due.ok && due.data.items.map((v) => v.person.name)).toEqual(['陈*华'])
  } finally {
    await fresh.stop()
  }
})
