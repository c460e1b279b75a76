// What the build writes for each function, checked against the platform's documented limits.
import { functionNames } from '../types/actions/index'
import { BUILD_TARGET, cloudbaseRc, configJsonOf, configProblems, RUNTIME } from './function-config'
import { FUNCTIONS } from './src/functions/index'

test('every declared function configuration is within the platform limits', () => {
  expect(functionNames.flatMap((name) => configProblems(name, FUNCTIONS[name]))).toEqual([])
})

test('out-of-limit values are caught before an upload', () => {
  // timeout 1–60 s, memory 128/256/512/1024/2048 MB (cloudbaserc functions), one timer trigger per function,
  // trigger names of at most 60 characters starting with a letter, seven-field cron (config.json triggers).
  expect(configProblems('f', { timeout: 61, openapi: [] })).toHaveLength(1)
  expect(configProblems('f', { timeout: 0, openapi: [] })).toHaveLength(1)
  expect(configProblems('f', { memory: 300, openapi: [] })).toHaveLength(1)
  const t = (name: string, config = '0 0 * * * * *') => ({ name, type: 'timer' as const, config })
  expect(configProblems('f', { openapi: [], triggers: [t('a'), t('b')] })).toHaveLength(1)
  expect(configProblems('f', { openapi: [], triggers: [t('1st')] })).toHaveLength(1)
  expect(configProblems('f', { openapi: [], triggers: [t(`a${'x'.repeat(60)}`)] })).toHaveLength(1)
  expect(configProblems('f', { openapi: [], triggers: [t('a', '0 0 * * *')] })).toHaveLength(1)
  expect(configProblems('f', { timeout: 60, memory: 2048, openapi: [], triggers: [t('recheck_1-a')] })).toEqual([])
})

test('config.json: openapi permissions, triggers in the documented shape, timeout, memory and runtime', () => {
  expect(RUNTIME).toBe('Nodejs18.15')
  expect(BUILD_TARGET).toBe('node18')
  for (const name of functionNames) {
    const json = configJsonOf(name)
    const c = FUNCTIONS[name]
    expect(json).toMatchObject({ permissions: { openapi: [...c.openapi] }, timeout: c.timeout ?? 3, memorySize: c.memory ?? 256, runtime: 'Nodejs18.15' })
    expect('triggers' in json ? json.triggers : []).toEqual((c.triggers ?? []).map((x) => ({ name: x.name, type: 'timer', config: x.config })))
  }
})

test('cloudbaserc.json lists every function for the deploy tool', () => {
  const rc = cloudbaseRc(functionNames, 'prod-1a2b')
  expect(rc).toMatchObject({ version: '2.0', envId: 'prod-1a2b', functionRoot: '.' })
  expect(rc.functions.map((f) => f.name)).toEqual(functionNames)
  for (const f of rc.functions)
    expect(f).toMatchObject({ runtime: 'Nodejs18.15', installDependency: true, handler: 'index.main', timeout: configJsonOf(f.name).timeout })
  expect(cloudbaseRc(functionNames, '')).not.toHaveProperty('envId')
})
