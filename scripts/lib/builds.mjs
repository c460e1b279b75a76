// Builds that `npm start` and the e2e run share: the cloud function bundles (fast, always) and the H5
// app (about 15–30 s, only when its sources are newer than the build).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const bin = (name) => path.join(root, 'node_modules', '.bin', name)

export function run(cmd, args, opts = {}) {
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

export function buildFunctions() {
  console.log('› building cloud functions')
  run(bin('tsx'), ['cloudfunctions/build.ts'])
}

export function buildH5IfStale() {
  const h5Index = path.join(root, 'miniprogram/dist/h5/index.html')
  const sources = Math.max(newest(path.join(root, 'miniprogram')), newest(path.join(root, 'types')))
  if (fs.existsSync(h5Index) && fs.statSync(h5Index).mtimeMs >= sources) {
    console.log('› H5 app is up to date')
    return
  }
  console.log('› building the H5 app')
  run(bin('taro'), ['build', '--type', 'h5'], { cwd: path.join(root, 'miniprogram') })
}
