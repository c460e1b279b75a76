// The demo content of `npm start`'s first start, as a person meets it: the local server is started the
// way `npm start` starts it (its own Node process, an empty data folder), and everything below is
// asked of it over HTTP as the app asks: what a visitor sees in the public lists, the campaign's
// counters against what was made, every role with something to do. Then the folder is opened again:
// the records are where they should be, and a second start leaves them as they are.
//
// A separate process rather than the in-process test cloud: the picture sizes are made with jimp,
// which runs about ten times slower inside jest's module sandbox than in Node itself (≈ 75 s against
// ≈ 6 s for the demo's 13 pictures).
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ActionName, InputOf, OutputOf } from '../../../types/actions/index'
import { functionOf } from '../../../types/actions/index'
import type { Result } from '../../../types/errors'
import { collections } from '../../database/collections'
import { LocalDatabase } from '../engine/engine'
import { DEMO_CAMPAIGN_ID } from './demo'
import { DEMO_CONTENT, demoParticipants } from './demo-content'

const root = path.resolve(__dirname, '../../..')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'demo-content-'))

interface Started {
  process: ChildProcess
  baseUrl: string
  output: string
}

/** `npm start`'s server on a free port over `dataDir`, from the TypeScript sources; resolves once it listens. */
function startServer(): Promise<Started> {
  const port = String(21000 + Math.floor(Math.random() * 20000))
  const child = spawn(process.execPath, ['--import', 'tsx', 'cloudfunctions/local/main.ts', '--source', '--port', port, '--data', dataDir], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MEDIA_CHECK_DELAY_MS: '200' },
  })
  return new Promise((resolve, reject) => {
    let output = ''
    const collect = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const m = output.match(/open (http:\/\/127\.0\.0\.1:\d+)\//)
      if (m) resolve({ process: child, baseUrl: m[1], output })
    }
    child.stdout!.on('data', collect)
    child.stderr!.on('data', collect)
    child.on('exit', (code) => reject(new Error(`the local server exited (${code}):\n${output}`)))
  })
}

function stopServer(s: Started): Promise<void> {
  return new Promise((resolve) => {
    if (s.process.exitCode !== null) return resolve()
    s.process.on('exit', () => resolve())
    s.process.kill('SIGTERM')
  })
}

let server: Started

/** An action as the app calls it: POST /api/<function>, the person's identity in the local sign-in cookie (none: a new visitor). */
async function call<N extends ActionName>(name: N, input: InputOf<N>, openid?: string): Promise<Result<OutputOf<N>>> {
  const res = await fetch(`${server.baseUrl}/api/${functionOf(name)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(openid ? { Cookie: `lc_openid=${openid}` } : {}) },
    body: JSON.stringify({ action: name, input }),
  })
  expect(res.status).toBe(200)
  return (await res.json()) as Result<OutputOf<N>>
}

const ok = <T>(r: { ok: true; data: T } | { ok: false; error: { code: string } }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}`)
  return r.data
}

/** A stored record, with the fields these checks read. */
interface StoredRecord {
  _id: string
  _openid?: string
  status?: string
  campaignId?: string
  userId?: string
  images?: Array<{ check: string; thumb?: string; preview?: string }>
}

/** The records as the server left them: the data folder opened with the same engine, after it stopped. */
async function records(): Promise<Record<string, StoredRecord[]>> {
  const db = await new LocalDatabase({ dir: path.join(dataDir, 'db'), collections }).open()
  return db.dump() as unknown as Record<string, StoredRecord[]>
}

beforeAll(async () => {
  server = await startServer()
}, 120_000)
afterAll(async () => {
  if (server) await stopServer(server)
  fs.rmSync(dataDir, { recursive: true, force: true })
})

test('the first start says what it seeded, and nothing went wrong doing it', () => {
  expect(server.output).toContain('(demo data seeded)')
  expect(server.output).toMatch(/demo content: 6 competitions .* in \d+\.\d s/)
  expect(server.output).not.toMatch(/error|warn|failed/i)
})

describe('a visitor without an identity sees content in every public list', () => {
  test('competitions: the published ones of several kinds, with places, a waiting list, an approval and results; never the draft', async () => {
    const list = ok(await call('competition.list', {}))
    expect(list.items).toHaveLength(DEMO_CONTENT.competitionsPublished)
    expect(new Set(list.items.map((c) => c.category)).size).toBeGreaterThanOrEqual(4)
    expect(list.items.map((c) => c.organizer.name)).toEqual(expect.arrayContaining(['经开区工会', '市总工会']))
    expect(list.items.filter((c) => c.window === 'open').length).toBeGreaterThanOrEqual(3)
    expect(list.items.some((c) => c.mode === 'team' && c.accepted > 0)).toBe(true)
    expect(list.items.some((c) => c.placesLeft === 0 && c.waitlisted > 0)).toBe(true)
    expect(list.items.some((c) => c.needsApproval && c.pending > 0 && c.accepted > 0)).toBe(true)
    expect(list.items.map((c) => c.title)).not.toContain('全市职工工间操比赛')
    const finished = list.items.filter((c) => c.status === 'finished')
    expect(finished).toHaveLength(DEMO_CONTENT.competitionsFinished)
    const page = ok(await call('competition.detail', { competitionId: finished[0].id }))
    expect(page.results.map((r) => [r.rank, r.award])).toEqual([
      [1, '一等奖'],
      [2, '二等奖'],
      [3, '三等奖'],
      [4, '优秀奖'],
    ])
    expect(page.eventEndAt).toBeLessThan(Date.now())
  })

  test('the works gallery: the selected works, each with its pictures in list and preview sizes, liked by demo people', async () => {
    const gallery = ok(await call('works.gallery', {}))
    expect(gallery.items).toHaveLength(DEMO_CONTENT.worksExhibited)
    expect(new Set(gallery.items.map((w) => w.category)).size).toBe(DEMO_CONTENT.worksExhibited)
    for (const w of gallery.items) {
      expect(w.coverUrl).toContain('-400.jpg')
      expect(w.imageCount).toBeGreaterThanOrEqual(1)
      expect(w.imageCount).toBeLessThanOrEqual(3)
    }
    expect(gallery.items.reduce((n, w) => n + w.likeCount, 0)).toBe(DEMO_CONTENT.worksLiked)
    expect(gallery.items.filter((w) => w.likeCount > 0).length).toBeGreaterThanOrEqual(4)
    const page = ok(await call('works.detail', { workId: gallery.items[0].id }))
    expect(page.images.length).toBe(gallery.items[0].imageCount)
    for (const im of page.images) expect(im.previewUrl).toContain('-1080.jpg')
    // the pictures are real files behind those URLs
    const picture = await fetch(page.images[0].previewUrl!)
    expect(picture.status).toBe(200)
    expect(picture.headers.get('content-type')).toBe('image/jpeg')
    expect((await picture.arrayBuffer()).byteLength).toBeGreaterThan(10_000)
  })

  test('the ideas showcase: the adopted ideas by award, one put into practice', async () => {
    const showcase = ok(await call('ideas.showcase', {}))
    expect(showcase.items.map((i) => i.award)).toEqual(['一等奖', '二等奖', '优秀奖'])
    expect(showcase.items.filter((i) => i.implemented)).toHaveLength(1)
    expect(new Set(showcase.items.map((i) => i.type)).size).toBe(3)
    const page = ok(await call('ideas.showcaseDetail', { ideaId: showcase.items[0].id }))
    expect(page.proposal.length).toBeGreaterThan(50)
  })
})

describe('the campaign counts what was made', () => {
  test('the home page’s counts equal what the lists and records hold', async () => {
    const home = ok(await call('campaign.home', { campaignId: DEMO_CAMPAIGN_ID }))
    const count = (key: string) => home.targets.find((t) => t.key === key)!.count
    const city = 'demo-city-admin'

    const finished = ok(await call('competition.list', {})).items.filter((c) => c.status === 'finished')
    expect(count('competitions')).toBe(finished.length)
    expect(count('competitions')).toBe(DEMO_CONTENT.competitionsFinished)

    const exhibited = ok(await call('works.gallery', {})).items
    expect(count('works')).toBe(exhibited.length)
    expect(ok(await call('works.selectionPool', { view: 'exhibited' }, city)).exhibitedCount).toBe(exhibited.length)

    let collected = 0
    for (const status of ['forwarded', 'reviewing', 'adopted', 'declined', 'merged'] as const)
      collected += ok(await call('ideas.cityQueue', { status }, city)).items.length
    expect(count('ideas')).toBe(collected)
    expect(count('ideas')).toBe(DEMO_CONTENT.ideasForwarded)
    expect(home.stats.ideasAdopted).toBe(ok(await call('ideas.showcase', {})).items.length)

    // taking part: each person once, whatever they did (who they are: the records, below)
    expect(count('participants')).toBe(demoParticipants().length)

    expect(home.stats).toEqual({
      worksSubmitted: DEMO_CONTENT.works,
      ideasAdopted: DEMO_CONTENT.ideasAdopted,
      competitionsPublished: DEMO_CONTENT.competitionsPublished,
    })
  })
})

describe('every role has something to do', () => {
  test('everyone who signs in finds something to do', async () => {
    // 王五: a work and an idea of his unit to review
    expect(ok(await call('works.reviewQueue', { unitId: 'u-jkq-jixie' }, 'demo-unit-chair')).items).toHaveLength(1)
    expect(ok(await call('ideas.reviewQueue', { unitId: 'u-jkq-jixie' }, 'demo-unit-chair')).items).toHaveLength(1)
    // 赵六: a sign-up to approve
    const safety = ok(await call('competition.list', { category: '劳动竞赛' })).items[0]
    expect(ok(await call('competition.signups', { competitionId: safety.id, status: 'pending' }, 'demo-area-chair')).items).toHaveLength(1)
    // 钱七: an idea to score, four scored
    expect(ok(await call('ideas.judgeQueue', {}, 'demo-judge')).items).toHaveLength(1)
    expect(ok(await call('ideas.judgeQueue', { filter: 'done' }, 'demo-judge')).items).toHaveLength(4)
    // 孙八: a work in the pool, an idea scored by both judges waiting for a decision
    expect(ok(await call('works.selectionPool', {}, 'demo-city-admin')).items).toHaveLength(1)
    const reviewing = ok(await call('ideas.cityQueue', { status: 'reviewing' }, 'demo-city-admin')).items
    expect(reviewing.map((i) => i.score.count).sort()).toEqual([0, 2])
    // 张三: sign-ups, including a place on the waiting list, and works and ideas of his own
    const mine = ok(await call('competition.mySignups', {}, 'demo-worker')).items.map((i) => i.signup.status)
    expect(mine.sort()).toEqual(['accepted', 'accepted', 'accepted', 'waitlisted'])
    expect(
      ok(await call('works.myWorks', {}, 'demo-worker'))
        .items.map((w) => w.status)
        .sort(),
    ).toEqual(['exhibited', 'reviewing'])
  })
})

describe('the records, and a second start', () => {
  let before: Record<string, StoredRecord[]>
  beforeAll(async () => {
    await stopServer(server)
    before = await records()
  }, 60_000)

  test('every picture passed its check and has its sizes; every work, idea and competition is where it was meant to be', () => {
    const works = before.works
    expect(works).toHaveLength(DEMO_CONTENT.works)
    for (const w of works) expect(w.images?.every((im) => im.check === 'pass' && im.thumb && im.preview)).toBe(true)
    expect(works.filter((w) => w.status === 'exhibited')).toHaveLength(DEMO_CONTENT.worksExhibited)
    expect(works.filter((w) => w.status !== 'exhibited').map((w) => w.status)).toEqual(['reviewing', 'reviewing'])
    expect(before.ideas.map((i) => i.status).sort()).toEqual(['adopted', 'adopted', 'adopted', 'reviewing', 'reviewing', 'submitted'])
    expect(before.competitions.map((c) => c.status).sort()).toEqual(['draft', 'finished', 'published', 'published', 'published', 'published'])
  })

  test('taking part counts each person once, whatever they did', () => {
    const participants = before.participants.filter((p) => p.campaignId === DEMO_CAMPAIGN_ID)
    expect(participants.map((p) => p.userId as string).sort()).toEqual(
      demoParticipants()
        .map((openid) => before.users.find((u) => u._openid === openid)!._id as string)
        .sort(),
    )
  })

  test('a data folder that has the campaign is left as it is', async () => {
    server = await startServer()
    expect(server.output).toContain('(existing data)')
    expect(server.output).not.toContain('demo content')
    const home = ok(await call('campaign.home', { campaignId: DEMO_CAMPAIGN_ID }))
    expect(home.targets.find((t) => t.key === 'works')!.count).toBe(DEMO_CONTENT.worksExhibited)
    await stopServer(server)
    expect(await records()).toEqual(before)
  }, 120_000)
})
