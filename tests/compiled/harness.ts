// Runs Taro's COMPILED weapp output under miniprogram-simulate (j-component + WeChat's official
// wcc compiler). miniprogram-simulate only knows custom components; a real mini-program also has
// App(), getApp(), getCurrentPages() and Page(). This harness supplies those four the way the
// WeChat runtime does, so a built page loads, mounts its React tree and renders into WXML.
import fs from 'node:fs'
import path from 'node:path'

// miniprogram-simulate's own typings pull in miniprogram-api-typings, whose global `require`
// replaces Node's for the whole TypeScript program (breaking `require.resolve` elsewhere). The few
// calls used here are typed locally instead.
interface SimulatedComponent {
  dom: HTMLElement | undefined
  instance: PageInstance
  attach(parent: Element): void
}
interface Simulate {
  load(componentPath: string, options: { rootPath: string }): string
  render(id: string): SimulatedComponent
  sleep(ms: number): Promise<void>
}
const simulate = require('miniprogram-simulate') as Simulate

export const WEAPP_DIR = path.resolve(__dirname, '..', '..', 'miniprogram', 'dist', 'weapp')

type Config = Record<string, unknown>
type Method = (this: unknown, ...args: unknown[]) => unknown
interface PageInstance {
  route?: string
  options?: Record<string, string>
  onLoad: (query: Record<string, string>) => void
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

/** Fails (never skips) when there is no build: this suite tests the build itself. */
export function requireBuild(): void {
  if (!fs.existsSync(path.join(WEAPP_DIR, 'app.js'))) {
    throw new Error(
      `No weapp build at ${path.relative(process.cwd(), WEAPP_DIR)} (app.js missing). ` +
        'Run `npm run build:weapp` first: this suite tests the compiled mini-program.',
    )
  }
}

const pageStack: PageInstance[] = []
let app: Config | undefined

/** Loads the built app.js, which loads Taro's runtime, the vendors and calls App(). */
export function launchApp(): void {
  requireBuild()
  g.App = (config) => {
    app = config
    const onLaunch = config.onLaunch as Method | undefined
    onLaunch?.call(config, { path: 'pages/index/index', query: {}, scene: 1001 })
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

/** Loads, attaches and starts a built page the way WeChat opens it: onLoad(query), one argument. */
export async function openPage(route: string, query: Record<string, string> = {}): Promise<RenderedPage> {
  const id = simulate.load(path.join(WEAPP_DIR, route), { rootPath: WEAPP_DIR })
  const page = simulate.render(id)
  page.attach(document.createElement('parent-wrapper'))
  page.instance.route = route
  page.instance.options = query
  pageStack.push(page.instance)
  page.instance.onLoad(query)
  await waitForFirstRender(page)
  return page
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

/**
 * wx.cloud for the compiled app, answered by the local cloud: the same function entries and handlers
 * the cloud runs, called as `openid`. WeChat's client API is the edge being stood in for.
 */
export function installWxCloud(runtime: { invoke(name: string, event: unknown, who: { OPENID?: string }): Promise<{ result: unknown }> }, openid: string): void {
  const wx = (globalThis as unknown as { wx: Record<string, unknown> }).wx
  wx.cloud = {
    init: () => undefined,
    callFunction: async ({ name, data }: { name: string; data: unknown }) => {
      const { result } = await runtime.invoke(name, data, { OPENID: openid })
      return { result, errMsg: 'cloud.callFunction:ok', requestID: 'local' }
    },
  }
}

/** Waits until the rendered page shows `text` (data arrives after the first render). */
export async function waitForText(page: RenderedPage, text: string, timeoutMs = 5000): Promise<string> {
  const started = Date.now()
  for (;;) {
    const content = page.dom?.textContent ?? ''
    if (content.includes(text)) return content
    if (Date.now() - started > timeoutMs) throw new Error(`"${text}" did not appear within ${timeoutMs} ms; the page shows: ${content.slice(0, 200)}`)
    await simulate.sleep(20)
  }
}
