// The city's list of commended workers: each with their certificate and story (what the story editor and
// the revocation need); only commended nominations, only for the city union.
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { approved, CITY, code, ok, quotas, setNoticeEnd, UNIT_CHAIR, WORKER } from '../../../test/honours-harness'

let cloud: TestCloud

beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemo(cloud.db)
})
afterAll(() => cloud.stop())

test('lists the commended with their certificate and story; nobody else sees it', async () => {
  await quotas(cloud, 10, 10)
  const [a, b] = [await approved(cloud, '孔一'), await approved(cloud, '孟二')]
  expect((await ok(cloud.call('honours.commended', {}, CITY))).items).toEqual([])
  await ok(cloud.call('honours.publishNotice', {}, CITY))
  // On the notice, not yet commended: still not listed.
  expect((await ok(cloud.call('honours.commended', {}, CITY))).items).toEqual([])
  await setNoticeEnd(cloud, Date.now() - 1000)
  await ok(cloud.call('honours.commend', {}, CITY))
  const lead = '从学徒到首席技师，他把每一个零件都当作作品来打磨。'
  await ok(
    cloud.call('honours.saveStory', { nominationId: a, title: '车间里的工匠', lead, blocks: [{ kind: 'paragraph', text: '清晨六点。' }], submit: false }, CITY),
  )

  const page = await ok(cloud.call('honours.commended', {}, CITY))
  expect(page.hasMore).toBe(false)
  const byId = new Map(page.items.map((x) => [x.nominationId, x]))
  expect(byId.get(a)).toMatchObject({ name: '孔一', story: { id: `story-${a}`, status: 'draft' }, certificate: { status: 'valid' } })
  expect(byId.get(b)).toMatchObject({ name: '孟二', story: null, certificate: { status: 'valid' } })
  const number = byId.get(b)!.certificate!.number
  expect((await ok(cloud.call('honours.verify', { number }))).name).toBe('孟二')

  for (const who of [WORKER, UNIT_CHAIR]) expect(await code(cloud.call('honours.commended', {}, who))).toBe('AUTH.FORBIDDEN')
})
