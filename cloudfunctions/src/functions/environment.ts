// What each cloud function needs from its environment beyond its code and config.json, declared here
// so the deploy checklist (DEPLOY-CHECKLIST.md) and `npm run deploy` read it from one place:
// environment variables set in the console, the runtime, and WeChat's message push.
import { SETUP_CODE_ENV, SETUP_CODE_MIN_LENGTH } from '../../../types/actions/setup'
import type { FunctionName } from '../../../types/actions/index'

export interface EnvVariableDecl {
  name: string
  purpose: string
  /** Without it the function still runs; what it is for does not work. */
  required: boolean
}

export const FUNCTION_ENV: Partial<Record<FunctionName, readonly EnvVariableDecl[]>> = {
  org: [
    {
      name: SETUP_CODE_ENV,
      purpose: `Day one: the one-time setup code (at least ${SETUP_CODE_MIN_LENGTH} characters, random) the city union's IT contact types to become the first city admin. Remove it once claimed.`,
      required: false,
    },
  ],
}

/**
 * The runtime to choose when a function is created. miniprogram-ci creates a missing function with
 * its own defaults (runtime Nodejs8.9, 3 s, 256 MB: see scfCreateFunction in miniprogram-ci 2.1.42's
 * dist/ci/cloud/uploadFunction.js), so each function is created in the console first, or fixed there.
 * The bundles target Node 16; jimp (work images) needs 18.
 */
export const FUNCTION_RUNTIME = 'Nodejs18.15'

/** The platform's default memory (MB) when a function's config declares none. */
export const DEFAULT_MEMORY_MB = 256

/** WeChat's message push (消息推送) events, each delivered to one function. */
export const MESSAGE_PUSH: ReadonlyArray<{ event: string; function: FunctionName; purpose: string }> = [
  { event: 'wxa_media_check', function: 'content', purpose: 'Verdicts of the asynchronous image check (security.mediaCheckAsync).' },
]
