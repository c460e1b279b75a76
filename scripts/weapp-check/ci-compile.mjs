// miniprogram-ci compiles the build the way WeChat DevTools does before an upload, offline.
// It fails with a coded error on a broken tag, a JS syntax error, bad WXSS, a page or component
// that is listed but missing, or bad JSON; checkCodeQuality then reports what DevTools' "code
// quality" panel would (package size, compression, unused files and components).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

// The settings of an upload. Passed to the compile explicitly: with minification off, miniprogram-ci
// skips its WXML and JS checks.
const UPLOAD_SETTING = { es6: true, minify: true }

// checkCodeQuality reads the compile settings from project.config.json in the project folder.
// The repo-root project.config.json points DevTools at this folder, but Taro puts none inside it,
// so a stand-in with the upload settings is written there for the duration of the check only.
const STANDIN_PROJECT_CONFIG = {
  appid: 'touristappid',
  compileType: 'miniprogram',
  projectname: 'zhigong-fengcai',
  setting: { es6: true, enhance: true, minified: true, minifyWXML: true, minifyWXSS: true },
}

// miniprogram-ci logs its internals (and a failed request for an extension whitelist, which is
// harmless offline) straight to the console. Hold that back; show it only when the step fails.
async function quietly(fn) {
  const held = []
  const names = ['log', 'info', 'warn', 'error', 'debug']
  const saved = names.map((n) => console[n])
  for (const n of names) console[n] = (...args) => held.push(args.map(String).join(' '))
  try {
    return { value: await fn(), held }
  } catch (error) {
    return { error, held }
  } finally {
    names.forEach((n, i) => (console[n] = saved[i]))
  }
}

export async function checkWithCi(root) {
  // Loading the package already prints its start-up log.
  const loaded = await quietly(() => require('miniprogram-ci'))
  if (loaded.error) throw loaded.error
  const ci = loaded.value
  const notes = []
  const configPath = path.join(root, 'project.config.json')
  const standIn = !fs.existsSync(configPath)
  if (standIn) {
    fs.writeFileSync(configPath, JSON.stringify(STANDIN_PROJECT_CONFIG, null, 2) + '\n')
    notes.push('used a stand-in project.config.json (upload settings) for the duration of the check')
  }
  try {
    return await compileAndInspect(ci, root, notes)
  } finally {
    // The build folder is left as Taro wrote it.
    if (standIn) fs.rmSync(configPath, { force: true })
  }
}

async function compileAndInspect(ci, root, notes) {
  // attr() answers locally what would otherwise be a signed request to WeChat that fails offline.
  const project = new ci.Project({
    appid: 'touristappid',
    type: 'miniProgram',
    projectPath: root,
    privateKey: 'unused',
    attr: async () => ci.DefaultProjectAttr,
  })

  const zipDir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-weapp-'))
  const started = Date.now()
  const compiled = await quietly(() => ci.getCompiledResult({ project, setting: UPLOAD_SETTING }, path.join(zipDir, 'compiled.zip')))
  const compileMs = Date.now() - started
  fs.rmSync(zipDir, { recursive: true, force: true })
  if (compiled.error) {
    const e = compiled.error
    return {
      ok: false,
      summary: `compile failed after ${(compileMs / 1000).toFixed(1)} s`,
      errors: [`miniprogram-ci ${e.code ? `error ${e.code}` : 'error'}: ${String(e.message ?? e).trim()}`],
      // Its own error lines add context (the offline whitelist request always fails: not news).
      notes: [
        ...notes,
        ...compiled.held
          .filter((l) => /error|fail/i.test(l) && !/getwhiteextlist|white ext list/.test(l))
          .slice(-10)
          .map((l) => `ci log: ${l}`),
      ],
    }
  }

  const quality = await quietly(() => ci.checkCodeQuality(project))
  if (quality.error) {
    return {
      ok: false,
      summary: 'compiled; code-quality check failed to run',
      errors: [`checkCodeQuality: ${String(quality.error.message ?? quality.error)}`],
      notes,
    }
  }
  // Every item DevTools flags counts: they are what a reviewer would see as warnings, and each
  // one (size, compression, unused code) costs start-up time on an old phone.
  const errors = quality.value
    .filter((item) => !item.success)
    .map((item) => `code quality: ${item.name}: ${item.text}${item.detail ? ` ${JSON.stringify(item.detail)}` : ''}`)
  const sizeItem = quality.value.find((item) => item.name === 'PACKAGE_SIZE_LIMIT')
  const counted = sizeItem?.detail
    ? Object.entries(sizeItem.detail)
        .map(([k, v]) => `${k} ${v} B`)
        .join(', ')
    : 'n/a'
  return {
    ok: errors.length === 0,
    summary:
      `compiled (es6, minify) in ${(compileMs / 1000).toFixed(1)} s, ${Object.keys(compiled.value).length} files; ` +
      `${quality.value.length} code-quality items; package size as WeChat counts it: ${counted}`,
    errors,
    notes,
  }
}
