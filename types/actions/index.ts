// The registry: every action the product has. Add a domain's actions here and the server handler map,
// the client's call() and the authorization matrix all pick them up.
import type * as v from 'valibot'
import type { AnyAction } from '../contract'
import { campaignActions } from './campaign'
import { careActions } from './care'
import { competitionActions } from './competition'
import { honoursActions } from './honours'
import { ideasActions } from './ideas'
import { noticeActions } from './notices'
import { orgActions } from './org'
import { peopleActions } from './people'
import { reportActions } from './reports'
import { setupActions } from './setup'
import { worksActions } from './works'

export const actions = {
  ...campaignActions,
  ...noticeActions,
  ...peopleActions,
  ...orgActions,
  ...setupActions,
  ...competitionActions,
  ...ideasActions,
  ...worksActions,
  ...careActions,
  ...honoursActions,
  ...reportActions,
} as const satisfies Record<string, AnyAction>

export type Actions = typeof actions
export type ActionName = keyof Actions
export type InputOf<N extends ActionName> = v.InferInput<Actions[N]['input']>
export type ParsedInputOf<N extends ActionName> = v.InferOutput<Actions[N]['input']>
export type OutputOf<N extends ActionName> = Actions[N]['output']

/** One cloud function per domain: the action's prefix. */
export type FunctionOf<N extends ActionName> = N extends `${infer F}.${string}` ? F : never

/** Functions that take only platform events (WeChat's message push), beside the action functions. */
export const EVENT_FUNCTIONS = ['content'] as const
export type FunctionName = FunctionOf<ActionName> | (typeof EVENT_FUNCTIONS)[number]
export type ActionsOf<F extends FunctionName> = Extract<ActionName, `${F}.${string}`>

export const functionOf = (name: string): string => name.slice(0, name.indexOf('.'))

export const actionNames = Object.keys(actions) as ActionName[]
export const functionNames = [...new Set([...actionNames.map(functionOf), ...EVENT_FUNCTIONS])] as FunctionName[]
