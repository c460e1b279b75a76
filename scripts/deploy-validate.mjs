// What `npm run deploy` checks before it sends anything (and all that `--dry-run` does): the function
// bundles as they will be zipped and uploaded, the weapp build, the credentials, and that
// DEPLOY-CHECKLIST.md says what the declarations say. No network.
import fs from 'node:fs'
import { isBuiltin } from 'node:module'
import path from 'node:path'
import { zipSync } from 'fflate'
import { listFiles } from './weapp-check/files.mjs'
import { checkPackageSize } from './weapp-check/package-size.mjs'
import { CHECKLIST, declarations, renderChecklist } from './deploy-checklist.mjs'

/** Our budget for one function bundle (cold starts read all of it), far under what an upload takes. */
export const BUNDLE_BUDGET = 3 * 1024 * 1024
/**
 * The largest function package (zipped) a deploy may send. Tencent Cloud's API takes code uploaded
 * directly as a base64 zip inside one request of at most 10,485,760 bytes ("Your current request size
 * exceed max 10485760B"), so a zip over 7.5 MB needs object storage; the platform's own limit is far
 * above (SCF: 500 MB before compression, https://cloud.tencent.com/document/product/583/11637). The honours
 * function carries its certificate font (≈2.7 MB zipped in all).
 */
export const PACKAGE_LIMIT = Math.floor((10 * 1024 * 1024 * 3) / 4)

/** What is wrong with a function package of `zipped` bytes, or null. */
export const packageProblem = (name, zipped) =>
  zipped > PACKAGE_LIMIT
    ? `cloudfunctions/dist/${name} zips to ${(zipped / 1024 / 1024).toFixed(1)} MB, over the ${(PACKAGE_LIMIT / 1024 / 1024).toFixed(1)} MB a direct upload takes`
    : null

/** A function's timeout may be set between the default 3 s and 60 s (wechat-rules.md). */
const TIMEOUT_RANGE = [3, 60]
/** Memory sizes a cloud function may be given (MB). */
const MEMORY_SIZES = [128, 256, 512, 1024, 2048]

const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'))

function filesUnder(dir) {
  const out = {}
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name)
    if (entry.isDirectory()) for (const [k, v] of Object.entries(filesUnder(p))) out[`${entry.name}/${k}`] = v
    else out[entry.name] = fs.readFileSync(p)
  }
  return out
}

/** Every module a bundle requires at run time: only Node's own and wx-server-sdk may be left outside it. */
export function externalRequires(js) {
  return [...new Set([...js.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]))]
}

export async function validateFunctions(root, errors, plan) {
  const d = await declarations()
  const dist = path.join(root, 'cloudfunctions/dist')
  for (const f of d.functions) {
    const dir = path.join(dist, f.name)
    const where = `cloudfunctions/dist/${f.name}`
    if (!fs.existsSync(path.join(dir, 'index.js'))) {
      errors.push(`${where}/index.js missing (npm run build:functions)`)
      continue
    }
    const js = fs.readFileSync(path.join(dir, 'index.js'), 'utf8')
    if (!/\bmain\b/.test(js)) errors.push(`${where}/index.js exports no main`)
    const outside = externalRequires(js).filter((m) => !isBuiltin(m) && m !== 'wx-server-sdk')
    if (outside.length) errors.push(`${where}/index.js is not self-contained: requires ${outside.join(', ')}`)
    const pkg = readJson(path.join(dir, 'package.json'))
    if (JSON.stringify(pkg.dependencies) !== JSON.stringify({ 'wx-server-sdk': d.sdkVersion }))
      errors.push(`${where}/package.json must depend on exactly wx-server-sdk ${d.sdkVersion}`)
    const config = readJson(path.join(dir, 'config.json'))
    if (config.timeout !== f.timeout) errors.push(`${where}/config.json timeout ${config.timeout} ≠ declared ${f.timeout}`)
    if (JSON.stringify(config.permissions?.openapi ?? []) !== JSON.stringify(f.openapi))
      errors.push(`${where}/config.json openapi permissions differ from the declaration`)
    if (f.timeout < TIMEOUT_RANGE[0] || f.timeout > TIMEOUT_RANGE[1]) errors.push(`${f.name}: timeout ${f.timeout} s outside ${TIMEOUT_RANGE.join('–')} s`)
    if (!MEMORY_SIZES.includes(f.memory)) errors.push(`${f.name}: memory ${f.memory} MB is not one of ${MEMORY_SIZES.join(', ')}`)
    for (const t of f.triggers)
      if (t.type !== 'timer' || !/^\S+( \S+){5,6}$/.test(t.config)) errors.push(`${f.name}: trigger ${t.name} is not a timer with a 7-field cron expression`)
    const size = Buffer.byteLength(js)
    if (size > BUNDLE_BUDGET) errors.push(`${where}/index.js is ${(size / 1024).toFixed(0)} KB, over the ${BUNDLE_BUDGET / 1024} KB budget`)
    const zipped = zipSync(filesUnder(dir), { level: 9 }).length
    const tooBig = packageProblem(f.name, zipped)
    if (tooBig) errors.push(tooBig)
    plan.push(
      `function ${f.name.padEnd(12)} ${(size / 1024).toFixed(1).padStart(7)} KB (zip ${(zipped / 1024).toFixed(1)} KB), timeout ${f.timeout} s, memory ${f.memory} MB, openapi [${f.openapi.join(', ')}]${f.triggers.length ? `, triggers ${f.triggers.map((t) => t.name).join(', ')}` : ''}`,
    )
  }
  const extra = fs.existsSync(dist)
    ? fs.readdirSync(dist).filter((n) => fs.statSync(path.join(dist, n)).isDirectory() && !d.functions.some((f) => f.name === n))
    : []
  if (extra.length) errors.push(`cloudfunctions/dist has folders no function declares: ${extra.join(', ')}`)
  for (const c of d.collections)
    if (!d.securityRules?.[c.name]) errors.push(`collection ${c.name} has no security rule in cloudfunctions/database/security-rules.json`)
  for (const t of d.templates) if (!/^[A-Za-z0-9_-]{20,64}$/.test(t.id)) errors.push(`subscription template ${t.key} has no usable id`)
  return d
}

export function validateWeapp(root, env, errors, plan) {
  const weapp = path.join(root, 'miniprogram/dist/weapp')
  if (!fs.existsSync(path.join(weapp, 'app.json'))) {
    errors.push('miniprogram/dist/weapp has no build (npm run build:weapp)')
    return
  }
  const app = readJson(path.join(weapp, 'app.json'))
  const pages = [...app.pages, ...(app.subPackages ?? app.subpackages ?? []).flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]
  for (const page of pages)
    for (const ext of ['.js', '.json', '.wxml']) if (!fs.existsSync(path.join(weapp, page + ext))) errors.push(`weapp page ${page}${ext} missing`)
  const files = listFiles(weapp)
  const size = checkPackageSize(weapp, files)
  if (!size.ok) errors.push(...size.errors.map((e) => `weapp: ${e}`))
  // The environment is baked in at build time (CLOUD_ENV): the build must call the one deployed to.
  if (env.cloudEnv) {
    const baked = files.some((f) => f.endsWith('.js') && fs.readFileSync(path.join(weapp, f), 'utf8').includes(JSON.stringify(env.cloudEnv)))
    if (!baked) errors.push(`the weapp build does not call environment ${env.cloudEnv}: rebuild with CLOUD_ENV=${env.cloudEnv}`)
  }
  plan.push(`weapp ${pages.length} pages, ${size.summary}`)
}

/** The deploy's inputs from the environment; a real deploy needs all of them, a dry run reports what is missing. */
export function readDeployEnv(environ) {
  return {
    appid: environ.DEPLOY_APPID ?? '',
    keyPath: environ.DEPLOY_PRIVATE_KEY_PATH ?? '',
    key: environ.DEPLOY_PRIVATE_KEY ?? '',
    cloudEnv: environ.CLOUD_ENV ?? '',
    version: environ.DEPLOY_VERSION ?? '',
    desc: environ.DEPLOY_DESC ?? '',
  }
}

export function validateCredentials(env, problems) {
  if (!env.appid) problems.push('DEPLOY_APPID is not set (the AppID, wx followed by 16 hex digits)')
  else if (!/^wx[0-9a-f]{16}$/.test(env.appid)) problems.push(`DEPLOY_APPID ${env.appid} is not an AppID (wx followed by 16 hex digits)`)
  const key = env.key || (env.keyPath && fs.existsSync(env.keyPath) ? fs.readFileSync(env.keyPath, 'utf8') : '')
  if (!env.key && !env.keyPath)
    problems.push('DEPLOY_PRIVATE_KEY_PATH (or DEPLOY_PRIVATE_KEY) is not set: the upload key from 开发管理 → 开发设置 → 小程序代码上传')
  else if (!key) problems.push(`DEPLOY_PRIVATE_KEY_PATH ${env.keyPath} does not exist`)
  else if (!/-----BEGIN (RSA )?PRIVATE KEY-----[\s\S]+-----END (RSA )?PRIVATE KEY-----/.test(key)) problems.push('the upload key is not a PEM private key')
  if (!env.cloudEnv) problems.push('CLOUD_ENV is not set (the cloud environment id, 云开发控制台 → 设置)')
  else if (!/^[a-z][a-z0-9-]{3,39}$/.test(env.cloudEnv)) problems.push(`CLOUD_ENV ${env.cloudEnv} is not an environment id`)
  if (env.version && !/^\d+\.\d+\.\d+$/.test(env.version)) problems.push(`DEPLOY_VERSION ${env.version} is not x.y.z`)
  return key
}

export async function checklistCurrent(errors) {
  const want = await renderChecklist()
  const have = fs.existsSync(CHECKLIST) ? fs.readFileSync(CHECKLIST, 'utf8') : ''
  if (want !== have) errors.push('DEPLOY-CHECKLIST.md is out of date: run `npm run deploy:checklist` and commit it')
}
