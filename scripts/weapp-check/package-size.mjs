// Package sizes against WeChat's limits and our own budget.
// https://developers.weixin.qq.com/miniprogram/dev/framework/subpackages.html
import fs from 'node:fs'
import path from 'node:path'
import { formatBytes } from './files.mjs'

// The platform allows 2 MB for the main package; our budget is half of that, because the main
// package is what every worker downloads before the first screen, often on an old phone.
export const MAIN_LIMIT = 1024 * 1024
export const SUBPACKAGE_LIMIT = 2 * 1024 * 1024
export const TOTAL_LIMIT = 20 * 1024 * 1024

// Files in the build folder that are never uploaded: webpack's licence notes, source maps and
// DevTools' own project settings.
const NOT_UPLOADED = [/\.LICENSE\.txt$/, /\.map$/, /^project(\.private)?\.config\.json$/]

export function checkPackageSize(root, files) {
  const appJson = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8'))
  // app.json accepts both spellings.
  const subPackages = appJson.subPackages ?? appJson.subpackages ?? []
  const roots = subPackages.map((p) => String(p.root).replace(/^\/+/, '').replace(/\/*$/, '/'))

  const sizes = { main: 0 }
  for (const r of roots) sizes[r] = 0
  let total = 0
  for (const file of files) {
    if (NOT_UPLOADED.some((re) => re.test(file))) continue
    const bytes = fs.statSync(path.join(root, file)).size
    total += bytes
    const owner = roots.find((r) => file.startsWith(r)) ?? 'main'
    sizes[owner] += bytes
  }

  const errors = []
  const lines = []
  const line = (label, bytes, limit) => {
    const pct = ((bytes / limit) * 100).toFixed(1)
    lines.push(`${label}: ${formatBytes(bytes)} of ${formatBytes(limit)} (${pct}%)`)
    if (bytes > limit) errors.push(`${label} is ${formatBytes(bytes)}, over the limit of ${formatBytes(limit)}`)
  }
  line('main package', sizes.main, MAIN_LIMIT)
  for (const r of roots) line(`subpackage ${r}`, sizes[r], SUBPACKAGE_LIMIT)
  line('total', total, TOTAL_LIMIT)

  return { ok: errors.length === 0, summary: lines.join('\n      '), errors, sizes, total }
}
