// A local cloud holding the demo for the compiled-page suites. The demo content is made through the
// real actions (seed/demo-content.ts), which takes long on a busy machine (pictures are resized, every
// step is an invocation); every suite needs the same content, so it is made once per source version
// and day (the seed places dates around the day it runs) into a folder that each suite copies and opens
// as its own: suites never see each other's writes.
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ActionName, InputOf, OutputOf } from '../../types/actions/index'
import { functionOf } from '../../types/actions/index'
import type { Result } from '../../types/errors'
import { sourceLoaders } from '../../cloudfunctions/local/functions'
import { startLocalCloud, type LocalCloud } from '../../cloudfunctions/local/index'
import { seedDemo } from '../../cloudfunctions/local/seed/demo'
import { seedDemoContent } from '../../cloudfunctions/local/seed/demo-content'

const ROOT = path.resolve(__dirname, '..', '..')
/** What decides the seeded content: the functions, the local cloud and its seed, the contract. */
const SOURCES = ['cloudfunctions/src', 'cloudfunctions/local', 'cloudfunctions/database', 'types']
const SNAPSHOTS = path.join(os.tmpdir(), 'zgfc-compiled-demo')
/** Longer than any seeding takes; a lock older than this was left by a run that died. */
const LOCK_STALE_MS = 15 * 60_000

export interface DemoCloud extends LocalCloud {
  /** Calls an action as `openid` (none: nobody signed in); the answer as the function gave it. */
  call<N extends ActionName>(name: N, input: InputOf<N>, openid: string | undefined): Promise<Result<OutputOf<N>>>
}

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) out.push(...sourceFiles(p))
    else if (/\.(ts|json)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) out.push(p)
  }
  return out.sort()
}

function snapshotKey(): string {
  const hash = crypto.createHash('sha256')
  for (const file of SOURCES.flatMap((s) => sourceFiles(path.join(ROOT, s)))) {
    hash.update(path.relative(ROOT, file))
    hash.update(fs.readFileSync(file))
  }
  // The seed's dates are placed around its day in Beijing time.
  hash.update(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10))
  return hash.digest('hex').slice(0, 16)
}

const options = (dataDir: string) => ({ dataDir, functions: sourceLoaders(), pushFunction: 'content', mediaCheckDelayMs: 3_600_000 })

async function makeSnapshot(target: string): Promise<void> {
  const building = `${target}.building-${process.pid}`
  fs.rmSync(building, { recursive: true, force: true })
  const cloud = await startLocalCloud(options(building))
  await seedDemo(cloud.db)
  await seedDemoContent(cloud)
  await cloud.stop()
  fs.renameSync(building, target)
  // Folders of other days or sources are of no more use (one a day is kept for a run still reading it).
  for (const old of fs.readdirSync(SNAPSHOTS)) {
    const p = path.join(SNAPSHOTS, old)
    if (Date.now() - fs.statSync(p).mtimeMs > 2 * 24 * 3600_000) fs.rmSync(p, { recursive: true, force: true })
  }
}

/** A lock whose maker has ended (a run stopped mid-seed) or that is older than any seeding takes. */
function lockAbandoned(lock: string): boolean {
  const made = fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs
  if (made === undefined) return false
  if (Date.now() - made > LOCK_STALE_MS) return true
  const pid = Number(fs.readFileSync(path.join(lock, 'pid'), { encoding: 'utf8', flag: 'a+' }))
  if (!pid) return Date.now() - made > 5000
  try {
    process.kill(pid, 0)
    return false
  } catch {
    return true
  }
}

/** The seeded folder for this source version and day: made here, or waited for while another suite makes it. */
async function snapshot(): Promise<string> {
  const target = path.join(SNAPSHOTS, snapshotKey())
  const lock = `${target}.lock`
  fs.mkdirSync(SNAPSHOTS, { recursive: true })
  for (;;) {
    if (fs.existsSync(target)) return target
    try {
      fs.mkdirSync(lock)
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid))
    } catch {
      if (lockAbandoned(lock)) fs.rmSync(lock, { recursive: true, force: true })
      await new Promise((r) => setTimeout(r, 500))
      continue
    }
    try {
      if (!fs.existsSync(target)) await makeSnapshot(target)
      return target
    } finally {
      fs.rmSync(lock, { recursive: true, force: true })
    }
  }
}

/** A fresh local cloud with the demo, for one suite: its own copy of the seeded folder. */
export async function startDemoCloud(): Promise<DemoCloud> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zgfc-compiled-suite-'))
  fs.cpSync(await snapshot(), dataDir, { recursive: true })
  const cloud = await startLocalCloud(options(dataDir))
  async function call<N extends ActionName>(name: N, input: InputOf<N>, openid: string | undefined): Promise<Result<OutputOf<N>>> {
    return (await cloud.runtime.invoke<Result<OutputOf<N>>>(functionOf(name), { action: name, input }, openid ? { OPENID: openid } : {})).result
  }
  return {
    ...cloud,
    call,
    async stop() {
      await cloud.stop()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
