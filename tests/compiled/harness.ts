// Runs Taro's COMPILED weapp output under miniprogram-simulate (j-component + WeChat's official
// wcc compiler). miniprogram-simulate only knows custom components; a real mini-program also has
// App(), getApp(), getCurrentPages() and Page(). This harness supplies those four the way the
// WeChat runtime does, so a built page loads, mounts its React tree and renders into WXML. What else
// it adds stands in for WeChat's edge only: how the app was entered (wx.getLaunchOptionsSync /
// getEnterOptionsSync) and wx.cloud.callFunction with the cloud functions' security rule.
import fs from 'node:fs'
import path from 'node:path'

// miniprogram-simulate's own typings pull in miniprogram-api-typings, whose global `require`
// replaces Node's for the whole TypeScript program (breaking `require.resolve` elsewhere). The few
// calls used here are typed locally instead.
interface SimulatedComponent {
  dom: HTMLElement | undefined
  instance: PageInstance
  attach(parent: Element): void
  detach(): void
}
interface Simulate {
  load(componentPath: string, options: { rootPath: string }): string
  render(id: string): SimulatedComponent
  sleep(ms: number): Promise<void>
}
// eslint-disable-next-line import/no-commonjs, @typescript-eslint/no-var-requires -- an import would bring in the package's typings (above)
const simulate = require('miniprogram-simulate') as Simulate

export const WEAPP_DIR = path.resolve(__dirname, '..', '..', 'miniprogram', 'dist', 'weapp')

type Config = Record<string, unknown>
type Method = (this: unknown, ...args: unknown[]) => unknown
interface PageInstance {
  route?: string
  options?: Record<string, string>
  onLoad: (query: Record<string, string>) => void
  onUnload?: () => void
}
export type RenderedPage = SimulatedComponent

// The WeChat globals the compiled code calls; miniprogram-simulate defines Component and wx.
interface MiniProgramGlobals {
  App: (config: Config) => void
  getApp: () => Config | undefined
  getCurrentPages: () => PageInstance[]
  Page: (config: Config) => void
  Component: (config: Config) => void
}
const g = globalThis as unknown as MiniProgramGlobals
export const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx

/** Fails (never skips) when there is no build: this suite tests the build itself. */
export function requireBuild(): void {
  if (!fs.existsSync(path.join(WEAPP_DIR, 'app.js'))) {
    throw new Error(
      `No weapp build at ${path.relative(process.cwd(), WEAPP_DIR)} (app.js missing). ` +
        'Run `npm run build:weapp` first: this suite tests the compiled mini-program.',
    )
  }
}

/** How the app was opened: the page, its query and WeChat's scene value. */
export interface Entry {
  path: string
  query: Record<string, string>
  scene: number
}
/** WeChat's scene value for a page opened from a Moments share: single-page mode, nobody signed in. */
export const MOMENTS_SCENE = 1154

const pageStack: PageInstance[] = []
const openPages: RenderedPage[] = []
let app: Config | undefined

/**
 * Loads the built app.js, which loads Taro's runtime, the vendors and calls App(), entered as `entry`
 * says. wx.getLaunchOptionsSync / getEnterOptionsSync answer that entry, as WeChat's do.
 * https://developers.weixin.qq.com/miniprogram/dev/api/base/app/life-cycle/wx.getEnterOptionsSync.html
 */
export function launchApp(entry: Partial<Entry> = {}): void {
  requireBuild()
  const options = entryOptions(entry)
  wx.getLaunchOptionsSync = () => ({ ...options })
  enterApp(options)
  g.App = (config) => {
    app = config
    const onLaunch = config.onLaunch as Method | undefined
    onLaunch?.call(config, { ...options })
  }
  g.getApp = () => app
  g.getCurrentPages = () => pageStack
  // WeChat builds pages on the component system: a Page config becomes a component whose data is
  // the page's data and whose functions are its methods (onLoad, onShow, event handlers…).
  g.Page = (config) => {
    const methods: Record<string, Method> = {}
    for (const [key, value] of Object.entries(config)) {
      if (typeof value === 'function') methods[key] = value as Method
    }
    g.Component({ data: config.data ?? {}, options: config.options ?? {}, methods })
  }
  require(path.join(WEAPP_DIR, 'app.js'))
  if (!app) throw new Error('The built app.js did not call App()')
}

/** The app entered again (brought to the front from a card, a code, a share): what wx.getEnterOptionsSync answers from now on. */
export function enterApp(entry: Partial<Entry>): void {
  const options = entryOptions(entry)
  wx.getEnterOptionsSync = () => ({ ...options })
}

/** Launch and enter options as WeChat gives them (scene 1001: opened from the list of mini-programs). */
const entryOptions = (entry: Partial<Entry>) => ({ path: 'pages/index/index', query: {}, scene: 1001, shareTicket: '', referrerInfo: {}, ...entry })

// miniprogram-simulate runs a page's js once per load and then drops it from Node's require cache
// so the next load runs it again; Jest keeps its own module registry, so a second load of the same
// page would define nothing. WeChat itself loads a page's code once and makes a new instance from the
// same definition each time the page is opened: so does this.
const loadedPages = new Map<string, string>()

/** Loads, attaches and starts a built page the way WeChat opens it: onLoad(query), one argument. */
export async function openPage(route: string, query: Record<string, string> = {}): Promise<RenderedPage> {
  const id = loadedPages.get(route) ?? simulate.load(path.join(WEAPP_DIR, route), { rootPath: WEAPP_DIR })
  loadedPages.set(route, id)
  const page = simulate.render(id)
  page.attach(document.createElement('parent-wrapper'))
  page.instance.route = route
  page.instance.options = query
  pageStack.push(page.instance)
  openPages.push(page)
  page.instance.onLoad(query)
  await waitForFirstRender(page)
  return page
}

/** Closes every open page, as wx.reLaunch does before it opens one: each is unloaded and leaves the stack. */
export function closeAllPages(): void {
  for (const page of openPages.splice(0).reverse()) {
    page.instance.onUnload?.()
    page.detach()
  }
  pageStack.length = 0
}

// React's scheduler commits on a later macrotask and Taro then calls setData; under load that can
// take well over a fixed sleep, so wait for the first rendered node instead (bounded).
async function waitForFirstRender(page: RenderedPage, timeoutMs = 5000): Promise<void> {
  const started = Date.now()
  while (!page.dom?.firstElementChild) {
    if (Date.now() - started > timeoutMs) {
      throw new Error(`${page.instance.route ?? 'page'} rendered nothing within ${timeoutMs} ms of onLoad`)
    }
    await simulate.sleep(10)
  }
}

/** One wx.cloud.callFunction as the page made it, and what came back. */
export interface CallRecord {
  fn: string
  action: string
  /** `pending` until answered; then `ok`, the action's error code, or `denied` by the platform before any function ran. */
  outcome: 'pending' | 'ok' | 'denied' | string
}

export interface CloudRuntime {
  invoke(name: string, event: unknown, who: { OPENID?: string }): Promise<{ result: unknown }>
}

/** The cloud functions' security rule (cloudfunctions/database/function-rules.json). */
type FunctionRules = Record<string, { invoke: boolean | string }>
const FUNCTION_RULES = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '..', '..', 'cloudfunctions', 'database', 'function-rules.json'), 'utf8'),
) as FunctionRules

/**
 * Whether a caller may invoke `fn` under the functions' security rule: the function's own entry
 * first, else `*`; `true`, `false` or `"auth != null"` (the only three values the rule takes).
 * https://docs.cloudbase.net/cloud-function/security-rules
 */
export function mayInvoke(fn: string, signedIn: boolean): boolean {
  const rule = (FUNCTION_RULES[fn] ?? FUNCTION_RULES['*']).invoke
  if (rule === true) return true
  if (rule === 'auth != null') return signedIn
  return false
}

/**
 * wx.cloud for the compiled app, answered by the local cloud: the same function entries and handlers
 * the cloud runs, called as whoever `caller()` names now. With nobody signed in (Moments' single-page
 * mode) the security rule decides first, as the platform does: a refused call fails with
 * PERMISSION_DENIED and no function runs. https://docs.cloudbase.net/error-code/PERMISSION_DENIED
 * Every call is written to `journal` as it starts.
 */
export function installWxCloud(runtime: CloudRuntime, caller: () => string | undefined, journal: CallRecord[] = []): CallRecord[] {
  const answer = async (name: string, data: unknown) => {
    const openid = caller()
    const record: CallRecord = { fn: name, action: String((data as { action?: unknown } | undefined)?.action), outcome: 'pending' }
    journal.push(record)
    if (!mayInvoke(name, Boolean(openid))) {
      record.outcome = 'denied'
      const errMsg = `cloud.callFunction:fail PERMISSION_DENIED: ${name} may not be invoked without sign-in`
      throw Object.assign(new Error(errMsg), { errMsg })
    }
    const { result } = await runtime.invoke(name, data, openid ? { OPENID: openid } : {})
    const r = result as { ok?: boolean; error?: { code?: string } } | undefined
    record.outcome = r?.ok ? 'ok' : (r?.error?.code ?? 'no answer')
    return { result, errMsg: 'cloud.callFunction:ok', requestID: 'local' }
  }
  wx.cloud = {
    init: () => undefined,
    callFunction: async ({ name, data }: { name: string; data: unknown }) => {
      inFlight++
      try {
        return await answer(name, data)
      } finally {
        inFlight--
      }
    },
  }
  return journal
}

let inFlight = 0

/** Waits until no cloud call is under way and none starts for a moment (late answers land first). */
export async function whenCallsSettle(timeoutMs = 10_000): Promise<void> {
  const started = Date.now()
  let quiet = 0
  while (quiet < 3) {
    if (Date.now() - started > timeoutMs) throw new Error(`cloud calls still under way after ${timeoutMs} ms`)
    await simulate.sleep(20)
    quiet = inFlight === 0 ? quiet + 1 : 0
  }
}

/** Every wx.showToast the app asks for (an action's error is told in one). */
export function recordToasts(into: string[] = []): string[] {
  const show = wx.showToast as (o: { title?: string }) => unknown
  wx.showToast = (o: { title?: string }) => {
    into.push(String(o?.title ?? ''))
    return show(o)
  }
  return into
}

/**
 * Every element the WXML runtime could not render: Taro renders each node through a template named
 * after its component, and WeChat's runtime shows nothing (with this warning) for a node whose
 * component has no template, e.g. an HTML tag that is no mini-program component.
 */
export function recordTemplateMisses(into: string[] = []): string[] {
  const warn = console.warn.bind(console)
  console.warn = (...args: unknown[]) => {
    const text = args.map(String).join(' ')
    const miss = /Template `([^`]+)` not found/.exec(text)
    if (miss) into.push(miss[1])
    else warn(...args)
  }
  return into
}

/** Waits until the rendered page shows `text` (data arrives after the first render). */
export async function waitForText(page: RenderedPage, text: string, timeoutMs = 5000): Promise<string> {
  const started = Date.now()
  for (;;) {
    const content = page.dom?.textContent ?? ''
    if (content.includes(text)) return content
    if (Date.now() - started > timeoutMs) throw new Error(`"${text}" did not appear within ${timeoutMs} ms; the page shows: ${content.slice(0, 300)}`)
    await simulate.sleep(20)
  }
}

/** The page's data as Taro rendered it (attributes j-component does not reflect, e.g. input values). */
export function pageData(page: RenderedPage): string {
  return JSON.stringify((page.instance as unknown as { data: unknown }).data)
}

/** A tap on the element with this id, delivered the way WeChat delivers it to the page (`eh`). */
export function tap(page: RenderedPage, id: string): void {
  const target = { id, dataset: {} }
  ;(page.instance as unknown as { eh: (e: unknown) => void }).eh({ type: 'tap', timeStamp: Date.now(), target, currentTarget: target, detail: {} })
}
