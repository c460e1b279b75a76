// Runs cloud functions in-process the way the platform does: the event arrives as JSON, the identity
// of the invocation is what cloud.getWXContext() answers, and the result leaves as JSON. Each
// invocation counts its own database/storage/openapi round trips at the SDK seam.
import { runAs, type Invocation } from './identity'
import { withCounts, type CallCounts } from './metrics'

export interface FunctionModule {
  main(event: unknown, context?: unknown): Promise<unknown>
}

export type FunctionLoaders = Record<string, () => FunctionModule>

export interface InvokeResult<T = unknown> {
  result: T
  counts: CallCounts
  ms: number
}

const viaJson = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)))

export class LocalRuntime {
  private loaded = new Map<string, FunctionModule>()

  constructor(private readonly loaders: FunctionLoaders) {}

  has(name: string): boolean {
    return Object.prototype.hasOwnProperty.call(this.loaders, name)
  }

  names(): string[] {
    return Object.keys(this.loaders)
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

  async invoke<T = unknown>(name: string, event: unknown, identity: Invocation): Promise<InvokeResult<T>> {
    const mod = this.module(name)
    const started = performance.now()
    const { result, counts } = withCounts(() => runAs(identity, () => mod.main(viaJson(event), { function_name: name })))
    const value = viaJson(await result) as T
    return { result: value, counts, ms: performance.now() - started }
  }
}
