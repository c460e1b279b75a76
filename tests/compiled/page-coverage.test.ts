// Every page of the app has a compiled test: the pages listed in miniprogram/src/app.config.ts (main
// package and subpackages) against the pages the compiled suites open, so a new page cannot be left
// out. The build must list the same pages (a stale build would test something else), and every page
// the build lets people share to Moments must also be opened in Moments' single-page mode.
import fs from 'node:fs'
import path from 'node:path'
import { requireBuild, WEAPP_DIR } from './harness'

interface AppConfig {
  pages: string[]
  subPackages?: Array<{ root: string; pages: string[] }>
}

const routesOf = (config: AppConfig): string[] => [...config.pages, ...(config.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]

/** The app's pages as its source declares them (Taro's defineAppConfig only hands the object back). */
function configuredRoutes(): string[] {
  const g = globalThis as unknown as { defineAppConfig?: (c: AppConfig) => AppConfig }
  g.defineAppConfig = (c) => c
  // Loaded here, after defineAppConfig exists: an import would run the file before this function.
  // eslint-disable-next-line @typescript-eslint/no-var-requires -- see the line above
  const config = (require('../../miniprogram/src/app.config') as { default: AppConfig }).default
  return routesOf(config)
}

/** The routes each compiled suite opens: `openPage('route'` and `app.open('route'`. */
function openedRoutes(): Map<string, string[]> {
  const byFile = new Map<string, string[]>()
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.ts') && f !== path.basename(__filename))) {
    const source = fs.readFileSync(path.join(__dirname, file), 'utf8')
    byFile.set(
      file,
      [...source.matchAll(/\b(?:openPage|open)\(\s*'([^']+)'/g)].map((m) => m[1]),
    )
  }
  return byFile
}

describe('compiled page coverage', () => {
  const configured = configuredRoutes()
  const opened = openedRoutes()
  const allOpened = new Set([...opened.values()].flat())

  it('reads the app’s page list (main package and every subpackage)', () => {
    expect(configured).toContain('pages/index/index')
    expect(configured.filter((r) => r.startsWith('package-')).length).toBeGreaterThan(0)
    expect(new Set(configured).size).toBe(configured.length)
  })

  it('every page in app.config.ts is opened by a compiled test', () => {
    expect(configured.filter((r) => !allOpened.has(r))).toEqual([])
  })

  it('no compiled test opens a page the app does not have', () => {
    expect([...allOpened].filter((r) => !configured.includes(r))).toEqual([])
  })

  it('the build lists the same pages as app.config.ts', () => {
    requireBuild()
    const built = JSON.parse(fs.readFileSync(path.join(WEAPP_DIR, 'app.json'), 'utf8')) as AppConfig
    expect(routesOf(built).sort()).toEqual([...configured].sort())
  })

  it('every page the build lets people share to Moments is opened in single-page mode, and only those', () => {
    requireBuild()
    // Taro writes a page's share switches into its page code (createPageConfig's options).
    const shareable = configured.filter((r) => /enableShareTimeline:(!0|true)/.test(fs.readFileSync(path.join(WEAPP_DIR, `${r}.js`), 'utf8')))
    expect(shareable.length).toBeGreaterThan(0)
    expect([...new Set(opened.get('moments-pages.test.ts'))].sort()).toEqual(shareable.sort())
  })
})
