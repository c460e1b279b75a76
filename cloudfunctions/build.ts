// Bundles each cloud function into one self-contained file with esbuild (a function uploads only its
// own folder, so shared code must be inside it). wx-server-sdk stays external and pinned: the cloud
// installs it from each function's package.json and config.json (function-config.ts). Also writes
// dist/database.json (collections, indexes and their security rules), dist/storage-rules.json (the
// bucket's rule) and dist/cloudbaserc.json (runtime, timeout, memory, triggers for the deploy tool).
import fs from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'
import { functionNames } from '../types/actions/index'
import { collections } from './database/collections'
import { BUILD_TARGET, cloudbaseRc, configJsonOf, configProblems } from './function-config'
import { FUNCTIONS } from './src/functions/index'
import { FONT_FILE, FONT_FOLDER, SYSTEM_FONT } from './src/lib/font/source'

const root = path.resolve(__dirname, '..')
const dist = path.join(__dirname, 'dist')
const sdkVersion: string = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/wx-server-sdk/package.json'), 'utf8')).version
/**
 * Files a function reads at run time beside its bundle: the honours function draws certificates with a
 * CJK font (lib/font/source.ts says which and why), taken from the Debian package .ci/run installs.
 */
const ASSETS: Partial<Record<string, Array<{ from: string; to: string; hint: string }>>> = {
  honours: [{ from: SYSTEM_FONT, to: `${FONT_FOLDER}/${FONT_FILE}`, hint: 'apt-get install fonts-wqy-microhei' }],
}
const rules = JSON.parse(fs.readFileSync(path.join(__dirname, 'database/security-rules.json'), 'utf8'))

async function main() {
  const problems = functionNames.flatMap((name) => configProblems(name, FUNCTIONS[name]))
  if (problems.length > 0) throw new Error(`function configuration:\n  ${problems.join('\n  ')}`)
  fs.rmSync(dist, { recursive: true, force: true })
  const sizes: Array<[string, number]> = []
  for (const name of functionNames) {
    const outDir = path.join(dist, name)
    const result = await build({
      entryPoints: [path.join(__dirname, 'src/functions', name, 'index.ts')],
      outfile: path.join(outDir, 'index.js'),
      bundle: true,
      platform: 'node',
      // The runtime the functions are deployed on (function-config.ts RUNTIME): jimp needs Node 18 or newer.
      target: BUILD_TARGET,
      format: 'cjs',
      external: ['wx-server-sdk'],
      metafile: true,
      legalComments: 'none',
      logLevel: 'warning',
    })
    const local = Object.keys(result.metafile.inputs).filter((f) => f.includes('cloudfunctions/local/'))
    if (local.length > 0) throw new Error(`cloud function ${name} bundles local-cloud code: ${local.join(', ')}`)
    fs.writeFileSync(
      path.join(outDir, 'package.json'),
      JSON.stringify({ name, version: '1.0.0', private: true, main: 'index.js', dependencies: { 'wx-server-sdk': sdkVersion } }, null, 2) + '\n',
    )
    fs.writeFileSync(path.join(outDir, 'config.json'), JSON.stringify(configJsonOf(name), null, 2) + '\n')
    for (const asset of ASSETS[name] ?? []) {
      if (!fs.existsSync(asset.from)) throw new Error(`cloud function ${name} needs ${asset.from} (${asset.hint})`)
      fs.mkdirSync(path.dirname(path.join(outDir, asset.to)), { recursive: true })
      fs.copyFileSync(asset.from, path.join(outDir, asset.to))
    }
    sizes.push([name, fs.statSync(path.join(outDir, 'index.js')).size])
  }
  const database = {
    collections: collections.map((c) => ({
      name: c.name,
      purpose: c.purpose,
      indexes: c.indexes.map((i) => ({ name: i.name, unique: Boolean(i.unique), keys: i.fields.map(([field, direction]) => ({ field, direction })) })),
      rules: rules[c.name],
    })),
  }
  fs.writeFileSync(path.join(dist, 'database.json'), JSON.stringify(database, null, 2) + '\n')
  // The bucket's storage security rule, to paste into the console (云存储 → 权限设置 → 自定义安全规则).
  fs.copyFileSync(path.join(__dirname, 'database/storage-rules.json'), path.join(dist, 'storage-rules.json'))
  // For the deploy tool: runtime, timeout, memory and triggers per function, which it applies on deploy.
  fs.writeFileSync(path.join(dist, 'cloudbaserc.json'), JSON.stringify(cloudbaseRc(functionNames), null, 2) + '\n')
  for (const [name, size] of sizes) console.log(`cloudfunctions/dist/${name}/index.js  ${(size / 1024).toFixed(1)} KB`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
