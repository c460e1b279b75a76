// `npm start`: build the cloud functions and (when its sources changed) the H5 app, then start the
// local server with demo data and print its URL. Options pass through: npm start -- --port 9000
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const bin = (name) => path.join(root, 'node_modules', '.bin', name)

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts })
  if (res.status !== 0) process.exit(res.status ?? 1)
}

function newest(dir) {
  let latest = 0
  if (!fs.existsSync(dir)) return latest
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) continue
    const p = path.join(dir, entry.name)
    latest = Math.max(latest, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs)
  }
  return latest
}

console.log('› building cloud functions')
run(bin('tsx'), ['cloudfunctions/build.ts'])

const h5Index = path.join(root, 'miniprogram/dist/h5/index.html')
const sources = Math.max(newest(path.join(root, 'miniprogram')), newest(path.join(root, 'types')))
if (!fs.existsSync(h5Index) || fs.statSync(h5Index).mtimeMs < sources) {
  console.log('› building the H5 app (about half a minute)')
  run(bin('taro'), ['build', '--type', 'h5'], { cwd: path.join(root, 'miniprogram') })
} else {
  console.log('› H5 app is up to date')
}

const server = spawn(process.execPath, ['--import', 'tsx', 'cloudfunctions/local/main.ts', ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
const stop = () => server.kill('SIGTERM')
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
server.on('exit', (code) => process.exit(code ?? 0))
