// How an action is declared: once, here in types/, with its input schema, output type and who may
// call it. The cloud functions' handler map and the mini-program's call() are both typed from the
// registry (actions/index.ts), so a missing or mismatched handler does not compile.
import type * as v from 'valibot'
import type { Role } from './roles'

export type AnySchema = v.GenericSchema<unknown, unknown>

/**
 * Who may call an action. Deny by default: an action must say which of these it is.
 * - anyone: public pages, including someone who opened a shared card and has no profile yet
 *   (inside WeChat every caller still has an OPENID).
 * - user: a known caller (has an OPENID); no completed profile needed (e.g. filling the profile in).
 * - member: a completed profile holding one of `roles`; `scope` says how the records the action
 *   touches must relate to the unit the role was granted on.
 */
export type Access =
  | { readonly who: 'anyone' }
  | { readonly who: 'user' }
  | { readonly who: 'member'; readonly roles: readonly Role[]; readonly scope?: ScopeRule }

/**
 * How a record's unit must relate to the caller's grant:
 * - own: the record is the caller's own (the handler checks ownership itself);
 * - subtree: the record's unit is the grant's unit or below it;
 * - any: no unit restriction beyond holding the role (city-wide roles).
 */
export type ScopeRule = 'own' | 'subtree' | 'any'

export interface ActionSpec<I extends AnySchema, O> {
  readonly summary: string
  readonly input: I
  /** Type-only: `returns<T>()`; undefined at run time. */
  readonly output: O
  readonly access: Access
}

/** The output type of an action, declared without a value. */
export const returns = <O>(): O => undefined as unknown as O

export function action<I extends AnySchema, O>(spec: ActionSpec<I, O>): ActionSpec<I, O> {
  return spec
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAction = ActionSpec<AnySchema, any>
