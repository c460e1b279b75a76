// What the build writes for each function's deployment, from src/functions/index.ts FUNCTIONS, checked
// against the platform's documented limits so a bad value fails the build rather than the upload.
//  - config.json (uploaded with the function from WeChat DevTools): `permissions.openapi` and `triggers` are
//    its documented fields (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/guide/functions/triggers.html);
//    `timeout`, `memorySize` and `runtime` are written beside them for the record, but an upload from DevTools
//    is not documented to apply them.
//  - dist/cloudbaserc.json: the same per function in the deploy tool's documented shape
//    (https://docs.cloudbase.net/cli-v1/functions/configs: runtime, timeout 1–60 s, memorySize 128–2048 MB,
//    installDependency, triggers), which `tcb fn deploy` applies.
import { parseCron } from './local/cron'
import { FUNCTION_LIMITS, FUNCTIONS, memoryOf, timeoutOf, type FunctionConfig } from './src/functions/index'
import type { FunctionName } from '../types/actions/index'

/** The runtime every function is built for and deployed on: jimp needs Node ≥ 18; the cloud offers 18 and 20. */
export const RUNTIME = 'Nodejs18.15'
/** esbuild's target for that runtime. */
export const BUILD_TARGET = 'node18'

const TRIGGER_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/

export function configProblems(name: string, config: FunctionConfig): string[] {
  const problems: string[] = []
  const { timeout, memory, triggers = [] } = config
  if (timeout !== undefined && (!Number.isInteger(timeout) || timeout < FUNCTION_LIMITS.timeout.min || timeout > FUNCTION_LIMITS.timeout.max)) {
    problems.push(`${name}: timeout ${timeout} is not a whole number of seconds in ${FUNCTION_LIMITS.timeout.min}–${FUNCTION_LIMITS.timeout.max}`)
  }
  if (memory !== undefined && !(FUNCTION_LIMITS.memory as readonly number[]).includes(memory)) {
    problems.push(`${name}: memory ${memory} MB is not one of ${FUNCTION_LIMITS.memory.join(', ')}`)
  }
  if (triggers.length > FUNCTION_LIMITS.triggers) problems.push(`${name}: ${triggers.length} triggers; a function takes at most ${FUNCTION_LIMITS.triggers}`)
  for (const t of triggers) {
    if (!TRIGGER_NAME.test(t.name))
      problems.push(`${name}: trigger name ${JSON.stringify(t.name)} must start with a letter and have at most 60 of a-z A-Z 0-9 - _`)
    if (t.type !== 'timer') problems.push(`${name}: trigger ${t.name} has type ${JSON.stringify(t.type)}; only "timer" exists`)
    try {
      parseCron(t.config)
    } catch (e) {
      problems.push(`${name}: trigger ${t.name}: ${(e as Error).message}`)
    }
  }
  return problems
}

/** config.json of one function. */
export function configJsonOf(name: FunctionName) {
  const c = FUNCTIONS[name]
  return {
    permissions: { openapi: [...c.openapi] },
    ...(c.triggers?.length ? { triggers: c.triggers.map((t) => ({ name: t.name, type: t.type, config: t.config })) } : {}),
    timeout: timeoutOf(name),
    memorySize: memoryOf(name),
    runtime: RUNTIME,
  }
}

/** dist/cloudbaserc.json: every function for `tcb fn deploy` (functionRoot is the dist folder itself). */
export function cloudbaseRc(names: readonly FunctionName[], envId = process.env.CLOUD_ENV) {
  return {
    version: '2.0',
    ...(envId ? { envId } : {}),
    functionRoot: '.',
    functions: names.map((name) => {
      const c = FUNCTIONS[name]
      return {
        name,
        runtime: RUNTIME,
        timeout: timeoutOf(name),
        memorySize: memoryOf(name),
        installDependency: true,
        handler: 'index.main',
        ...(c.triggers?.length ? { triggers: c.triggers.map((t) => ({ name: t.name, type: t.type, config: t.config })) } : {}),
      }
    }),
  }
}
