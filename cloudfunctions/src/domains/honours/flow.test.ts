// 展职工风采 end to end on the local cloud: quotas down the tree, a chair nominates, the nominee consents,
// the area union forwards, the city approves and publishes the notice, a worker objects, the city
// dismisses it and commends; the certificate verifies as valid, then as revoked; the home counts move.
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import {
  AREA,
  AREA_CHAIR,
  approved,
  campaignCounts,
  CITY,
  code,
  ok,
  OTHER_WORKER,
  person,
  quotas,
  setNoticeEnd,
  UNIT,
  UNIT_CHAIR,
  WORKER,
  WORKER_ID,
} from '../../../test/honours-harness'

let cloud: TestCloud

beforeEach(async () => {
  if (!cloud) cloud = await startTestCloud()
  await cloud.db.clear()
  await seedDemo(cloud.db)
})
afterAll(() => cloud.stop())

test('quotas go down the tree: the city to 经开区, 经开区 to 华中机械; each level sees its rows', async () => {
  await quotas(cloud, 5, 2)
  const city = await ok(cloud.call('honours.quotas', { unitId: 'u-city' }, CITY))
  expect(city.quota).toBe(1000)
  expect(city.allocated).toBe(5)
  expect(city.rows.find((r) => r.unit.id === AREA)).toMatchObject({ quota: 5, used: 2 })
  const area = await ok(cloud.call('honours.quotas', { unitId: AREA }, AREA_CHAIR))
  expect(area).toMatchObject({ quota: 5, allocated: 2 })
  expect(area.rows.find((r) => r.unit.id === UNIT)).toMatchObject({ quota: 2, used: 0 })
})

test('the whole way: nominate, consent, forward, approve, notice, objection dismissed, commend, verify, revoke', async () => {
  await quotas(cloud, 5, 2)
  const n = await ok(cloud.call('honours.saveNomination', person('张三', { nomineeUserId: WORKER_ID, paperConsent: false }), UNIT_CHAIR))
  expect(n).toMatchObject({ status: 'reviewing', nomineeName: '张三', consent: 'pending', atUnit: { id: AREA } })
  expect((await ok(cloud.call('honours.nominations', { unitId: UNIT }, UNIT_CHAIR))).used).toBe(1)

  // the area union cannot forward before the nominee agrees; the nominee confirms in the app
  expect(await code(cloud.call('honours.decide', { nominationId: n.id, decision: 'forward' }, AREA_CHAIR))).toBe('HONOUR.NO_CONSENT')
  const mine = await ok(cloud.call('honours.mine', {}, WORKER))
  expect(mine).toEqual([expect.objectContaining({ id: n.id, consent: 'pending', status: 'reviewing' })])
  expect(await code(cloud.call('honours.confirmConsent', { nominationId: n.id }, OTHER_WORKER))).toBe('HONOUR.NOT_NOMINEE')
  expect(await ok(cloud.call('honours.confirmConsent', { nominationId: n.id }, WORKER))).toMatchObject({ consent: 'app' })

  // a queue is the union's whose turn it is
  expect((await ok(cloud.call('honours.nominations', { unitId: AREA, view: 'queue' }, AREA_CHAIR))).items.map((x) => x.id)).toEqual([n.id])
  expect(await code(cloud.call('honours.decide', { nominationId: n.id, decision: 'forward' }, CITY))).toBe('HONOUR.NOT_YOUR_STAGE')
  expect(await ok(cloud.call('honours.decide', { nominationId: n.id, decision: 'forward' }, AREA_CHAIR))).toMatchObject({
    status: 'reviewing',
    atUnit: { id: 'u-city' },
  })
  expect(await ok(cloud.call('honours.decide', { nominationId: n.id, decision: 'forward' }, CITY))).toMatchObject({ status: 'approved', atUnit: null })

  // every decision is audited: who, when, before, after
  const audits = cloud.db.dump().audit_log.filter((a) => a.targetId === n.id)
  expect(audits).toHaveLength(2)
  const by = (actor: string) => audits.find((a) => a.actorId === actor)
  expect(by('user-demo-area-chair')).toMatchObject({
    kind: 'honour',
    action: 'honours.forward',
    detail: { before: { status: 'reviewing', atUnit: AREA }, after: { status: 'reviewing', atUnit: 'u-city' } },
  })
  expect(by('user-demo-city-admin')).toMatchObject({ action: 'honours.forward', detail: { after: { status: 'approved', atUnit: null } } })

  // the notice: published for the default 5 days, public, and only name, unit, job, honour
  expect(await code(cloud.call('honours.notice', {}))).toBe('ok')
  const published = await ok(cloud.call('honours.publishNotice', {}, CITY))
  expect(published.published).toBe(1)
  expect(Math.round((published.endAt - Date.now()) / 86400000)).toBe(5)
  const page = await ok(cloud.call('honours.notice', {}, {}))
  expect(page.notice).toMatchObject({ total: 1, open: true })
  expect(page.items).toEqual([{ id: n.id, name: '张三', unitName: '华中机械制造有限公司工会', job: '数控车工', category: '先进工作者' }])
  expect(await code(cloud.call('honours.publishNotice', {}, CITY))).toBe('HONOUR.NOTICE_RUNNING')

  // an objection: received, never shown to the nominee or the unit; the city reads and dismisses it
  const reason = '据了解其所称攻关项目实际由班组集体完成，请核实。'
  expect(await ok(cloud.call('honours.object', { nominationId: n.id, reason }, OTHER_WORKER))).toEqual({ received: true })
  expect(await code(cloud.call('honours.object', { nominationId: n.id, reason }, OTHER_WORKER))).toBe('HONOUR.ALREADY_OBJECTED')
  for (const [who, action, input] of [
    [WORKER, 'honours.mine', {}],
    [UNIT_CHAIR, 'honours.nominations', { unitId: UNIT }],
    [AREA_CHAIR, 'honours.nominations', { unitId: AREA, view: 'own' }],
  ] as const) {
    const text = JSON.stringify(await ok(cloud.call(action as 'honours.mine', input as Record<string, never>, who)))
    expect(text).not.toContain('班组集体')
    expect(text).not.toContain('demo-worker-2')
  }
  const open = await ok(cloud.call('honours.objections', {}, CITY))
  expect(open.items).toEqual([expect.objectContaining({ nominationId: n.id, nomineeName: '张三', reason, status: 'open' })])
  expect(JSON.stringify(open)).not.toContain('demo-worker-2')
  expect(await code(cloud.call('honours.commend', {}, CITY))).toBe('HONOUR.NOTICE_RUNNING')
  await ok(cloud.call('honours.resolveObjection', { objectionId: open.items[0].id, upheld: false, resolution: '经核实，项目由其主持完成' }, CITY))
  expect(await code(cloud.call('honours.resolveObjection', { objectionId: open.items[0].id, upheld: true, resolution: '再次处理' }, CITY))).toBe(
    'HONOUR.OBJECTION_DECIDED',
  )

  // after the notice: commend; the certificate verifies; the home count moves
  const before = campaignCounts(cloud).commended ?? 0
  await setNoticeEnd(cloud, Date.now() - 1000)
  expect(await code(cloud.call('honours.object', { nominationId: n.id, reason: '公示结束后再提异议的情况说明文字' }, OTHER_WORKER))).toBe(
    'HONOUR.NOT_ON_NOTICE',
  )
  expect(await ok(cloud.call('honours.commend', {}, CITY))).toEqual({ commended: 1 })
  expect(campaignCounts(cloud).commended).toBe(before + 1)
  const [honour] = await ok(cloud.call('honours.mine', {}, WORKER))
  expect(honour).toMatchObject({ status: 'commended', certificate: { status: 'valid' } })
  const number = honour.certificate!.number
  expect(number).toMatch(/^\d{4}-0001-[2-9A-HJ-NP-Z]{4}$/)
  expect(await ok(cloud.call('honours.verify', { number: number.toLowerCase() }, {}))).toMatchObject({
    number,
    name: '张三',
    category: '先进工作者',
    issuer: '市总工会',
    status: 'valid',
  })
  expect(await code(cloud.call('honours.commend', {}, CITY))).toBe('HONOUR.NOTHING_TO_PUBLISH')

  // a revoked certificate says so, with the reason; a forged number is answered clearly
  await ok(cloud.call('honours.revokeCertificate', { number, reason: '本人事迹经查不实' }, CITY))
  expect(await ok(cloud.call('honours.verify', { number }, {}))).toMatchObject({ status: 'revoked', revokedReason: '本人事迹经查不实' })
  const forged = number.slice(0, -4) + (number.endsWith('AAAA') ? 'BBBB' : 'AAAA')
  expect(await code(cloud.call('honours.verify', { number: forged }, {}))).toBe('HONOUR.CERT_NOT_FOUND')
  expect(await code(cloud.call('honours.verify', { number: 'not-a-number' }, {}))).toBe('COMMON.VALIDATION')
})

test('an upheld objection takes the nominee off the notice with the reason; the others are commended', async () => {
  await quotas(cloud, 5, 3)
  const a = await approved(cloud, '陈一')
  const b = await approved(cloud, '陈二')
  await ok(cloud.call('honours.publishNotice', { days: 7 }, CITY))
  await ok(cloud.call('honours.object', { nominationId: a, reason: '此人曾因违反安全规程受到处分，不宜表彰。' }, OTHER_WORKER))
  await ok(cloud.call('honours.object', { nominationId: a, reason: '同样反映此人受过处分，请市总工会核查。' }, WORKER))
  // nobody is commended while an objection to someone on the notice is open
  await setNoticeEnd(cloud, Date.now() - 1000)
  expect(await code(cloud.call('honours.commend', {}, CITY))).toBe('HONOUR.OBJECTIONS_OPEN')
  const [first] = (await ok(cloud.call('honours.objections', {}, CITY))).items
  await ok(cloud.call('honours.resolveObjection', { objectionId: first.id, upheld: true, resolution: '经核实曾受处分' }, CITY))
  // the same finding settles the other objection to the same nominee
  expect((await ok(cloud.call('honours.objections', {}, CITY))).items).toEqual([])
  expect((await ok(cloud.call('honours.notice', {}))).items.map((x) => x.id)).toEqual([b])
  const removed = (await ok(cloud.call('honours.nominations', { unitId: UNIT }, UNIT_CHAIR))).items.find((x) => x.id === a)
  expect(removed).toMatchObject({ status: 'removed', reason: '经核实曾受处分' })
  expect(await ok(cloud.call('honours.commend', {}, CITY))).toEqual({ commended: 1 })
})

test('return keeps the place and the chair submits again; turning down gives the place back', async () => {
  await quotas(cloud, 5, 1)
  const n = await ok(cloud.call('honours.saveNomination', person('刘一'), UNIT_CHAIR))
  expect(await code(cloud.call('honours.decide', { nominationId: n.id, decision: 'return' }, AREA_CHAIR))).toBe('HONOUR.REASON_REQUIRED')
  expect(await ok(cloud.call('honours.decide', { nominationId: n.id, decision: 'return', reason: '请补充近三年的主要业绩' }, AREA_CHAIR))).toMatchObject({
    status: 'returned',
    reason: '请补充近三年的主要业绩',
  })
  expect((await ok(cloud.call('honours.nominations', { unitId: UNIT }, UNIT_CHAIR))).used).toBe(1)
  // the returned nomination goes again without a second place (the quota is 1)
  expect(await ok(cloud.call('honours.saveNomination', { ...person('刘一'), nominationId: n.id }, UNIT_CHAIR))).toMatchObject({ status: 'reviewing' })
  await ok(cloud.call('honours.decide', { nominationId: n.id, decision: 'reject', reason: '事迹不够突出' }, AREA_CHAIR))
  expect((await ok(cloud.call('honours.nominations', { unitId: UNIT }, UNIT_CHAIR))).used).toBe(0)
  // the place is free again, and so is the person
  expect(await ok(cloud.call('honours.saveNomination', person('刘一'), UNIT_CHAIR))).toMatchObject({ status: 'reviewing' })
})

test('drafts are kept, hold no place, and are seen by no one else', async () => {
  await quotas(cloud, 5, 1)
  const d = await ok(cloud.call('honours.saveNomination', { unitId: UNIT, submit: false, nomineeName: '周一', deeds: '' }, UNIT_CHAIR))
  expect(d).toMatchObject({ status: 'draft', nomineeName: '周一' })
  expect((await ok(cloud.call('honours.nominations', { unitId: UNIT }, UNIT_CHAIR))).used).toBe(0)
  expect((await ok(cloud.call('honours.nominations', { unitId: AREA, view: 'queue' }, AREA_CHAIR))).items).toEqual([])
  expect(await code(cloud.call('honours.saveNomination', { unitId: UNIT, submit: false, deeds: '' }, UNIT_CHAIR))).toBe('HONOUR.EMPTY_DRAFT')
  expect(await ok(cloud.call('honours.saveNomination', { ...person('周一'), nominationId: d.id }, UNIT_CHAIR))).toMatchObject({ id: d.id, status: 'reviewing' })
})
