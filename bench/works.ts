// Works at campaign scale (R5): 1,000 works of which 100 are in the exhibition, 50,000 likes, while
// the gallery is opened again and again (a card shared in group chats). One cloud call per gallery
// page; round trips counted at the SDK seam. Also: what making the list and preview sizes costs per
// image, and a submission of nine phone photos end to end.
import { Jimp } from 'jimp'
import { WORK_CATEGORIES, type GalleryItem, type MyWork, type WorkPublic } from '../types/entities/works'
import type { Page } from '../types/contract'
import type { Result } from '../types/errors'
import type { LocalCloud } from '../cloudfunctions/local/index'
import { runAs } from '../cloudfunctions/local/identity'
import { makeSizes } from '../cloudfunctions/src/domains/works/images'
import { percentile, record } from './lib'

const WORKS = 1000
const EXHIBITED = 100
const LIKES = 50000
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

/** A photo-like JPEG (gradients and grain, so it compresses like a real one). */
export async function photo(width: number, height: number, grainSeed: number): Promise<Buffer> {
  const img = new Jimp({ width, height, color: 0xffffffff })
  const d = img.bitmap.data
  let r = grainSeed
  for (let i = 0, p = 0; p < width * height; p++, i += 4) {
    r = (r * 1103515245 + 12345) & 0x7fffffff
    const x = p % width
    const y = (p / width) | 0
    const grain = r & 31
    d[i] = ((x * 255) / width + grain) & 255
    d[i + 1] = ((y * 255) / height + grain) & 255
    d[i + 2] = (((x + y) * 128) / (width + height) + 60 + grain) & 255
  }
  return img.getBuffer('image/jpeg', { quality: 85 })
}

async function seed(cloud: LocalCloud): Promise<string[]> {
  const now = Date.now()
  const units = cloud.db.dump().units.filter((u) => u.type === 'grassroots') as unknown as Array<{ _id: string; path: string[] }>
  const docs: Array<Record<string, unknown>> = []
  const exhibitedIds: string[] = []
  for (let i = 0; i < WORKS; i++) {
    const unit = units[i % units.length]
    const id = `bench-work-${i}`
    const shown = i < EXHIBITED
    const images = []
    for (let k = 0; k < 1 + (i % 4); k++) {
      const thumb =
        shown && k === 0
          ? await cloud.storage.putFromClient(`gallery/${id}/img${k}-400.jpg`, Buffer.from([0xff, 0xd8, 0xff, i & 255]))
          : `cloud://bench/gallery/${id}/img${k}-400.jpg`
      images.push({ file: `cloud://bench/works/author-${i}/${id}/img${k}.jpg`, sealed: true, check: 'pass', thumb, preview: thumb.replace('-400', '-1080') })
    }
    if (shown) exhibitedIds.push(id)
    docs.push({
      _id: id,
      _openid: `bench-author-${i}`,
      campaignId: 'mayday',
      authorId: `bench-author-${i}`,
      authorName: `职工${i}`,
      unitId: unit._id,
      unitPath: unit.path,
      category: WORK_CATEGORIES[i % WORK_CATEGORIES.length],
      title: `作品第${i}号`,
      description: '基准测试用作品说明。'.repeat(8),
      images,
      status: shown ? 'exhibited' : i % 3 === 0 ? 'reviewing' : i % 3 === 1 ? 'draft' : 'rejected',
      passed: images.length,
      flagged: false,
      reviewUnitId: shown ? unit.path[0] : unit._id,
      passes: shown ? 2 : 0,
      reason: '',
      steps: [],
      // 50,000 likes over the 100 exhibited works, 500 each
      likeCount: shown ? LIKES / EXHIBITED : 0,
      submittedAt: new Date(now - (WORKS - i) * 60000),
      ...(shown ? { exhibitedAt: new Date(now - i * 60000) } : {}),
      createdAt: new Date(now - (WORKS - i) * 60000),
      updatedAt: new Date(now),
    })
  }
  await cloud.db.insertMany('works', docs)
  const likes: Array<Record<string, unknown>> = []
  for (let i = 0; i < LIKES; i++) {
    const workId = exhibitedIds[i % EXHIBITED]
    const userId = `bench-liker-${Math.floor(i / EXHIBITED)}`
    likes.push({ _id: `${workId}:${userId}`, workId, userId, createdAt: new Date(now) })
  }
  await cloud.db.insertMany('work_likes', likes)
  return exhibitedIds
}

export async function benchWorks(cloud: LocalCloud): Promise<void> {
  const t0 = performance.now()
  const exhibitedIds = await seed(cloud)
  record('works.seed_ms', performance.now() - t0, `ms (${WORKS} works, ${EXHIBITED} exhibited, ${LIKES} likes)`)

  // 1. the gallery: page 1 of all and of each category, as visitors with and without an identity
  const RUNS = 600
  const samples: number[] = []
  const dbTrips: number[] = []
  const storageTrips: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const category = i % 7 === 0 ? undefined : WORK_CATEGORIES[i % 6]
    const input = category ? { category } : {}
    const { result, counts, ms } = await cloud.runtime.invoke<Result<Page<GalleryItem>>>(
      'works',
      { action: 'works.gallery', input },
      i % 2 ? { OPENID: `bench-worker-${i}` } : {},
    )
    if (!result.ok) throw new Error(`works.gallery failed: ${result.error.code}`)
    if (!category && result.data.items.length !== 20) throw new Error(`gallery page has ${result.data.items.length} works, expected 20`)
    if (counts.dbByAction['database.calculateDocument'] || counts.dbByAction['database.aggregateDocuments'])
      throw new Error('the gallery counted or aggregated')
    samples.push(ms)
    dbTrips.push(counts.db)
    storageTrips.push(counts.storage)
  }
  record('works.gallery.cloud_calls', 1, 'calls/page view')
  record('works.gallery.db_round_trips', mean(dbTrips), 'round trips/page (mean)')
  record('works.gallery.storage_round_trips', mean(storageTrips), 'temp-URL requests/page (mean)')
  record('works.gallery.p50_ms', percentile(samples, 50), 'ms')
  record('works.gallery.p95_ms', percentile(samples, 95), 'ms')

  // 2. the page of a work, for someone signed in (their like looked up) and from a Moments card
  const detail: number[] = []
  const detailTrips: number[] = []
  for (let i = 0; i < 300; i++) {
    const { result, counts, ms } = await cloud.runtime.invoke<Result<WorkPublic>>(
      'works',
      { action: 'works.detail', input: { workId: exhibitedIds[i % EXHIBITED] } },
      i % 2 ? { OPENID: `bench-worker-${i}` } : {},
    )
    if (!result.ok) throw new Error(`works.detail failed: ${result.error.code}`)
    detail.push(ms)
    if (i % 2) detailTrips.push(counts.db)
  }
  record('works.detail.p95_ms', percentile(detail, 95), 'ms')
  record('works.detail.db_round_trips', mean(detailTrips), 'round trips (signed in)')

  // 3. likes: 200 people liking at once, 20 of them twice
  const likers = Array.from({ length: 200 }, (_x, i) => i)
  const t1 = performance.now()
  const likeRuns = await Promise.all(
    [...likers, ...likers.slice(0, 20)].map((i) =>
      cloud.runtime.invoke<Result<{ likeCount: number }>>(
        'works',
        { action: 'works.like', input: { workId: exhibitedIds[0] } },
        { OPENID: `bench-worker-${20000 + i}` },
      ),
    ),
  )
  const likeMs = performance.now() - t1
  const accepted = likeRuns.filter((r) => r.result.ok)
  const doubles = likeRuns.filter((r) => !r.result.ok && r.result.error.code === 'WORK.ALREADY_LIKED')
  const after = cloud.db.dump().works.find((w) => w._id === exhibitedIds[0]) as unknown as { likeCount: number }
  if (accepted.length !== 200 || doubles.length !== 20 || after.likeCount !== LIKES / EXHIBITED + 200) {
    throw new Error(`likes broke the rules: ${accepted.length} accepted, ${doubles.length} refused, count ${after.likeCount}`)
  }
  record('works.like.db_round_trips', mean(accepted.map((r) => r.counts.db)), 'round trips/like (mean)')
  record(
    'works.like.p95_ms',
    percentile(
      accepted.map((r) => r.ms),
      95,
    ),
    'ms (220 at once)',
  )
  record('works.like_burst_total_ms', likeMs, 'ms')

  // 4. list and preview sizes, per image, with jimp (what the content function does per passed image)
  for (const [label, w, h] of [
    ['phone', 1080, 1440],
    ['12mp', 3024, 4032],
  ] as const) {
    const fileId = await cloud.storage.putFromClient(`works/bench-author/bench-sizes/${label}.jpg`, await photo(w, h, 7))
    const runs: number[] = []
    for (let i = 0; i < 3; i++) {
      const t = performance.now()
      await runAs({}, () => makeSizes(fileId, `bench-sizes-${label}`))
      runs.push(performance.now() - t)
    }
    record(`works.sizes_${label}_ms`, Math.min(...runs), `ms/image (${w}×${h} JPEG → 1080 + 400 px, best of 3)`)
  }

  // 5. a submission of nine phone photos: sealed copies and nine media checks, then the checks report
  const users = cloud.db.dump().users as unknown as Array<{ _id: string; _openid: string }>
  const author = users.find((u) => u._openid === 'bench-worker-7')
  if (!author) throw new Error('bench-worker-7 is missing')
  const files: string[] = []
  for (let i = 0; i < 9; i++) files.push(await cloud.storage.putFromClient(`works/${author._id}/bench-${i}.jpg`, await photo(1080, 1440, 100 + i)))
  const submitted = await cloud.runtime.invoke<Result<MyWork>>(
    'works',
    { action: 'works.submit', input: { category: '摄影', title: '车间里的九张照片', description: '一线工友工作时的九个瞬间。', images: files } },
    { OPENID: 'bench-worker-7' },
  )
  if (!submitted.result.ok) throw new Error(`works.submit failed: ${submitted.result.error.code}`)
  record('works.submit_9_images_ms', submitted.ms, 'ms (text check, 9 copies sealed, 9 media checks sent)')
  record('works.submit_9_images.db_round_trips', submitted.counts.db, 'round trips')
  const t2 = performance.now()
  await cloud.openapi.flushMediaChecks()
  record('works.checks_9_images_ms', performance.now() - t2, 'ms (9 verdict pushes; sizes made per image)')
  const checked = await cloud.runtime.invoke<Result<MyWork>>(
    'works',
    { action: 'works.myWork', input: { workId: submitted.result.data.id } },
    { OPENID: 'bench-worker-7' },
  )
  if (!checked.result.ok || checked.result.data.status !== 'reviewing') throw new Error(`nine images did not all pass: ${JSON.stringify(checked.result)}`)
}
