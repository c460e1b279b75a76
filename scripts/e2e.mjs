// `npm run test:e2e`: the H5 app in headless Chromium against a fresh local cloud with the demo campaign,
// units and people (without the demo competitions, works and ideas: each suite makes its own).
// Builds what is stale, starts the local server on a free port with a temporary data folder, runs the
// jest suites in tests/e2e, and stops the server. Screenshots land in tests/e2e/screenshots/.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { bin, buildFunctions, buildH5IfStale, root } from './lib/builds.mjs'

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
if (!fs.existsSync(chromium)) {
  console.error(`No Chromium at ${chromium}. Install Debian's: apt-get install -y chromium fonts-wqy-microhei (or set CHROMIUM_PATH).`)
  process.exit(1)
}

buildFunctions()
buildH5IfStale()

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-cloud-'))
const port = String(20000 + Math.floor(Math.random() * 20000))
const server = spawn(
  process.execPath,
  ['--import', 'tsx', 'cloudfunctions/local/main.ts', '--port', port, '--data', dataDir, '--no-demo-content', '--test-clock'],
  {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  },
)

const baseUrl = await new Promise((resolve, reject) => {
  let out = ''
  const timer = setTimeout(() => reject(new Error(`local server did not start:\n${out}`)), 60000)
  server.stdout.on('data', (chunk) => {
    out += chunk
    const m = out.match(/open (http:\/\/127\.0\.0\.1:\d+)\//)
    if (m) {
      clearTimeout(timer)
      resolve(m[1])
    }
  })
  server.on('exit', (code) => reject(new Error(`local server exited (${code}):\n${out}`)))
})
console.log(`› local cloud at ${baseUrl}`)

const res = spawnSync(bin('jest'), ['-c', 'tests/e2e/jest.config.js', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, E2E_BASE_URL: baseUrl, CHROMIUM_PATH: chromium, E2E_DATA_DIR: dataDir },
})
await new Promise((resolve) => {
  server.on('exit', resolve)
  server.kill('SIGTERM')
})
fs.rmSync(dataDir, { recursive: true, force: true })
process.exit(res.status ?? 1)
