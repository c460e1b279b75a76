// The deploy scripts' checks, run the way npm runs them (node with tsx, ES modules): the checklist is
// what the declarations say, a bundle that requires a package outside it is caught, and credentials
// are checked for shape without sending them anywhere.
import { execFileSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(__dirname, '../..')
const evalModule = (code: string): unknown =>
  JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop()!)

test('DEPLOY-CHECKLIST.md is what the declarations say', () => {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/deploy-checklist.mjs', '--check'], { cwd: root, encoding: 'utf8' })
  expect(out).toMatch(/matches the declarations/)
})

test('the checklist names every function, collection and the setup code variable', () => {
  const text = evalModule(`import { renderChecklist } from './scripts/deploy-checklist.mjs'; console.log(JSON.stringify(await renderChecklist()))`) as string
  for (const fn of ['campaign', 'people', 'org', 'competition', 'ideas', 'works', 'content']) expect(text).toContain(`| \`${fn}\``)
  for (const c of ['units', 'chair_invites', 'setup_state', 'audit_log']) expect(text).toContain(`### \`${c}\``)
  expect(text).toContain('`SETUP_CODE`')
  expect(text).toContain('`wxa_media_check` → cloud function `content`')
})

test('a bundle that is not self-contained is caught', () => {
  const found = evalModule(
    `import { externalRequires } from './scripts/deploy-validate.mjs'; console.log(JSON.stringify(externalRequires('var a=require("fs"),b=require( "wx-server-sdk" ),c=require(\\'exceljs\\');')))`,
  )
  expect(found).toEqual(['fs', 'wx-server-sdk', 'exceljs'])
})

test('a function package too large for a direct upload is caught (the honours function carries a font)', () => {
  const found = evalModule(
    `import { packageProblem, PACKAGE_LIMIT } from './scripts/deploy-validate.mjs'; console.log(JSON.stringify([packageProblem('honours', 2_700_000), packageProblem('honours', PACKAGE_LIMIT + 1), PACKAGE_LIMIT]))`,
  ) as [string | null, string | null, number]
  expect(found[0]).toBeNull()
  expect(found[1]).toMatch(/honours zips to 7\.5 MB, over the 7\.5 MB/)
  expect(found[2]).toBe(7864320)
})

test('credentials are checked for shape only; a dry run lists what a real deploy still needs', () => {
  const problems = (env: Record<string, string>) =>
    evalModule(
      `import { readDeployEnv, validateCredentials } from './scripts/deploy-validate.mjs'; const p = []; validateCredentials(readDeployEnv(${JSON.stringify(env)}), p); console.log(JSON.stringify(p))`,
    ) as string[]
  expect(problems({})).toHaveLength(3)
  const bad = problems({ DEPLOY_APPID: 'touristappid', DEPLOY_PRIVATE_KEY: 'not a key', CLOUD_ENV: 'Bad Env!', DEPLOY_VERSION: 'v1' })
  expect(bad.join('\n')).toMatch(/not an AppID[\s\S]*not a PEM private key[\s\S]*not an environment id[\s\S]*not x\.y\.z/)
  const key = '-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----'
  expect(problems({ DEPLOY_APPID: 'wx0123456789abcdef', DEPLOY_PRIVATE_KEY: key, CLOUD_ENV: 'union-prod-1a2b3c' })).toEqual([])
})
