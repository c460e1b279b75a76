// The local server process of `npm start` (scripts/start.mjs builds first, then runs this):
//   --port <n>      default 8787 (or PORT); the next free port is taken when it is busy
//   --data <dir>    default .local-cloud (database, files, outbox; git-ignored)
//   --h5 <dir>      default miniprogram/dist/h5
//   --source        run the cloud functions from their TypeScript sources instead of the bundles
//   --no-demo-content  on a first start, seed only the campaign, units and demo people (the e2e suites
//                   start from there), not the competitions, works and ideas of seed/demo-content.ts
//   --test-clock    for the browser tests only (scripts/e2e.mjs): POST /local/clock {advanceMs} moves the
//                   time the functions see forward (clock.ts), e.g. past the end of a public notice
//   --empty         day one: no demo data at all (data in .local-cloud-empty unless --data says otherwise);
//                   the setup code is SETUP_CODE if set, else one drawn once and kept in the data folder,
//                   and it is printed (the cloud reads it from the org function's environment variable)
import crypto from 'node:crypto'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { bundleLoaders, sourceLoaders } from './functions'
import { startLocalCloud, type LocalCloud } from './index'
import { seedDemo } from './seed/demo'
import { describeDemoContent, seedDemoContent } from './seed/demo-content'
import { seedCareDemo } from './seed/demo-care'
import { createLocalServer } from './server'
import { installTestClock } from './clock'
import { appPages } from './pages'
import { SETUP_CODE_ENV } from '../../types/actions/setup'

const root = path.resolve(__dirname, '..', '..')

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

function freePort(start: number): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer()
    probe.once('error', () => resolve(freePort(start + 1)))
    probe.listen(start, '127.0.0.1', () => probe.close(() => resolve(start)))
  })
}

/**
 * The demo data, on the first start only (a data folder that has a campaign is left as it is): the
 * campaign, units and people, then — made through the real actions — the demo content. Answers whether
 * this was the first start and, if content was seeded, a line saying what and how long it took.
 */
async function seedOnFirstStart(cloud: LocalCloud, options: { content: boolean } = { content: true }): Promise<{ seeded: boolean; content: string | null }> {
  const seeded = await seedDemo(cloud.db)
  if (!seeded || !options.content) return { seeded, content: null }
  const started = performance.now()
  await seedDemoContent(cloud)
  await seedCareDemo(cloud)
  return { seeded, content: `${describeDemoContent()}, in ${((performance.now() - started) / 1000).toFixed(1)} s` }
}

/** The setup code of an empty local environment: the deployer's variable, or one drawn once and kept. */
function localSetupCode(dataDir: string): string {
  if (process.env[SETUP_CODE_ENV]) return process.env[SETUP_CODE_ENV]!
  const file = path.join(dataDir, 'setup-code.txt')
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true })
    fs.writeFileSync(file, crypto.randomBytes(12).toString('base64url') + '\n')
  }
  const code = fs.readFileSync(file, 'utf8').trim()
  // The functions run in this process: they read the code as the cloud function reads its variable.
  process.env[SETUP_CODE_ENV] = code
  return code
}

async function main() {
  const host = '127.0.0.1'
  const port = await freePort(Number(arg('port') ?? process.env.PORT ?? 8787))
  const empty = process.argv.includes('--empty')
  const dataDir = path.resolve(root, arg('data') ?? (empty ? '.local-cloud-empty' : '.local-cloud'))
  const setupCode = empty ? localSetupCode(dataDir) : null
  const h5Dir = path.resolve(root, arg('h5') ?? 'miniprogram/dist/h5')
  const dist = path.join(root, 'cloudfunctions', 'dist')
  const fromSource = process.argv.includes('--source') || !fs.existsSync(dist)
  const baseUrl = `http://${host}:${port}`

  const cloud = await startLocalCloud({
    dataDir,
    functions: fromSource ? sourceLoaders() : bundleLoaders(dist),
    baseUrl: () => baseUrl,
    pages: appPages,
    // WeChat pushes media-check verdicts to the function configured for message push.
    pushFunction: 'content',
    mediaCheckDelayMs: Number(process.env.MEDIA_CHECK_DELAY_MS ?? 3000),
  })
  const { seeded, content } = empty ? { seeded: false, content: null } : await seedOnFirstStart(cloud, { content: !process.argv.includes('--no-demo-content') })
  const server = createLocalServer({
    runtime: cloud.runtime,
    storage: cloud.storage,
    openapi: cloud.openapi,
    h5Dir: fs.existsSync(h5Dir) ? h5Dir : undefined,
    host,
    port,
    clock: process.argv.includes('--test-clock') ? installTestClock() : undefined,
  })
  // Timer triggers fire on their schedule while the server runs (UTC+8, as in the cloud).
  cloud.triggers.start()
  server.listen(port, host, () => {
    console.log(`\n职工风采 · local cloud ${empty ? '(empty: day one)' : seeded ? '(demo data seeded)' : '(existing data)'}`)
    if (setupCode) console.log(`  setup code (初始化码): ${setupCode}   — 我的 → 初始化设置; sign in as 新用户 at /local/signin`)
    if (content) console.log(`  demo content: ${content}`)
    console.log(`  functions: ${fromSource ? 'TypeScript sources' : 'cloudfunctions/dist bundles'}; data: ${path.relative(root, dataDir) || dataDir}`)
    for (const t of cloud.triggers.list()) console.log(`  timer trigger ${t.fn}/${t.name} (${t.config}): next ${t.next?.toISOString() ?? 'never'}`)
    console.log(`  sign in as a demo person: ${baseUrl}/local/signin`)
    console.log(`\n  open ${baseUrl}/\n`)
  })
  const shutdown = async () => {
    server.close()
    await cloud.stop()
    process.exit(0)
  }
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
