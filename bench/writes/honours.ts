// Write actions of the honours function at their largest allowed input (types/entities/honours.ts:
// deeds of 1,500 characters with a photo; objections of 300; every area union's quota at once; 1,000
// nominations published onto the notice or commended in one call).
import wx from 'wx-server-sdk'
import crypto from 'node:crypto'
import { HONOUR_LIMITS } from '../../types/entities/honours'
import { photo } from '../works'
import { people } from './competition'
import type { Env, WriteCase } from './lib'
import { zh } from './lib'
import type { Database } from '../../cloudfunctions/src/lib/db-types'

const sdk = () => wx.database({ throwOnNotFound: false } as Parameters<typeof wx.database>[0]) as unknown as Database

const CITY = 'demo-city-admin'
const AREA_CHAIR = 'demo-area-chair'
const CHAIR = 'demo-unit-chair'
const CHAIR_ID = 'user-demo-unit-chair'
const CITY_ID = 'user-demo-city-admin'
const UNIT = 'u-jkq-jixie'
const UNIT_PATH = ['u-city', 'u-jkq', UNIT]
const DIGITS = '零一二三四五六七八九'

/** A name the realName rule accepts, distinct per call: 基准 and the counter in Chinese digits. */
let names = 0
const name = () =>
  `基准${String(names++)
    .split('')
    .map((d) => DIGITS[Number(d)])
    .join('')}`

let jpeg: Buffer | null = null
async function chairPhoto(env: Env): Promise<string> {
  if (!jpeg) jpeg = await photo(1080, 1440, 77)
  return env.cloud.storage.putFromClient(`honours/${CHAIR_ID}/${env.uid('p')}.jpg`, jpeg)
}

const nominee = (photoFile?: string) => ({
  unitId: UNIT,
  submit: true as const,
  nomineeName: name(),
  job: zh(HONOUR_LIMITS.job.max),
  category: '劳动模范' as const,
  deeds: zh(HONOUR_LIMITS.deeds.max),
  paperConsent: true,
  ...(photoFile ? { photo: photoFile } : {}),
})

/** n nominations written directly at `status` (publish and commend sweep up to 1,000). */
async function nominationDocs(env: Env, n: number, status: string): Promise<string[]> {
  const now = new Date(env.now)
  const docs = Array.from({ length: n }, (_x, i) => ({
    _id: env.uid('bw-hon'),
    campaignId: 'mayday',
    unitId: UNIT,
    unitPath: UNIT_PATH,
    unitName: '华中机械制造有限公司工会',
    nomineeUserId: null,
    nomineeName: `职工${i}`,
    job: '数控车工',
    category: '先进工作者',
    deeds: zh(200),
    photo: null,
    consent: { kind: 'paper', at: now },
    status,
    reviewUnitId: null,
    personKey: null,
    holdsPlace: true,
    reason: '',
    steps: [],
    noticeSeq: 1,
    createdBy: CHAIR_ID,
    submittedAt: now,
    createdAt: now,
    updatedAt: now,
  }))
  for (let i = 0; i < docs.length; i += 500) await env.cloud.db.insertMany('honour_nominations', docs.slice(i, i + 500))
  return docs.map((d) => d._id)
}

/** Ends whatever notice runs and takes what is still on it out of the way. */
async function clearNotice(env: Env): Promise<void> {
  await sdk()
    .collection('honour_rounds')
    .doc('mayday')
    .update({ data: { 'notice.endAt': new Date(env.now - 1000) } })
  await sdk()
    .collection('honour_nominations')
    .where({ campaignId: 'mayday', status: wx.database().command.in(['noticed', 'approved']) })
    .update({ data: { status: 'removed' } })
}

async function ensureQuota(env: Env): Promise<void> {
  await env.call('honours.setQuotas', { rows: [{ unitId: 'u-jkq', quota: 500 }] }, CITY)
  await env.call('honours.splitQuota', { unitId: UNIT, quota: 400 }, AREA_CHAIR)
}

/** A nomination on an open notice (publishes one when none runs). */
async function onNotice(env: Env): Promise<string> {
  const round = (await env.db.collection('honour_rounds').where({ _id: 'mayday' }).limit(1).get()).data[0] as { notice?: { endAt: Date } } | undefined
  if (!round?.notice || new Date(round.notice.endAt).getTime() <= Date.now()) {
    await nominationDocs(env, 3, 'approved')
    await env.call('honours.publishNotice', {}, CITY)
  }
  const hit = await env.db.collection('honour_nominations').where({ campaignId: 'mayday', status: 'noticed' }).limit(1).get()
  return String(hit.data[0]._id)
}

/** The largest story: 12 phone photos and paragraphs up to the whole text allowed. */
async function largestStory(env: Env, submit: boolean) {
  const [nominationId] = await nominationDocs(env, 1, 'commended')
  if (!jpeg) jpeg = await photo(1080, 1440, 77)
  const images = await Promise.all(
    Array.from({ length: HONOUR_LIMITS.storyImages.max }, () => env.cloud.storage.putFromClient(`honours/${CITY_ID}/${env.uid('s')}.jpg`, jpeg!)),
  )
  const captions = images.map((file) => ({ kind: 'image' as const, file, caption: zh(HONOUR_LIMITS.caption.max) }))
  const room = HONOUR_LIMITS.storyChars - captions.length * HONOUR_LIMITS.caption.max
  const paragraphs = Array.from({ length: Math.floor(room / HONOUR_LIMITS.paragraph.max) }, () => ({
    kind: 'paragraph' as const,
    text: zh(HONOUR_LIMITS.paragraph.max),
  }))
  const blocks = [...paragraphs, ...captions].slice(0, HONOUR_LIMITS.storyBlocks.max)
  return { nominationId, title: zh(HONOUR_LIMITS.storyTitle.max), lead: zh(HONOUR_LIMITS.storyLead.max), blocks, submit }
}

/** The seal in use: a 12 MP photo of it, uploaded and passed by the media check (once per bench run). */
let sealReady = false
async function sealPhoto(env: Env): Promise<string> {
  if (!seal) seal = await photo(4000, 3000, 91)
  return env.cloud.storage.putFromClient(`honours/${CITY_ID}/${env.uid('seal')}.jpg`, seal)
}
let seal: Buffer | null = null
async function ensureSeal(env: Env): Promise<void> {
  if (sealReady) return
  await env.call('honours.setSeal', { file: await sealPhoto(env) }, CITY)
  await env.cloud.openapi.flushMediaChecks()
  sealReady = true
}

export const honoursCases: WriteCase[] = [
  {
    action: 'honours.setQuotas',
    largest: 'every area union at once',
    async prepare(env, run) {
      const areas = env.cloud.db.dump().units.filter((u) => u.type === 'industry' || u.type === 'township') as unknown as Array<{ _id: string }>
      // half the goal spread over them (later cases give 经开区 more out of the other half)
      const each = Math.floor(HONOUR_LIMITS.goal / 2 / areas.length) - run
      return { who: CITY, input: { rows: areas.map((a) => ({ unitId: a._id, quota: Math.max(each, 1) })) } }
    },
  },
  {
    action: 'honours.splitQuota',
    largest: 'a unit’s quota out of its area union’s',
    async prepare(env, run) {
      await env.call('honours.setQuotas', { rows: [{ unitId: 'u-jkq', quota: 500 }] }, CITY)
      return { who: AREA_CHAIR, input: { unitId: UNIT, quota: 300 + run } }
    },
  },
  {
    action: 'honours.saveNomination',
    largest: 'deeds 1,500 + job 30 chars, a phone photo',
    async prepare(env) {
      await ensureQuota(env)
      return { who: CHAIR, input: nominee(await chairPhoto(env)) }
    },
  },
  {
    action: 'honours.decide',
    largest: 'forward at the area union',
    async prepare(env) {
      await ensureQuota(env)
      const n = (await env.call('honours.saveNomination', nominee(), CHAIR)) as { id: string }
      return { who: AREA_CHAIR, input: { nominationId: n.id, decision: 'forward' as const } }
    },
  },
  {
    action: 'honours.confirmConsent',
    largest: 'a member nominee confirms',
    async prepare(env) {
      await ensureQuota(env)
      const [p] = await people(env, 1)
      const n = (await env.call('honours.saveNomination', { ...nominee(), nomineeUserId: p._id, paperConsent: false }, CHAIR)) as { id: string }
      return { who: p.openid, input: { nominationId: n.id } }
    },
  },
  {
    action: 'honours.publishNotice',
    largest: '1,000 approved nominations',
    runs: 3,
    async prepare(env) {
      await clearNotice(env)
      await nominationDocs(env, HONOUR_LIMITS.goal, 'approved')
      return { who: CITY, input: {} }
    },
    check(data) {
      if ((data as { published: number }).published !== HONOUR_LIMITS.goal) throw new Error('not all published')
    },
  },
  {
    action: 'honours.object',
    largest: 'a reason of 300 chars',
    async prepare(env) {
      const nominationId = await onNotice(env)
      return { who: env.uid('bw-objector'), input: { nominationId, reason: zh(HONOUR_LIMITS.objection.max) } }
    },
  },
  {
    action: 'honours.resolveObjection',
    largest: 'upheld (the nominee removed, other objections settled)',
    async prepare(env) {
      const nominationId = await onNotice(env)
      const objector = env.uid('bw-objector')
      await env.call('honours.object', { nominationId, reason: zh(50) }, objector)
      const id = crypto.createHash('sha256').update(`${nominationId}:${objector}`).digest('hex').slice(0, 40)
      return { who: CITY, input: { objectionId: id, upheld: true, resolution: zh(HONOUR_LIMITS.reason.max) } }
    },
  },
  {
    action: 'honours.commend',
    largest: '1,000 on the notice',
    runs: 3,
    async prepare(env) {
      await clearNotice(env)
      await nominationDocs(env, HONOUR_LIMITS.goal, 'approved')
      await env.call('honours.publishNotice', {}, CITY)
      await sdk()
        .collection('honour_rounds')
        .doc('mayday')
        .update({ data: { 'notice.endAt': new Date(Date.now() - 1000) } })
      return { who: CITY, input: {} }
    },
    check(data) {
      if ((data as { commended: number }).commended !== HONOUR_LIMITS.goal) throw new Error('not all commended')
    },
  },
  {
    action: 'honours.revokeCertificate',
    largest: 'a reason of 100 chars',
    async prepare(env, run) {
      const number = `2027-${String(9000 + run).padStart(4, '0')}-${'ABCDEFGH'[run % 8]}KQM`
      await env.cloud.db.insertMany('certificates', [
        {
          _id: number,
          nominationId: env.uid('bw-hon'),
          campaignId: 'mayday',
          name: '基准职工',
          category: '劳动模范',
          issuer: '市总工会',
          issuedAt: new Date(env.now),
          status: 'valid',
          revokedReason: '',
        },
      ])
      return { who: CITY, input: { number, reason: zh(HONOUR_LIMITS.reason.max) } }
    },
  },
  {
    action: 'honours.setSeal',
    largest: 'a 12 MP phone photo of the seal (4000 × 3000 JPEG): decoded, whitened out, fitted, media-checked',
    runs: 3,
    async prepare(env) {
      return { who: CITY, input: { file: await sealPhoto(env) } }
    },
  },
  {
    action: 'honours.certificate',
    largest: 'first view: a 20-character name and a 30-character issuer drawn, the code asked for, the PNG stored',
    runs: 4,
    async prepare(env, run) {
      await ensureSeal(env)
      const [p] = await people(env, 1)
      const nominationId = env.uid('bw-hon')
      const number = `2027-${String(8000 + run).padStart(4, '0')}-${'ABCDEFGH'[run % 8]}KQN`
      const at = new Date(env.now)
      await env.cloud.db.insertMany('honour_nominations', [
        {
          _id: nominationId,
          campaignId: 'mayday',
          unitId: UNIT,
          unitPath: UNIT_PATH,
          unitName: '华中机械制造有限公司工会',
          nomineeUserId: p._id,
          nomineeName: zh(20),
          status: 'commended',
          steps: [],
          createdAt: at,
          updatedAt: at,
        },
      ])
      await env.cloud.db.insertMany('certificates', [
        {
          _id: number,
          nominationId,
          campaignId: 'mayday',
          name: zh(HONOUR_LIMITS.nomineeName.max),
          category: '巾帼建功标兵',
          issuer: zh(HONOUR_LIMITS.issuer.max),
          issuedAt: at,
          status: 'valid',
          revokedReason: '',
        },
      ])
      return { who: p.openid, input: { number } }
    },
  },
  {
    action: 'honours.saveStory',
    largest: '19 paragraphs of 1,000 + 12 photos with captions, submitted',
    runs: 4,
    async prepare(env) {
      return { who: CITY, input: await largestStory(env, true) }
    },
  },
  {
    action: 'honours.reviewStory',
    largest: 'publish a story of 12 checked photos',
    runs: 4,
    async prepare(env) {
      const s = (await env.call('honours.saveStory', await largestStory(env, true), CITY)) as { id: string }
      await env.cloud.openapi.flushMediaChecks()
      // the bench's other stories may have filled the goal: keep room for this one
      await sdk()
        .collection('campaigns')
        .doc('mayday')
        .update({ data: { 'counts.modelWorkers': 0 } })
      return { who: CITY, input: { storyId: s.id, publish: true } }
    },
  },
  {
    action: 'honours.likeStory',
    largest: 'a published story',
    async prepare(env) {
      const hit = await env.db.collection('honour_stories').where({ status: 'published' }).limit(1).get()
      return { who: env.uid('bw-liker'), input: { storyId: String(hit.data[0]._id) } }
    },
  },
]
