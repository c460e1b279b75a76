// The author's side of works (R5) through the real function entries on the local cloud: drafts,
// submission, the text and image checks, and every way a submission can be refused.
import { Jimp } from 'jimp'
import { subscribeTemplates } from '../../../../types/subscribe-templates'
import { DEMO_CAMPAIGN_ID, seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { as, OTHER_WORKER, UNIT_CHAIR, WORKER, WORKER_ID } from '../../../test/fixtures/personas'
import { content, jpegSize, ok, png, reviewingWork, sha256, storedUnder, unchanged, upload } from '../../../test/fixtures/works'

let cloud: TestCloud

beforeEach(async () => {
  if (!cloud) cloud = await startTestCloud()
  await cloud.db.clear()
  await seedDemo(cloud.db)
})
afterAll(() => cloud.stop())

type Doc = Record<string, unknown> & { _id: string }
const workDoc = (id: string) =>
  cloud.db.dump().works.find((w) => w._id === id) as unknown as Doc & {
    status: string
    images: Array<Record<string, unknown>>
    passed: number
    reviewUnitId: string | null
  }
const campaign = () =>
  cloud.db.dump().campaigns.find((c) => c._id === DEMO_CAMPAIGN_ID) as unknown as { counts: Record<string, number>; stats: Record<string, number> }
const queue = (unitId = 'u-jkq-jixie') => ok(cloud.call('works.reviewQueue', { unitId }, UNIT_CHAIR))

describe('drafts', () => {
  test('a draft is kept on the server for its author only, and can be continued', async () => {
    const img = await upload(cloud, WORKER_ID, png(1))
    const draft = await ok(cloud.call('works.saveDraft', { title: '湘绣', description: '', images: [img] }, WORKER))
    expect(draft).toMatchObject({ status: 'draft', title: '湘绣', category: null, unit: { id: 'u-jkq-jixie', name: '华中机械制造有限公司工会' }, stage: null })
    expect(draft.images[0].fileId).toBe(img)
    // the author sees their own picture before any size exists
    expect(draft.images[0].thumbUrl).toMatch(/^http/)

    const again = await ok(
      cloud.call('works.saveDraft', { workId: draft.id, category: '湘绣', title: '湘绣《百鸟朝凤》', description: '双面绣', images: [img] }, WORKER),
    )
    expect(again.id).toBe(draft.id)
    expect(await ok(cloud.call('works.myWork', { workId: draft.id }, WORKER))).toMatchObject({ title: '湘绣《百鸟朝凤》', category: '湘绣', status: 'draft' })
    expect((await ok(cloud.call('works.myWorks', {}, WORKER))).items.map((w) => w.id)).toEqual([draft.id])

    // nobody else sees it: not another worker, not the public, not the chair's queue
    expect(await cloud.call('works.myWork', { workId: draft.id }, OTHER_WORKER)).toMatchObject({ ok: false, error: { code: 'WORK.NOT_FOUND' } })
    expect(await cloud.call('works.detail', { workId: draft.id })).toMatchObject({ ok: false, error: { code: 'WORK.NOT_FOUND' } })
    expect((await queue()).items).toEqual([])
    // and another worker cannot overwrite it
    await unchanged(cloud, async () =>
      expect(await cloud.call('works.saveDraft', { workId: draft.id, title: 'x', description: '', images: [] }, OTHER_WORKER)).toMatchObject({
        ok: false,
        error: { code: 'WORK.NOT_FOUND' },
      }),
    )
  })

  test('an image taken out of a saved draft is deleted from storage', async () => {
    const a = await upload(cloud, WORKER_ID, png(1))
    const b = await upload(cloud, WORKER_ID, png(2))
    const draft = await ok(cloud.call('works.saveDraft', { title: '', description: '', images: [a, b] }, WORKER))
    await ok(cloud.call('works.saveDraft', { workId: draft.id, title: '', description: '', images: [b] }, WORKER))
    expect(cloud.storage.exists(a)).toBe(false)
    expect(cloud.storage.exists(b)).toBe(true)
  })

  test('deleting a draft deletes its record and its files', async () => {
    const a = await upload(cloud, WORKER_ID, png(1))
    const b = await upload(cloud, WORKER_ID, png(2))
    const draft = await ok(cloud.call('works.saveDraft', { title: '摄影', description: '', images: [a, b] }, WORKER))
    // not someone else's to delete
    await unchanged(cloud, async () =>
      expect(await cloud.call('works.deleteDraft', { workId: draft.id }, OTHER_WORKER)).toMatchObject({ ok: false, error: { code: 'WORK.NOT_FOUND' } }),
    )
    expect(await ok(cloud.call('works.deleteDraft', { workId: draft.id }, WORKER))).toEqual({ deleted: true })
    expect(cloud.db.dump().works).toEqual([])
    expect(cloud.storage.exists(a)).toBe(false)
    expect(cloud.storage.exists(b)).toBe(false)
  })

  test('a work in review or being checked cannot be edited or deleted', async () => {
    const w = await reviewingWork(cloud)
    await unchanged(cloud, async () => {
      expect(await cloud.call('works.deleteDraft', { workId: w.id }, WORKER)).toMatchObject({ ok: false, error: { code: 'WORK.BAD_STATE' } })
      expect(await cloud.call('works.saveDraft', { workId: w.id, title: '改', description: '', images: [] }, WORKER)).toMatchObject({
        ok: false,
        error: { code: 'WORK.BAD_STATE' },
      })
    })
  })
})

describe('submission and the checks', () => {
  test('two clean images: with the unit chair at once, its check waiting; once both pass, list and preview sizes', async () => {
    const big = await new Jimp({ width: 1600, height: 1200, color: 0x3366ccff }).getBuffer('image/jpeg')
    const a = await upload(cloud, WORKER_ID, big, 'jpg')
    const b = await upload(cloud, WORKER_ID, png(7))
    const submitted = await ok(cloud.call('works.submit', content([a, b]), WORKER))
    expect(submitted).toMatchObject({
      status: 'reviewing',
      check: 'waiting',
      stage: { unit: { id: 'u-jkq-jixie' }, passes: 0 },
      steps: [{ kind: 'submitted', unit: { id: 'u-jkq-jixie' } }],
    })

    // sealed: the server's copies in the work's folder; the author's uploads are gone
    const doc = workDoc(submitted.id)
    expect(doc.images.map((im) => [im.sealed, im.check])).toEqual([
      [true, 'pending'],
      [true, 'pending'],
    ])
    for (const im of doc.images) expect(String(im.file)).toContain(`/works/${WORKER_ID}/${submitted.id}/`)
    expect(cloud.storage.exists(a) || cloud.storage.exists(b)).toBe(false)
    // counted once on the campaign home, and the author takes part
    expect(campaign().stats.worksSubmitted).toBe(1)
    expect(campaign().counts.participants).toBe(1)
    // the chair has it before the check: the sealed copies to look at, and the check shown as waiting
    const early = (await queue()).items
    expect(early.map((w) => [w.id, w.check])).toEqual([[submitted.id, 'waiting']])
    expect(early[0].images.map((im) => im.thumbUrl)).toEqual([expect.stringMatching(/^http/), expect.stringMatching(/^http/)])
    expect(early[0].images[0].thumbUrl).not.toContain('-400.jpg')
    expect(cloud.db.dump().media_checks.filter((c) => c.refId === submitted.id)).toHaveLength(2)

    await cloud.openapi.flushMediaChecks()
    const checked = await ok(cloud.call('works.myWork', { workId: submitted.id }, WORKER))
    expect(checked).toMatchObject({ status: 'reviewing', check: 'passed', stage: { unit: { id: 'u-jkq-jixie' }, passes: 0 } })
    expect(checked.steps.map((s) => s.kind)).toEqual(['submitted', 'checked'])
    const after = workDoc(submitted.id)
    expect(after.images.map((im) => im.check)).toEqual(['pass', 'pass'])
    expect(after.images[0]).toMatchObject({ width: 1600, height: 1200 })

    // the sizes exist, as JPEG: 400 × 400 for lists, 1080 on the long side for the large view
    const thumb = await cloud.storage.readFile(String(after.images[0].thumb))
    const preview = await cloud.storage.readFile(String(after.images[0].preview))
    expect([...jpegSize(thumb!), ...jpegSize(preview!)]).toEqual([400, 400, 1080, 810])
    expect(thumb!.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))

    const waiting = await queue()
    expect(waiting.items.map((w) => [w.id, w.authorName, w.unit.name, w.flagged, w.check])).toEqual([
      [submitted.id, '张三', '华中机械制造有限公司工会', false, 'passed'],
    ])
    expect(waiting.items[0].images[0].thumbUrl).toContain('-400.jpg')
    expect(waiting.items[0].images[0].previewUrl).toContain('-1080.jpg')
  })

  test('a risky image hides the work and tells the author why; fixing it and submitting again checks only the new image', async () => {
    const bad = png(99)
    cloud.openapi.blockMediaHash(sha256(bad))
    cloud.openapi.recordSubscription('demo-worker', subscribeTemplates.workReviewResult.id)
    const outbox = (await cloud.openapi.outbox()).length
    const good = await upload(cloud, WORKER_ID, png(1))
    const risky = await upload(cloud, WORKER_ID, bad)
    const w = await ok(cloud.call('works.submit', content([good, risky]), WORKER))
    await cloud.openapi.flushMediaChecks()

    const blocked = await ok(cloud.call('works.myWork', { workId: w.id }, WORKER))
    expect(blocked).toMatchObject({ status: 'blocked', reason: '第 2 张图片未通过内容安全检查，请更换后再提交' })
    expect((await queue()).items).toEqual([])
    const sent = (await cloud.openapi.outbox()).slice(outbox).filter((m) => m.templateId === subscribeTemplates.workReviewResult.id)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ touser: 'demo-worker', page: 'package-works/pages/mine/index', data: { phrase2: '未通过' } })

    // Edit: keep the first (sealed, passed) image, replace the second.
    const kept = blocked.images[0].fileId
    const fresh = await upload(cloud, WORKER_ID, png(3))
    const draft = await ok(
      cloud.call('works.saveDraft', { workId: w.id, category: '书法', title: blocked.title, description: blocked.description, images: [kept, fresh] }, WORKER),
    )
    expect(draft.status).toBe('draft')
    // the risky sealed copy is gone with the image that was taken out
    expect(cloud.storage.exists(blocked.images[1].fileId)).toBe(false)
    const checksBefore = cloud.db.dump().media_checks.length
    await ok(cloud.call('works.submit', { workId: w.id, ...content([kept, fresh]) }, WORKER))
    expect(cloud.db.dump().media_checks.length - checksBefore).toBe(1)
    await cloud.openapi.flushMediaChecks()
    expect(await ok(cloud.call('works.myWork', { workId: w.id }, WORKER))).toMatchObject({ status: 'reviewing', reason: '' })
    // submitted twice, counted once
    expect(campaign().stats.worksSubmitted).toBe(1)
  })

  test('text the check asks a person to read goes on, flagged for the chair', async () => {
    const w = await reviewingWork(cloud, WORKER, WORKER_ID, 5, { description: '有兴趣收藏的工友可以私聊我，一起交流书法。' })
    expect(w.status).toBe('reviewing')
    expect((await queue()).items[0]).toMatchObject({ id: w.id, flagged: true })
  })

  test('a double tap on submit lands once', async () => {
    const a = await upload(cloud, WORKER_ID, png(1))
    const draft = await ok(cloud.call('works.saveDraft', { title: '', description: '', images: [a] }, WORKER))
    const both = await Promise.all([
      cloud.call('works.submit', { workId: draft.id, ...content([a]) }, WORKER),
      cloud.call('works.submit', { workId: draft.id, ...content([a]) }, WORKER),
    ])
    expect(both.filter((r) => r.ok)).toHaveLength(1)
    expect(both.find((r) => !r.ok)).toMatchObject({ ok: false })
    expect(campaign().stats.worksSubmitted).toBe(1)
    const doc = workDoc(draft.id)
    expect(doc.images).toHaveLength(1)
    // the losing attempt's copy does not linger in the work's folder
    expect(await storedUnder(cloud, `works/${WORKER_ID}/${draft.id}`)).toHaveLength(1)
  })
})

describe('refused submissions write nothing', () => {
  const over = (n: number) => '好'.repeat(n)

  test.each([
    ['no image', () => [], {}, 'COMMON.VALIDATION'],
    ['ten images', (ids: string[]) => [...ids, ...ids, ...ids, ids[0]], {}, 'COMMON.VALIDATION'],
    ['the same image twice', (ids: string[]) => [ids[0], ids[0]], {}, 'COMMON.VALIDATION'],
    ['a title over 30 characters', (ids: string[]) => ids, { title: over(31) }, 'COMMON.VALIDATION'],
    ['a description over 500 characters', (ids: string[]) => ids, { description: over(501) }, 'COMMON.VALIDATION'],
    ['a category that is not one of the six', (ids: string[]) => ids, { category: '刺绣' as never }, 'COMMON.VALIDATION'],
    ['a flagged word', (ids: string[]) => ids, { description: '作品出售，加微信代开发票，价格私聊。' }, 'CONTENT.REJECTED'],
  ])('%s', async (_name, pick, overrides, code) => {
    const ids = [await upload(cloud, WORKER_ID, png(1)), await upload(cloud, WORKER_ID, png(2)), await upload(cloud, WORKER_ID, png(3))]
    const files = await storedUnder(cloud, `works/${WORKER_ID}`)
    await unchanged(cloud, async () =>
      expect(await cloud.call('works.submit', content(pick(ids), overrides), WORKER)).toMatchObject({ ok: false, error: { code } }),
    )
    expect(await storedUnder(cloud, `works/${WORKER_ID}`)).toEqual(files)
  })

  test('a file that is not a picture, after good ones: refused, and the copies already made are removed', async () => {
    const good = await upload(cloud, WORKER_ID, png(1))
    const text = await upload(cloud, WORKER_ID, Buffer.from('这不是图片，只是一段文字'), 'jpg')
    const files = await storedUnder(cloud, `works/${WORKER_ID}`)
    await unchanged(cloud, async () =>
      expect(await cloud.call('works.submit', content([good, text]), WORKER)).toMatchObject({
        ok: false,
        error: { code: 'WORK.IMAGE_NOT_IMAGE', issues: [{ path: 'images.1' }] },
      }),
    )
    // only the author's two uploads are left: no sealed copy of the good one
    expect(await storedUnder(cloud, `works/${WORKER_ID}`)).toEqual(files)
  })

  test('an image over 10 MB', async () => {
    const huge = Buffer.concat([png(1), Buffer.alloc(10 * 1024 * 1024)])
    const id = await upload(cloud, WORKER_ID, huge)
    await unchanged(cloud, async () =>
      expect(await cloud.call('works.submit', content([id]), WORKER)).toMatchObject({ ok: false, error: { code: 'WORK.IMAGE_TOO_LARGE' } }),
    )
  })

  test('another person’s file, or one in another folder', async () => {
    const theirs = await upload(cloud, 'user-demo-worker-2', png(1))
    const elsewhere = await cloud.storage.putFromClient(`avatars/${WORKER_ID}/a.png`, png(2))
    const nested = await cloud.storage.putFromClient(`works/${WORKER_ID}/someone-else-work/a.png`, png(3))
    await unchanged(cloud, async () => {
      for (const f of [theirs, elsewhere, nested]) {
        expect(await cloud.call('works.submit', content([f]), WORKER)).toMatchObject({ ok: false, error: { code: 'WORK.IMAGE_NOT_YOURS' } })
        expect(await cloud.call('works.saveDraft', { title: '', description: '', images: [f] }, WORKER)).toMatchObject({
          ok: false,
          error: { code: 'WORK.IMAGE_NOT_YOURS' },
        })
      }
    })
  })

  test('an upload that failed (the file never arrived) leaves no record', async () => {
    const good = await upload(cloud, WORKER_ID, png(1))
    const missing = good.replace(/[^/]+$/, 'never-arrived.jpg')
    await unchanged(cloud, async () => {
      expect(await cloud.call('works.submit', content([good, missing]), WORKER)).toMatchObject({
        ok: false,
        error: { code: 'WORK.IMAGE_MISSING', issues: [{ path: 'images.1' }] },
      })
      expect(await cloud.call('works.saveDraft', { title: '', description: '', images: [missing] }, WORKER)).toMatchObject({
        ok: false,
        error: { code: 'WORK.IMAGE_MISSING' },
      })
    })
  })

  test('only members with a unit submit; the identity is never taken from the input', async () => {
    const img = await upload(cloud, WORKER_ID, png(1))
    await unchanged(cloud, async () => {
      expect(await cloud.call('works.submit', content([img]), as('a-newcomer'))).toMatchObject({ ok: false, error: { code: 'AUTH.PROFILE_REQUIRED' } })
      expect(await cloud.call('works.submit', content([img]))).toMatchObject({ ok: false, error: { code: 'AUTH.NO_IDENTITY' } })
      expect(await cloud.raw('works', { action: 'works.submit', input: { ...content([img]), authorId: 'user-demo-worker-2' } }, WORKER)).toMatchObject({
        ok: false,
        error: { code: 'COMMON.VALIDATION' },
      })
    })
  })
})
