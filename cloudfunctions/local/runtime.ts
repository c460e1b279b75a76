// Runs cloud functions in-process the way the platform does: the event arrives as JSON, the identity
// of the invocation is what cloud.getWXContext() answers, and the result leaves as JSON. Each
// invocation counts its own database/storage/openapi round trips at the SDK seam, and is held to its
// function's timeout.
//
// Timeouts, as the platform applies them: an invocation that runs past its function's timeout (3 s where
// none was set: the default, and what a function gets when an upload did not apply config.json) fails
// for the caller with errCode -504003 "Invoking task timed out after N seconds" (as wx.cloud.callFunction
// reports it, e.g. "cloud.callFunction:fail Error: errCode: -504003 | errMsg: Invoking task timed out after
// 3 seconds"). The platform does not undo what the invocation already wrote, and a Node instance may go on
// with its pending work when it is next thawed; locally the invocation simply runs on to its end, so every
// write it would have made lands after the caller was told it failed: the worst case a handler must survive.
import { runAs, type Invocation } from './identity'
import { withCounts, type CallCounts } from './metrics'

export interface FunctionModule {
  main(event: unknown, context?: unknown): Promise<unknown>
}

export type FunctionLoaders = Record<string, () => FunctionModule>

/** Seconds each function may run; a function not listed gets the platform default. */
export type FunctionTimeouts = Record<string, number | undefined>

/** The platform's timeout when a function has none configured (or its config.json was not applied). */
export const DEFAULT_TIMEOUT_SECONDS = 3

export interface InvokeResult<T = unknown> {
  result: T
  counts: CallCounts
  ms: number
}

/** What the caller of a timed-out invocation gets. */
export class FunctionTimeoutError extends Error {
  readonly errCode = -504003
  constructor(
    readonly functionName: string,
    readonly seconds: number,
  ) {
    super(`Invoking task timed out after ${seconds} seconds`)
  }
  get errMsg(): string {
    return this.message
  }
}

const viaJson = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)))

export class LocalRuntime {
  private loaded = new Map<string, FunctionModule>()
  /** Invocations still running, including those whose caller was already told they timed out. */
  private running = new Set<Promise<unknown>>()

  constructor(
    private readonly loaders: FunctionLoaders,
    private readonly timeouts: FunctionTimeouts = {},
  ) {}

  has(name: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.loaders, name)
  }

  names(): string[] {
    return Object.keys(this.loaders)
  }

  /** The timeout an invocation of `name` is held to, in seconds. */
  timeoutOf(name: string): number {
    return this.timeouts[name] ?? DEFAULT_TIMEOUT_SECONDS
  }

  private module(name: string): FunctionModule {
    let mod = this.loaded.get(name)
    if (!mod) {
      if (!this.has(name)) throw new Error(`no cloud function named ${name}`)
      mod = this.loaders[name]()
      if (typeof mod.main !== 'function') throw new Error(`cloud function ${name} exports no main()`)
      this.loaded.set(name, mod)
    }
    return mod
  }

  /** Runs one invocation; rejects with FunctionTimeoutError when it outlives its timeout (the invocation goes on). */
  async invoke<T = unknown>(name: string, event: unknown, identity: Invocation): Promise<InvokeResult<T>> {
    const mod = this.module(name)
    const started = performance.now()
    const { result, counts } = withCounts(() => runAs(identity, () => mod.main(viaJson(event), { function_name: name })))
    const work = Promise.resolve(result)
    this.running.add(work)
    const forget = () => this.running.delete(work)
    work.then(forget, forget)
    const seconds = this.timeoutOf(name)
    let timer: NodeJS.Timeout | undefined
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new FunctionTimeoutError(name, seconds)), seconds * 1000)
    })
    try {
      const value = viaJson(await Promise.race([work, timedOut])) as T
      return { result: value, counts, ms: performance.now() - started }
    } finally {
      clearTimeout(timer)
    }
  }

  /** Resolves when every invocation has finished, timed-out ones included (their late writes have landed). */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running])
  }
}
