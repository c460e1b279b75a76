// The handler wrapper every cloud function entry uses. In order: the event's shape, a safe payload,
// the action's input schema (strict: unknown fields are refused), identity from getWXContext, the
// action's access rule and scope (deny by default), then the domain handler. Expected failures are
// AppErrors answered as values with a code; anything else is logged and answered as COMMON.INTERNAL.
import * as v from 'valibot'
import { actions, type ActionName, type Actions, type ActionsOf, type FunctionName, type OutputOf, type ParsedInputOf } from '../../../types/actions/index'
import type { Access } from '../../../types/contract'
import { ERROR_MESSAGES, type ErrorCode, type Issue, type Result } from '../../../types/errors'
import { pendingJoinMessage } from '../../../types/wording/membership'
import { callerOpenid, loadUser, makeCaller, type Caller, type UserDoc } from './caller'
import { AppError } from './errors'
import { pendingJoinOf } from './pending-join'
import { unsafePayloadIssue } from './safe-payload'
import { resolveScope, type ScopeContext } from './scope'

/** Who an action lets in (types/contract.ts Access): what its handler may assume of the caller. */
export type Who = Access['who']
export type WhoOf<N extends ActionName> = Actions[N]['access']['who']

/** A member's caller: the wrapper has loaded their user record with a completed profile. */
export interface MemberCaller extends Caller {
  user: UserDoc
}
export type CallerFor<W extends Who> = W extends 'member' ? MemberCaller : Caller

/** Narrowed by the action's declared access (Handler<N>): for `member` actions `caller.user` is there. */
export interface HandlerContext<C extends Caller = Caller> {
  caller: C
  /** What the action's declared scope resolved to (the target unit or record, the units covered). */
  scope: ScopeContext
  /** Server time when the invocation started (epoch ms). */
  now: number
  action: ActionName
}

/** The context of a member action (a helper shared by member handlers takes this). */
export type MemberContext = HandlerContext<MemberCaller>

export type Handler<N extends ActionName> = (input: ParsedInputOf<N>, ctx: HandlerContext<CallerFor<WhoOf<N>>>) => Promise<OutputOf<N>>
export type Handlers<F extends FunctionName> = { [N in ActionsOf<F>]: Handler<N> }

/** Keys WeChat itself may add to an event from the mini-program; never trusted, never read. */
const PLATFORM_EVENT_KEYS = new Set(['userInfo', 'tcbContext'])

const failure = (code: ErrorCode, issues?: Issue[], message?: string): Result<never> => ({
  ok: false,
  error: { code, message: message ?? ERROR_MESSAGES[code], ...(issues ? { issues } : {}) },
})

function issuesOf(list: readonly v.BaseIssue<unknown>[]): Issue[] {
  return list.slice(0, 10).map((i) => ({ path: v.getDotPath(i) ?? '', message: i.message }))
}

async function authorize(access: Access, openid: string | undefined, input: Record<string, unknown>): Promise<{ caller: Caller; scope: ScopeContext }> {
  if (access.who === 'anyone') return { caller: makeCaller(openid, undefined), scope: { units: [] } }
  if (!openid) throw new AppError('AUTH.NO_IDENTITY')
  const user = await loadUser(openid)
  const caller = makeCaller(openid, user)
  if (access.who === 'user') return { caller, scope: { units: [] } }
  if (!user || !user.profileCompletedAt) {
    // Someone whose join request still waits has done all they can: say so, and who decides, rather
    // than send them back to a profile that is already filled in.
    const pending = user && !user.unitId ? await pendingJoinOf(user._id) : null
    if (pending) throw new AppError('AUTH.MEMBERSHIP_PENDING', pendingJoinMessage(pending))
    throw new AppError('AUTH.PROFILE_REQUIRED')
  }
  const units = [...new Set(access.roles.flatMap((r) => caller.unitsFor(r)))]
  if (units.length === 0) throw new AppError('AUTH.FORBIDDEN')
  return { caller, scope: await resolveScope(access.scope, units, input) }
}

/**
 * What WeChat itself sends a function, rather than a person: message pushes (e.g. wxa_media_check, by
 * event name) and timer triggers (by trigger name). Each answers an outcome, logged and returned.
 */
export interface PlatformEvents {
  pushes?: Record<string, (event: Record<string, unknown>) => Promise<unknown>>
  timers?: Record<string, (event: TimerEvent) => Promise<unknown>>
}

/** A timer trigger's event: { Type: 'Timer', TriggerName, Time, Message? } (https://cloud.tencent.com/document/product/583/9708). */
export interface TimerEvent {
  TriggerName: string
  Time: string
  Message?: string
}

/** Timer events are documented as Type "Timer" (SCF) and read as "timer" in WeChat's guide; both are taken. */
const isTimer = (raw: Record<string, unknown>) =>
  typeof raw.Type === 'string' && raw.Type.toLowerCase() === 'timer' && typeof raw.TriggerName === 'string' && !('action' in raw)

/**
 * A message push is an event object from WeChat (MsgType "event") and never an action call. It carries
 * an OPENID (the push's FromUserName), so who sent it says nothing: a push is believed only for what it
 * can prove, which each push handler checks (wxa_media_check: a trace_id this app recorded).
 */
const isPush = (raw: Record<string, unknown>) => raw.MsgType === 'event' && typeof raw.Event === 'string' && !('action' in raw)

async function platformEvent(fn: string, raw: Record<string, unknown>, events: PlatformEvents | undefined): Promise<Result<unknown>> {
  let run: (() => Promise<unknown>) | undefined
  let name: string
  if (isTimer(raw)) {
    name = `timer ${String(raw.TriggerName)}`
    // A timer runs with no user (SOURCE wx_trigger); a call carrying a user's identity is not one.
    if (callerOpenid()) return failure('COMMON.BAD_REQUEST')
    const handler = events?.timers?.[String(raw.TriggerName)]
    run =
      handler &&
      (() =>
        handler({ TriggerName: String(raw.TriggerName), Time: String(raw.Time ?? ''), ...(typeof raw.Message === 'string' ? { Message: raw.Message } : {}) }))
  } else {
    name = `event ${String(raw.Event)}`
    const handler = events?.pushes?.[String(raw.Event)]
    run = handler && (() => handler(raw))
  }
  if (!run) return failure('COMMON.UNKNOWN_ACTION')
  try {
    const data = (await run()) ?? null
    return { ok: true, data }
  } catch (e) {
    console.error(`[${fn}] ${name} failed:`, e)
    return failure('COMMON.INTERNAL')
  }
}

export function createFunction<F extends FunctionName>(fn: F, handlers: Handlers<F>, events?: PlatformEvents) {
  return async function main(event: unknown): Promise<Result<unknown>> {
    if (!event || typeof event !== 'object' || Array.isArray(event)) return failure('COMMON.BAD_REQUEST')
    const raw = event as Record<string, unknown>
    if (isPush(raw) || isTimer(raw)) return platformEvent(fn, raw, events)
    const { action, input, ...rest } = event as { action?: unknown; input?: unknown }
    const extra = Object.keys(rest).filter((k) => !PLATFORM_EVENT_KEYS.has(k))
    if (extra.length > 0) return failure('COMMON.BAD_REQUEST', [{ path: extra[0], message: '不允许的字段' }])
    if (typeof action !== 'string' || !Object.prototype.hasOwnProperty.call(handlers, action) || !(action in actions)) {
      return failure('COMMON.UNKNOWN_ACTION')
    }
    const name = action as ActionsOf<F>
    const spec = actions[name]
    const payload = input === undefined ? {} : input
    const unsafe = unsafePayloadIssue(payload)
    if (unsafe) return failure('COMMON.VALIDATION', [unsafe])
    const parsed = v.safeParse(spec.input, payload)
    if (!parsed.success) return failure('COMMON.VALIDATION', issuesOf(parsed.issues))

    try {
      const { caller, scope } = await authorize(spec.access, callerOpenid(), parsed.output as Record<string, unknown>)
      const handler = handlers[name] as unknown as (input: unknown, ctx: HandlerContext) => Promise<unknown>
      const data = await handler(parsed.output, { caller, scope, now: Date.now(), action: name })
      return { ok: true, data }
    } catch (e) {
      if (e instanceof AppError) return failure(e.code, e.issues, e.message)
      console.error(`[${fn}] ${String(action)} failed:`, e)
      return failure('COMMON.INTERNAL')
    }
  }
}
