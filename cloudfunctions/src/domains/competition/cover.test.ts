// A competition's cover is public, so it passes WeChat's media check first: sealed, checked, shown
// only once it passed, removed with a reason to the organisers when it fails.
import crypto from 'node:crypto'
import { PNG } from 'pngjs'
import { COVER_NOTES } from '../../../../types/entities/competition'
import { DEFAULT_PUSH_SETTINGS } from '../../../local/openapi/media-check'
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { fields } from '../../../test/competition-fields'

let cloud: TestCloud
const AREA = { OPENID: 'demo-area-chair' }
const AREA_ID = 'user-demo-area-chair'

beforeEach(async () => {
  if (!cloud) cloud = await startTestCloud()
  await cloud.db.clear()
  await seedDemo(cloud.db)
  cloud.openapi.mediaPush(DEFAULT_PUSH_SETTINGS)
})
afterAll(() => cloud.stop())

const ok = <T>(r: { ok: true; data: T } | { ok: false; error: { code: string } }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}`)
  return r.data
}

function png(seed: number): Buffer {
  const img = new PNG({ width: 8, height: 5 })
  img.data.fill(seed)
  return PNG.sync.write(img)
}

const fieldsWith = (coverFileId?: string) => fields(coverFileId ? { coverFileId } : {})

const publicView = async (id: string) => ok(await cloud.call('competition.detail', { competitionId: id }))
const organiserView = async (id: string) => ok(await cloud.call('competition.detail', { competitionId: id }, AREA))
const publicList = async () => ok(await cloud.call('competition.list', {}))

async function created(bytes: Buffer): Promise<string> {
  const upload = await cloud.storage.putFromClient(`competitions/${AREA_ID}/${crypto.randomBytes(4).toString('hex')}.png`, bytes)
  const id = ok(await cloud.call('competition.create', fieldsWith(upload), AREA)).id
  ok(await cloud.call('competition.publish', { competitionId: id }, AREA))
  return id
}

test('a new cover is sealed and checked; the public sees the placeholder until it passes', async () => {
  const id = await created(png(1))
  const mine = await organiserView(id)
  expect(mine.coverFileId).toContain(`/competition-covers/${id}/`)
  expect(mine).toMatchObject({ coverUrl: null, coverNote: COVER_NOTES.checking })
  expect((await publicView(id)).coverUrl).toBeNull()
  expect((await publicList()).items.find((c) => c.id === id)?.coverUrl).toBeNull()
  expect(cloud.db.dump().media_checks.filter((c) => c.refId === id)).toHaveLength(1)

  await cloud.openapi.flushMediaChecks()
  expect((await publicView(id)).coverUrl).toMatch(/^http/)
  expect((await publicList()).items.find((c) => c.id === id)?.coverUrl).toMatch(/^http/)
  expect(await organiserView(id)).not.toHaveProperty('coverNote')
})

test('a cover that fails the check is removed, and the organisers read why', async () => {
  const bad = png(66)
  cloud.openapi.blockMediaHash(crypto.createHash('sha256').update(bad).digest('hex'))
  const id = await created(bad)
  const sealed = (await organiserView(id)).coverFileId!
  await cloud.openapi.flushMediaChecks()
  expect(await organiserView(id)).toMatchObject({ coverFileId: null, coverUrl: null, coverNote: COVER_NOTES.removed })
  expect((await publicView(id)).coverUrl).toBeNull()
  expect(await publicView(id)).not.toHaveProperty('coverNote')
  expect(cloud.storage.exists(sealed)).toBe(false)
})

test('a cover replaced while its check waits: the old verdict changes nothing, the new cover is checked', async () => {
  const id = await created(png(2))
  const first = (await organiserView(id)).coverFileId!
  const upload = await cloud.storage.putFromClient(`competitions/${AREA_ID}/second.png`, png(3))
  const { organizerUnitId: _unit, ...rest } = fieldsWith(upload)
  ok(await cloud.call('competition.update', { competitionId: id, ...rest }, AREA))
  const second = (await organiserView(id)).coverFileId!
  expect(second).not.toBe(first)
  expect(cloud.storage.exists(first)).toBe(false)
  // the old cover's check is closed: the timer will not ask WeChat about a file that is gone
  expect(cloud.db.dump().media_checks.find((c) => c.fileId === first)).toMatchObject({ state: 'done' })
  // the form sends back the cover it holds: no new copy, no new check
  const checks = cloud.db.dump().media_checks.length
  const { organizerUnitId: _u, ...same } = fieldsWith(second)
  ok(await cloud.call('competition.update', { competitionId: id, ...same }, AREA))
  expect(cloud.db.dump().media_checks).toHaveLength(checks)
  await cloud.openapi.flushMediaChecks()
  expect(await organiserView(id)).toMatchObject({ coverFileId: second, coverUrl: expect.stringMatching(/^http/) })
})
