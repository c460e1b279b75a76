// `npm run deploy`: builds, validates, then uploads the weapp and every cloud function with
// miniprogram-ci, and creates the functions' declared timer triggers. What the console must still be
// told (timeouts, memory, environment variables, rules, indexes, message push) is DEPLOY-CHECKLIST.md.
//   DEPLOY_APPID              the mini-program's AppID
//   DEPLOY_PRIVATE_KEY_PATH   the upload key file (or DEPLOY_PRIVATE_KEY: its text)
//   CLOUD_ENV                 the cloud environment id (also baked into the weapp build)
//   DEPLOY_VERSION, DEPLOY_DESC  optional: version (default package.json's) and description
// Options: --dry-run  build the functions and validate everything it would send, without any network
//                     and without credentials (missing ones are listed); the weapp build must exist
//          --skip-build   use the builds already there
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { checklistCurrent, readDeployEnv, validateCredentials, validateFunctions, validateWeapp } from './deploy-validate.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dryRun = process.argv.includes('--dry-run')
const skipBuild = process.argv.includes('--skip-build')
const env = readDeployEnv(process.env)

function run(cmd, args, opts = {}) {
  const res = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', ...opts })
  if (res.status !== 0) process.exit(res.status ?? 1)
}

async function main() {
  console.log(`deploy${dryRun ? ' --dry-run (no network)' : ''}`)
  if (!skipBuild) {
    run(path.join(root, 'node_modules/.bin/tsx'), ['cloudfunctions/build.ts'])
    // The weapp build takes a while; a dry run checks the one there (CI builds it just before).
    if (!dryRun)
      run(path.join(root, 'node_modules/.bin/taro'), ['build', '--type', 'weapp'], {
        cwd: path.join(root, 'miniprogram'),
        env: { ...process.env, CLOUD_ENV: env.cloudEnv },
      })
  }
  const errors = []
  const plan = []
  await checklistCurrent(errors)
  const d = await validateFunctions(root, errors, plan)
  validateWeapp(root, env, errors, plan)
  const missing = []
  const key = validateCredentials(env, missing)
  const version = env.version || JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version

  console.log('\nwould send:')
  for (const line of plan) console.log(`  ${line}`)
  console.log(`  to AppID ${env.appid || '(DEPLOY_APPID)'}, environment ${env.cloudEnv || '(CLOUD_ENV)'}, version ${version}`)
  const triggers = d.functions.flatMap((f) => f.triggers.map((t) => ({ fn: f.name, ...t })))
  if (triggers.length) console.log(`  timer triggers: ${triggers.map((t) => `${t.fn}/${t.name}`).join(', ')}`)
  if (errors.length) {
    console.error(`\n✗ ${errors.length} problem(s):`)
    for (const e of errors) console.error(`  ✗ ${e}`)
    process.exit(1)
  }
  if (dryRun) {
    for (const m of missing) console.log(`  note (needed for a real deploy): ${m}`)
    console.log('\n✓ dry run: everything deploy would send is valid; then tick DEPLOY-CHECKLIST.md in the console')
    return
  }
  if (missing.length) {
    for (const m of missing) console.error(`  ✗ ${m}`)
    process.exit(1)
  }

  const { default: ci } = await import('miniprogram-ci')
  const keyFile = env.keyPath || path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-')), 'upload.key')
  if (!env.keyPath) fs.writeFileSync(keyFile, key, { mode: 0o600 })
  const project = new ci.Project({
    appid: env.appid,
    type: 'miniProgram',
    projectPath: path.join(root, 'miniprogram/dist/weapp'),
    privateKeyPath: keyFile,
    ignores: ['node_modules/**/*'],
  })
  console.log('\n› uploading the weapp')
  await ci.upload({
    project,
    version,
    desc: env.desc || `deploy ${new Date().toISOString()}`,
    setting: { es6: true, minify: true },
    robot: 1,
    onProgressUpdate: () => {},
  })
  for (const f of d.functions) {
    console.log(`› uploading function ${f.name}`)
    // remoteNpmInstall: the cloud installs wx-server-sdk from the bundle's package.json.
    const res = await ci.cloud.uploadFunction({
      project,
      env: env.cloudEnv,
      name: f.name,
      path: path.join(root, 'cloudfunctions/dist', f.name),
      remoteNpmInstall: true,
    })
    console.log(`  ${res.filesCount} files, ${res.packSize} bytes`)
  }
  for (const f of d.functions) {
    if (!f.triggers.length) continue
    console.log(`› triggers of ${f.name}`)
    console.log(`  ${await ci.cloud.createTimeTrigger({ project, envId: env.cloudEnv, functionName: f.name, triggersConfig: f.triggers })}`)
  }
  console.log('\n✓ uploaded. Now tick DEPLOY-CHECKLIST.md in the cloud console (timeouts, memory and variables are not set by an upload).')
  // miniprogram-ci leaves handles open.
  process.exit(0)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
