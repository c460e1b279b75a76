#!/usr/bin/env node
// Checks a weapp build (run after `npm run build:weapp`) with WeChat's own tools and our limits:
//   a. miniprogram-ci offline compile (as DevTools does before an upload) + code-quality report
//   b. WeChat's native wcc / wcsc over every .wxml, .wxs and .wxss
//   c. ES syntax level of every .js (see weapp-check/es-level.mjs for the level and why)
//   d. package sizes: main ≤ 1 MB (our budget), each subpackage ≤ 2 MB, total ≤ 20 MB
//   e. every text file is UTF-8 (see weapp-check/utf8.mjs)
// Usage: node scripts/check-weapp.mjs [build folder, default miniprogram/dist/weapp]
// Exits 1 if any check fails, 2 if there is no build to check.
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { listFiles } from './weapp-check/files.mjs'
import { checkWithCi } from './weapp-check/ci-compile.mjs'
import { checkNativeCompilers } from './weapp-check/native-compilers.mjs'
import { checkEsLevel } from './weapp-check/es-level.mjs'
import { checkPackageSize } from './weapp-check/package-size.mjs'
import { checkUtf8 } from './weapp-check/utf8.mjs'

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const root = process.argv[2] ? path.resolve(process.argv[2]) : path.join(repoRoot, 'miniprogram', 'dist', 'weapp')
const shown = path.relative(process.cwd(), root) || '.'

if (!fs.existsSync(path.join(root, 'app.json'))) {
  console.error(`check-weapp: no weapp build at ${shown} (app.json missing). Run \`npm run build:weapp\` first.`)
  process.exit(2)
}

const files = listFiles(root)
console.log(`check-weapp: ${shown} (${files.length} files)`)

const timed = async (fn) => {
  const t = Date.now()
  try {
    const result = await fn()
    return { ...result, ms: Date.now() - t }
  } catch (err) {
    // A check that crashes is a failed check, never a pass.
    return { ok: false, summary: 'crashed', errors: [String(err?.stack ?? err)], ms: Date.now() - t }
  }
}

// Cheap checks first; miniprogram-ci takes several seconds.
const b = await timed(() => checkNativeCompilers(root, files))
const c = await timed(() => checkEsLevel(root, files))
const d = await timed(() => checkPackageSize(root, files))
const utf8 = await timed(() => checkUtf8(root, files))
const a = await timed(() => checkWithCi(root))

const results = [
  ['a. miniprogram-ci compile', a],
  ['b. wcc / wcsc', b],
  ['c. ES level', c],
  ['d. package size', d],
  ['e. UTF-8', utf8],
]

for (const [name, r] of results) {
  console.log(`\n[${r.ok ? 'PASS' : 'FAIL'}] ${name} (${(r.ms / 1000).toFixed(1)} s)`)
  console.log(`      ${r.summary}`)
  for (const note of r.notes ?? []) console.log(`      note: ${note}`)
  for (const e of r.errors) console.log(`      ✗ ${e.split('\n').join('\n        ')}`)
}

const failed = results.filter(([, r]) => !r.ok).map(([name]) => name)
console.log(
  failed.length === 0
    ? `\ncheck-weapp: all ${results.length} checks passed.`
    : `\ncheck-weapp: ${failed.length} of ${results.length} checks FAILED: ${failed.join('; ')}`,
)
// miniprogram-ci leaves handles open; exit explicitly.
process.exit(failed.length === 0 ? 0 : 1)
