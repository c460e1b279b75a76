// `npm run bench`: prints a table and writes bench-results.json ([{ name, value, unit }]).
// Runs on a file-backed local cloud in a temporary folder, as `npm start` does, with the functions'
// esbuild bundles when they are built and their sources otherwise. Ends with the write-action table
// (every write action at its largest input, 15 ms per round trip) and fails (exit 1) when any of them
// takes longer at p95 than its function's timeout.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { bundleLoaders, sourceLoaders } from '../cloudfunctions/local/functions'
import { startLocalCloud } from '../cloudfunctions/local/index'
import { seedDemo } from '../cloudfunctions/local/seed/demo'
import { benchSignups } from './competition'
import { benchDashboard } from './dashboard'
import { benchHome } from './home'
import { benchCertificates, benchHonours, benchStories } from './honours'
import { benchIdeas } from './ideas'
import { benchWorks } from './works'
import { figures, printTable, record } from './lib'
import { benchLocalCloud } from './local-cloud'
import { benchWrites, printWriteTable } from './writes/index'

/** Runs one part of the bench and records how long it took (the whole bench should stay within minutes). */
async function part<T>(name: string, fn: () => Promise<T>): Promise<T> {
  const t = performance.now()
  const out = await fn()
  const s = (performance.now() - t) / 1000
  record(`bench.${name}_s`, s, 's')
  console.log(`bench: ${name} done in ${s.toFixed(1)} s`)
  return out
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cloud-'))
  const dist = path.resolve(__dirname, '../cloudfunctions/dist')
  const useBundles = fs.existsSync(path.join(dist, 'campaign', 'index.js'))
  // Media-check verdicts are pushed to `content`, as WeChat's message push does (works' images).
  const cloud = await startLocalCloud({ dataDir, functions: useBundles ? bundleLoaders(dist) : sourceLoaders(), pushFunction: 'content' })
  await seedDemo(cloud.db)
  record('bench.functions_from_bundles', useBundles ? 1 : 0, 'bool')

  const t0 = performance.now()
  const { indexedGetP95 } = await part('local_cloud', () => benchLocalCloud())
  await part('home', () => benchHome(cloud, indexedGetP95))
  await part('signups', () => benchSignups(cloud, 30000))
  await part('works', () => benchWorks(cloud))
  await part('ideas', () => benchIdeas(cloud))
  await part('honours', () => benchHonours(cloud))
  await part('certificates', () => benchCertificates(cloud))
  await part('stories', () => benchStories(cloud))
  await part('dashboard', () => benchDashboard(cloud))
  const writes = await part('write_actions', () => benchWrites(cloud))
  record('bench.total_s', (performance.now() - t0) / 1000, 's (after start-up)')

  printTable()
  printWriteTable(writes)
  fs.writeFileSync(path.resolve(__dirname, '../bench-results.json'), JSON.stringify(figures, null, 2) + '\n')
  console.log('\nwritten: bench-results.json')
  await cloud.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
  const over = writes.filter((r) => r.p95 > r.timeoutMs)
  if (over.length) {
    throw new Error(
      `over their function's timeout at p95: ${over.map((r) => `${r.action} (${r.largest}) ${r.p95.toFixed(0)} ms > ${r.timeoutMs} ms`).join('; ')}`,
    )
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e)
    process.exit(1)
  },
)
