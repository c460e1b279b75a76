// 展职工风采 at campaign scale: 1,000 nominations on the public notice, then 1,000 commended with their
// certificates. What the public pages cost: the notice page and the verification page, one cloud call
// each, their round trips and p95 (opened again and again from shared cards, signed in or not).
import { PNG } from 'pngjs'
import wx from 'wx-server-sdk'
import type { CertificateView, NoticePage, SealView, StoryCard, StoryPublic, Verification } from '../types/entities/honours'
import type { Page } from '../types/contract'
import { HONOUR_CATEGORIES, HONOUR_LIMITS } from '../types/entities/honours'
import type { Result } from '../types/errors'
import type { LocalCloud } from '../cloudfunctions/local/index'
import type { Database } from '../cloudfunctions/src/lib/db-types'
import { percentile, record } from './lib'

const N = HONOUR_LIMITS.goal
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length

async function seed(cloud: LocalCloud): Promise<void> {
  const now = new Date()
  const units = cloud.db.dump().units.filter((u) => u.type === 'grassroots') as unknown as Array<{ _id: string; path: string[]; name: string }>
  const db = wx.database({ throwOnNotFound: false } as Parameters<typeof wx.database>[0]) as unknown as Database
  // whatever an earlier part left on the notice is taken off it
  await db
    .collection('honour_nominations')
    .where({ campaignId: 'mayday', status: db.command.in(['noticed', 'approved']) })
    .update({ data: { status: 'removed' } })
  const docs = Array.from({ length: N }, (_x, i) => {
    const u = units[i % units.length]
    return {
      _id: `bench-hon-${i}`,
      campaignId: 'mayday',
      unitId: u._id,
      unitPath: u.path,
      unitName: u.name,
      nomineeUserId: null,
      nomineeName: `职工${i}`,
      job: '数控车工',
      category: HONOUR_CATEGORIES[i % HONOUR_CATEGORIES.length],
      deeds: '事迹'.repeat(400),
      photo: null,
      consent: { kind: 'paper', at: now },
      status: 'approved',
      reviewUnitId: null,
      personKey: null,
      holdsPlace: true,
      reason: '',
      steps: [],
      createdBy: 'bench',
      submittedAt: now,
      createdAt: now,
      updatedAt: now,
    }
  })
  for (let i = 0; i < docs.length; i += 500) await cloud.db.insertMany('honour_nominations', docs.slice(i, i + 500))
  await db
    .collection('honour_rounds')
    .doc('mayday')
    .update({ data: { 'notice.endAt': new Date(Date.now() - 1000) } })
}

const call = <T>(cloud: LocalCloud, action: string, input: unknown, openid?: string) =>
  cloud.runtime.invoke<Result<T>>('honours', { action, input }, openid ? { OPENID: openid } : {})

export async function benchHonours(cloud: LocalCloud): Promise<void> {
  await seed(cloud)
  const published = await call<{ published: number }>(cloud, 'honours.publishNotice', {}, 'demo-city-admin')
  if (!published.result.ok) throw new Error(`publish: ${published.result.error.code}`)
  record('honours.publish_1000_ms', published.ms, `ms (${published.result.data.published} onto the notice, one call)`)

  const samples: number[] = []
  const trips: number[] = []
  const pages = Math.ceil(N / HONOUR_LIMITS.noticePage)
  for (let i = 0; i < 60; i++) {
    const r = await call<NoticePage>(cloud, 'honours.notice', { page: 1 + (i % pages) }, i % 2 ? `bench-reader-${i}` : undefined)
    if (!r.result.ok || r.result.data.items.length !== HONOUR_LIMITS.noticePage) throw new Error('notice page incomplete')
    samples.push(r.ms)
    trips.push(r.counts.db + r.counts.storage)
  }
  record('honours.notice.cloud_calls', 1, `calls/page view (${HONOUR_LIMITS.noticePage} names a page, ${N} on the notice)`)
  record('honours.notice.round_trips', mean(trips), 'round trips/page (mean)')
  record('honours.notice.p95_ms', percentile(samples, 95), 'ms')

  const db = wx.database({ throwOnNotFound: false } as Parameters<typeof wx.database>[0]) as unknown as Database
  await db
    .collection('honour_rounds')
    .doc('mayday')
    .update({ data: { 'notice.endAt': new Date(Date.now() - 1000) } })
  const commended = await call<{ commended: number }>(cloud, 'honours.commend', {}, 'demo-city-admin')
  if (!commended.result.ok) throw new Error(`commend: ${commended.result.error.code}`)
  record('honours.commend_1000_ms', commended.ms, `ms (${commended.result.data.commended} commended with certificate numbers, one call)`)
  record('honours.commend_1000.round_trips', commended.counts.db, 'round trips')

  const numbers = ((await db.collection('certificates').where({ campaignId: 'mayday' }).limit(1000).get()).data as Array<{ _id: string }>).map((c) => c._id)
  const vs: number[] = []
  const vt: number[] = []
  for (let i = 0; i < 100; i++) {
    const forged = i % 10 === 9
    const number = forged ? numbers[i].slice(0, -4) + 'ZZZZ' : numbers[(i * 37) % numbers.length]
    const r = await call<Verification>(cloud, 'honours.verify', { number }, i % 2 ? `bench-reader-${i}` : undefined)
    if (forged ? r.result.ok || r.result.error.code !== 'HONOUR.CERT_NOT_FOUND' : !r.result.ok) throw new Error('verification answered wrongly')
    vs.push(r.ms)
    vt.push(r.counts.db)
  }
  record('honours.verify.cloud_calls', 1, `calls/page view (${numbers.length} certificates; 1 in 10 a forged number)`)
  record('honours.verify.round_trips', mean(vt), 'round trips/page (mean)')
  record('honours.verify.p95_ms', percentile(vs, 95), 'ms')
}

/** A seal picture as the city admin uploads it: a red ring on a transparent 600 px square. */
function sealPicture(): Buffer {
  const size = 600
  const png = new PNG({ width: size, height: size })
  for (let y = 0; y < size; y++)
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - size / 2, y - size / 2)
      png.data.set(d < 290 && (d > 260 || d < 60) ? [200, 20, 30, 255] : [0, 0, 0, 0], (y * size + x) * 4)
    }
  return PNG.sync.write(png)
}

/**
 * Certificate images (after benchHonours commended 1,000): the first view of each draws it (font, text,
 * seal, the verification page's code, PNG, upload); a later view answers the kept picture.
 */
export async function benchCertificates(cloud: LocalCloud): Promise<void> {
  const file = await cloud.storage.putFromClient('honours/user-demo-city-admin/bench-seal.png', sealPicture())
  const set = await call<SealView>(cloud, 'honours.setSeal', { file }, 'demo-city-admin')
  if (!set.result.ok) throw new Error(`setSeal: ${set.result.error.code}`)
  await cloud.openapi.flushMediaChecks()
  const db = wx.database({ throwOnNotFound: false } as Parameters<typeof wx.database>[0]) as unknown as Database
  const certs = (await db.collection('certificates').where({ campaignId: 'mayday' }).limit(20).get()).data as Array<{ _id: string; nominationId: string }>
  await db
    .collection('honour_nominations')
    .where({ _id: db.command.in(certs.map((c) => c.nominationId)) })
    .update({ data: { nomineeUserId: 'user-demo-worker' } })
  const first: number[] = []
  const kept: number[] = []
  const trips: number[] = []
  let bytes = 0
  for (const c of certs) {
    const r = await call<CertificateView>(cloud, 'honours.certificate', { number: c._id }, 'demo-worker')
    if (!r.result.ok) throw new Error(`certificate: ${r.result.error.code}`)
    first.push(r.ms)
    trips.push(r.counts.db + r.counts.storage + r.counts.openapi)
    const image = ((await db.collection('certificates').doc(c._id).get()).data as { image: string }).image
    bytes += (await cloud.storage.readFile(image))!.length
    const again = await call<CertificateView>(cloud, 'honours.certificate', { number: c._id }, 'demo-worker')
    if (!again.result.ok) throw new Error('kept certificate not answered')
    kept.push(again.ms)
  }
  record('honours.certificate.first_view_p95_ms', percentile(first, 95), `ms (draws the 1080×1528 PNG and stores it; ${certs.length} certificates)`)
  record('honours.certificate.first_view_mean_ms', mean(first), 'ms')
  record('honours.certificate.first_view.round_trips', mean(trips), 'round trips (database + storage + wxacode, mean)')
  record('honours.certificate.kept_view_p95_ms', percentile(kept, 95), 'ms (the kept picture: no drawing)')
  record('honours.certificate.image_kb', bytes / certs.length / 1024, 'KB per certificate PNG (mean)')
}

/** 100 published stories (one per commended worker), each with a cover and six images. */
async function seedStories(cloud: LocalCloud): Promise<string[]> {
  const now = Date.now()
  const docs = []
  for (let i = 0; i < HONOUR_LIMITS.stories; i++) {
    const files = []
    for (let k = 0; k < 6; k++)
      files.push(await cloud.storage.putFromClient(`honours/bench-editor/story-${i}-${k}.jpg`, Buffer.from([0xff, 0xd8, 0xff, i & 255, k])))
    docs.push({
      _id: `story-bench-hon-${i}`,
      nominationId: `bench-hon-${i}`,
      campaignId: 'mayday',
      name: `职工${i}`,
      unitName: '华中机械制造有限公司工会',
      category: HONOUR_CATEGORIES[i % HONOUR_CATEGORIES.length],
      title: `匠心故事第${i}篇`,
      lead: '导语'.repeat(40),
      blocks: files.flatMap((file) => [
        { kind: 'paragraph', text: '段落'.repeat(400) },
        { kind: 'image', file, caption: '图片说明' },
      ]),
      cover: files[0],
      checks: {},
      status: 'published',
      reason: '',
      likeCount: i,
      editedBy: 'bench',
      publishedAt: new Date(now - i * 60000),
      createdAt: new Date(now),
      updatedAt: new Date(now),
    })
  }
  await cloud.db.insertMany('honour_stories', docs)
  return docs.map((d) => d._id)
}

export async function benchStories(cloud: LocalCloud): Promise<void> {
  const ids = await seedStories(cloud)
  const ls: number[] = []
  const lt: number[] = []
  for (let i = 0; i < 60; i++) {
    const r = await call<Page<StoryCard>>(cloud, 'honours.stories', { page: 1 + (i % 5) }, i % 2 ? `bench-reader-${i}` : undefined)
    if (!r.result.ok || r.result.data.items.length !== 20) throw new Error('story list page incomplete')
    ls.push(r.ms)
    lt.push(r.counts.db + r.counts.storage)
  }
  record('honours.stories.cloud_calls', 1, `calls/page view (20 cards a page, ${ids.length} published)`)
  record('honours.stories.round_trips', mean(lt), 'round trips/page (database + temp URLs, mean)')
  record('honours.stories.p95_ms', percentile(ls, 95), 'ms')
  const ps: number[] = []
  const pt: number[] = []
  for (let i = 0; i < 60; i++) {
    const r = await call<StoryPublic>(cloud, 'honours.story', { storyId: ids[(i * 7) % ids.length] }, i % 2 ? `bench-reader-${i}` : undefined)
    if (!r.result.ok) throw new Error('story page failed')
    ps.push(r.ms)
    pt.push(r.counts.db + r.counts.storage)
  }
  record('honours.story.cloud_calls', 1, 'calls/page view (12 blocks, 6 images)')
  record('honours.story.round_trips', mean(pt), 'round trips/page (mean; signed in: + the like look-up, in parallel)')
  record('honours.story.p95_ms', percentile(ps, 95), 'ms')
}
