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
 * - user: a known caller (has an OPENID) acting on their own data; no completed profile needed.
 * - member: a completed profile holding one of `roles`, on the records `scope` names.
 */
export type Access = { readonly who: 'anyone' } | { readonly who: 'user' } | { readonly who: 'member'; readonly roles: readonly Role[]; readonly scope: Scope }

/**
 * Which records a member's role must cover. A role held on unit G covers unit T when G is T or one
 * of T's ancestors. The handler wrapper checks this before the handler runs.
 * - self: the caller's own data only (nothing else is addressed).
 * - anywhere: holding the role is enough (city-wide work of the city union).
 * - unit: `input[field]` is a unit id; the role must cover that unit.
 * - record: `input[field]` is the id of a document in `collection` whose `unitPath` the role must
 *   cover; the wrapper loads it and hands it to the handler.
 */
export type Scope =
  | { readonly kind: 'self' }
  | { readonly kind: 'anywhere' }
  | { readonly kind: 'unit'; readonly field: string }
  | { readonly kind: 'record'; readonly collection: string; readonly field: string }

export interface ActionSpec<I extends AnySchema, O, A extends Access = Access> {
  readonly summary: string
  readonly input: I
  /** Type-only: `returns<T>()`; undefined at run time. */
  readonly output: O
  /** Kept as declared (not widened to Access), so a handler's context can narrow by `access.who`. */
  readonly access: A
}

/** The output type of an action, declared without a value. */
export const returns = <O>(): O => undefined as unknown as O

export function action<I extends AnySchema, O, const A extends Access>(spec: ActionSpec<I, O, A>): ActionSpec<I, O, A> {
  return spec
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyAction = ActionSpec<AnySchema, any>

/** A page of a list. */
export interface Page<T> {
  items: T[]
  hasMore: boolean
}
