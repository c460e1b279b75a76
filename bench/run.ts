// `npm run bench`: prints a table and writes bench-results.json ([{ name, value, unit }]).
// Runs on a file-backed local cloud in a temporary folder, as `npm start` does, with the functions'
// esbuild bundles when they are built and their sources otherwise.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { bundleLoaders, sourceLoaders } from '../cloudfunctions/local/functions'
import { startLocalCloud } from '../cloudfunctions/local/index'
import { seedDemo } from '../cloudfunctions/local/seed/demo'
import { benchSignups } from './competition'
import { benchHome } from './home'
import { benchIdeas } from './ideas'
import { benchWorks } from './works'
import { figures, printTable, record } from './lib'
import { benchLocalCloud } from './local-cloud'

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-cloud-'))
  const dist = path.resolve(__dirname, '../cloudfunctions/dist')
  const useBundles = fs.existsSync(path.join(dist, 'campaign', 'index.js'))
  // Media-check verdicts are pushed to `content`, as WeChat's message push does (works' images).
  const cloud = await startLocalCloud({ dataDir, functions: useBundles ? bundleLoaders(dist) : sourceLoaders(), pushFunction: 'content' })
  await seedDemo(cloud.db)
  record('bench.functions_from_bundles', useBundles ? 1 : 0, 'bool')

  const { indexedGetP95 } = await benchLocalCloud()
  await benchHome(cloud, indexedGetP95)
  await benchSignups(cloud, 30000)
  await benchWorks(cloud)
  await benchIdeas(cloud)

  printTable()
  fs.writeFileSync(path.resolve(__dirname, '../bench-results.json'), JSON.stringify(figures, null, 2) + '\n')
  console.log('\nwritten: bench-results.json')
  await cloud.stop()
  fs.rmSync(dataDir, { recursive: true, force: true })
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e)
    process.exit(1)
  },
)
