// Unit summary reports (R9) through the real function entry: a draft from the unit's figures, submission
// with sealed photos sent to the media check, late after the deadline, the city's status per unit, accept
// (then locked) or return with a reason, reminders once per unit per day, scope, refused input writing nothing.
import { subscribeTemplates } from '../../../../types/subscribe-templates'
import { REPORT_LIMITS } from '../../../../types/limits/reports'
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { db } from '../../lib/cloud'

let cloud: TestCloud
const CITY = { OPENID: 'demo-city-admin' }
const AREA = { OPENID: 'demo-area-chair' } // 经开区工会 (u-jkq)
const CHAIR = { OPENID: 'demo-unit-chair' } // 华中机械 (u-jkq-jixie)
const CHAIR_ID = 'user-demo-unit-chair'
const UNIT = 'u-jkq-jixie'
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEUlEQVR4AWM8AQQMQMDEAAUAMKYDJOk+9mYAAAAASUVORK5CYII=', 'base64')

type R<T> = { ok: true; data: T } | { ok: false; error: { code: string } }
const ok = <T>(r: R<T>): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}`)
  return r.data
}
const code = (r: R<unknown>) => (r.ok ? 'ok' : r.error.code)
const snapshot = () => JSON.stringify(cloud.db.dump())
const upload = (name: string, bytes: Buffer = PNG, owner = CHAIR_ID) => cloud.storage.putFromClient(`summaries/${owner}/${name}`, bytes)
const summary = (over: Record<string, unknown> = {}) => ({
  unitId: UNIT,
  title: '华中机械五一活动工作总结',
  body: '本单位认真组织职工参加技能比武和金点子征集，职工参与热情高，取得了良好成效。',
  photos: [] as string[],
  submit: false,
  ...over,
})

beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(async () => {
  await cloud.stop()
})
beforeEach(async () => {
  await cloud.db.clear()
  await seedDemo(cloud.db)
})

test('a chair gets a draft from the unit’s figures, saves it, submits it with photos; the city sees the unit move from missing to submitted', async () => {
  const draft = ok(await cloud.call('reports.mine', { unitId: UNIT }, CHAIR))
  expect(draft).toMatchObject({ fresh: true, status: 'draft', unit: { id: UNIT }, photos: [] })
  expect(draft.body).toContain(`会员人数 ${draft.figures.members} 人`)
  expect(draft.figures.members).toBeGreaterThan(0)
  expect(cloud.db.dump().reports ?? []).toHaveLength(0) // nothing written until saved

  const before = ok(await cloud.call('reports.status', { unitId: 'u-city', state: 'missing' }, CITY))
  expect(before.items.map((i) => i.unit.id)).toContain(UNIT)

  ok(await cloud.call('reports.save', summary({ title: draft.title, body: draft.body }), CHAIR))
  const photos = await Promise.all([upload('a.png'), upload('b.png')])
  const sent = ok(await cloud.call('reports.save', summary({ photos, submit: true }), CHAIR))
  expect(sent).toMatchObject({ status: 'submitted', late: false, fresh: false })
  expect(sent.photos).toHaveLength(2)
  // sealed: the report holds the server's copies, not the chair's uploads, and each went to the media check
  expect(sent.photos.every((p) => !photos.includes(p.file) && p.check === 'waiting' && p.url)).toBe(true)
  const checks = (cloud.db.dump().media_checks ?? []).filter((c) => c.kind === 'report')
  expect(checks.map((c) => c.fileId).sort()).toEqual(sent.photos.map((p) => p.file).sort())

  const after = ok(await cloud.call('reports.status', { unitId: 'u-city', state: 'submitted' }, CITY))
  expect(after.items.map((i) => i.unit.id)).toEqual([UNIT])
  expect(after.counts.submitted).toBe(1)
  expect(after.counts.missing).toBe(before.counts.missing - 1)
  const read = ok(await cloud.call('reports.read', { unitId: UNIT }, CITY))
  expect(read.body).toBe(summary().body)
  // WeChat's verdicts arrive (pushed to the content function) and mark each photo of the report
  await cloud.openapi.flushMediaChecks()
  expect(ok(await cloud.call('reports.read', { unitId: UNIT }, CITY)).photos.map((p) => p.check)).toEqual(['pass', 'pass'])
})

test('after the deadline a submission is accepted and marked late', async () => {
  const due = Date.now() - 3600_000
  await db()
    .collection('campaigns')
    .doc('mayday')
    .update({ data: { summaryDueAt: new Date(due) } })
  const sent = ok(await cloud.call('reports.save', summary({ submit: true }), CHAIR))
  expect(sent).toMatchObject({ status: 'submitted', late: true, dueAt: due })
  const status = ok(await cloud.call('reports.status', { unitId: 'u-jkq', state: 'late' }, AREA))
  expect(status.items.map((i) => i.unit.id)).toEqual([UNIT])
  expect(status.counts).toMatchObject({ late: 1, submitted: 0 })
})

test('an accepted report cannot change; a return needs a reason and puts the unit back among the missing', async () => {
  ok(await cloud.call('reports.save', summary({ submit: true }), CHAIR))
  let before = snapshot()
  expect(code(await cloud.call('reports.decide', { unitId: UNIT, decision: 'return', reason: '' }, CITY))).toBe('REPORT.REASON_REQUIRED')
  expect(snapshot()).toBe(before)
  const returned = ok(await cloud.call('reports.decide', { unitId: UNIT, decision: 'return', reason: '请补充活动照片' }, AREA))
  expect(returned).toMatchObject({ status: 'returned', reason: '请补充活动照片' })
  expect(ok(await cloud.call('reports.status', { unitId: 'u-city', state: 'missing' }, CITY)).items.map((i) => i.unit.id)).toContain(UNIT)

  ok(await cloud.call('reports.save', summary({ submit: true, body: `${summary().body}补充了照片。` }), CHAIR))
  ok(await cloud.call('reports.decide', { unitId: UNIT, decision: 'accept' }, CITY))
  before = snapshot()
  expect(code(await cloud.call('reports.save', summary({ submit: true }), CHAIR))).toBe('REPORT.ACCEPTED')
  expect(code(await cloud.call('reports.save', summary(), CHAIR))).toBe('REPORT.ACCEPTED')
  expect(code(await cloud.call('reports.decide', { unitId: UNIT, decision: 'return', reason: '再改改' }, CITY))).toBe('REPORT.ACCEPTED')
  expect(snapshot()).toBe(before)
})

test('an area union sees and acts on its own subtree only: outside it, a coded refusal and nothing written', async () => {
  const other = { OPENID: 'demo-worker-2' } // a worker of 市人民医院 (u-health-renmin), not a chair
  expect(code(await cloud.call('reports.mine', { unitId: 'u-health-renmin' }, CHAIR))).toBe('AUTH.OUT_OF_SCOPE')
  expect(code(await cloud.call('reports.mine', { unitId: 'u-health-renmin' }, other))).toBe('AUTH.FORBIDDEN')
  const before = snapshot()
  for (const [action, input] of [
    ['reports.status', { unitId: 'u-health', state: 'missing' }],
    ['reports.remind', { unitId: 'u-health-renmin' }],
    ['reports.remind', { unitId: 'u-city' }],
    ['reports.export', { unitId: 'u-health' }],
    ['reports.read', { unitId: 'u-health-renmin' }],
    ['reports.decide', { unitId: 'u-health-renmin', decision: 'accept', reason: '' }],
  ] as const) {
    expect([action, code(await cloud.call(action, input as never, AREA))]).toEqual([action, expect.stringMatching(/^AUTH\.OUT_OF_SCOPE$|^COMMON\.NOT_FOUND$/)])
  }
  expect(snapshot()).toBe(before)
})

test('reminders: once per unit per day however often or however many press at once; in-app and by subscription message', async () => {
  cloud.openapi.recordSubscription('demo-unit-chair', subscribeTemplates.reportReminder.id)
  const first = ok(await cloud.call('reports.remind', { unitId: UNIT }, CITY))
  expect(first).toEqual({ reminded: 1, skipped: 0, messages: 1 })
  const before = snapshot()
  expect(code(await cloud.call('reports.remind', { unitId: UNIT }, AREA))).toBe('REPORT.REMINDED_TODAY')
  expect(snapshot()).toBe(before)
  // everyone presses "remind all" at once: each missing unit gets exactly one reminder today
  const all = await Promise.all(Array.from({ length: 12 }, () => cloud.call('reports.remind', { unitId: 'u-city' }, CITY)))
  const reminded = all.map((r) => ok(r).reminded).reduce((a, b) => a + b, 0)
  const missing = ok(await cloud.call('reports.status', { unitId: 'u-city', state: 'missing' }, CITY))
  expect(reminded).toBe(missing.counts.missing - 1)
  const docs = cloud.db.dump().report_reminders
  expect(docs).toHaveLength(missing.counts.missing)
  expect(new Set(docs.map((d) => d.unitId)).size).toBe(docs.length)
  expect(missing.items.every((i) => i.remindedToday)).toBe(true)
  // the chair sees it on their page, and got one message (one subscription = one send)
  expect(ok(await cloud.call('reports.mine', { unitId: UNIT }, CHAIR)).remindedAt).toEqual(expect.any(Number))
  expect(ok(await cloud.call('people.todo', {}, CHAIR))['reports-mine']).toBe(1)
  const outbox = (await cloud.openapi.outbox()).filter((m) => m.templateId === subscribeTemplates.reportReminder.id)
  expect(outbox.map((m) => m.touser)).toEqual(['demo-unit-chair'])
  // a unit that has submitted is not reminded
  ok(await cloud.call('reports.save', summary({ submit: true }), CHAIR))
  expect(ok(await cloud.call('people.todo', {}, CHAIR))['reports-mine']).toBe(0)
  expect(code(await cloud.call('reports.remind', { unitId: UNIT }, CITY))).toBe('REPORT.NOTHING_TO_REMIND')
})

test('photos: too many, oversized, not a picture, someone else’s, or flagged text are refused with a code and nothing written', async () => {
  const big = Buffer.alloc(REPORT_LIMITS.photoMaxBytes + 1, 0)
  PNG.copy(big)
  const cases: Array<[string, () => Promise<Record<string, unknown>>, string]> = [
    [
      'too many photos',
      async () => summary({ photos: await Promise.all(Array.from({ length: REPORT_LIMITS.photos.max + 1 }, (_x, i) => upload(`n${i}.png`))) }),
      'COMMON.VALIDATION',
    ],
    ['an oversized photo', async () => summary({ photos: [await upload('ok.png'), await upload('big.png', big)], submit: true }), 'REPORT.PHOTO_TOO_LARGE'],
    ['not a picture', async () => summary({ photos: [await upload('x.png', Buffer.from('%PDF-1.4 not a photo'))] }), 'REPORT.PHOTO_NOT_IMAGE'],
    ['someone else’s upload', async () => summary({ photos: [await upload('y.png', PNG, 'user-demo-worker')] }), 'REPORT.PHOTO_NOT_YOURS'],
    ['a photo never uploaded', async () => summary({ photos: [`cloud://local.bucket/summaries/${CHAIR_ID}/gone.png`] }), 'REPORT.PHOTO_MISSING'],
    ['flagged text', async () => summary({ body: '想了解详情的请加微信，代开发票，本单位活动总结如下。', submit: true }), 'CONTENT.REJECTED'],
    ['a unit above the chair’s', async () => summary({ unitId: 'u-jkq' }), 'AUTH.OUT_OF_SCOPE'],
  ]
  for (const [label, input, expected] of cases) {
    const payload = await input()
    const before = JSON.stringify({ ...cloud.db.dump(), media_checks: undefined })
    expect([label, code(await cloud.call('reports.save', payload as never, CHAIR))]).toEqual([label, expected])
    expect([label, JSON.stringify({ ...cloud.db.dump(), media_checks: undefined })]).toEqual([label, before])
    expect([label, (cloud.db.dump().media_checks ?? []).length]).toEqual([label, 0])
  }
})

test('the export holds every grassroots union of the caller’s subtree', async () => {
  ok(await cloud.call('reports.save', summary({ submit: true }), CHAIR))
  const area = ok(await cloud.call('reports.export', { unitId: 'u-jkq' }, AREA))
  const city = ok(await cloud.call('reports.export', { unitId: 'u-city' }, CITY))
  expect(area.fileName).toMatch(/工作总结.*\.xlsx$/)
  const units = cloud.db.dump().units.filter((u) => u.type === 'grassroots' && u.status === 'active')
  expect(city.rows).toBe(units.length)
  expect(area.rows).toBe(units.filter((u) => (u.path as string[]).includes('u-jkq')).length)
  expect(area.rows).toBeLessThan(city.rows)
  // the files are deleted by the daily timer a day after they were written
  const files = (cloud.db.dump().report_exports ?? []).map((e) => e.fileId as string)
  expect(files).toHaveLength(2)
  expect(files.every((f) => cloud.storage.exists(f))).toBe(true)
  await cloud.triggers.fire('reports')
  expect(files.every((f) => cloud.storage.exists(f))).toBe(true)
  await cloud.triggers.fire('reports', undefined, new Date(Date.now() + 2 * 86_400_000))
  expect(files.some((f) => cloud.storage.exists(f))).toBe(false)
  expect(cloud.db.dump().report_exports ?? []).toHaveLength(0)
})
