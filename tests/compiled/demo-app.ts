// The compiled app over a local cloud holding the demo: the campaign, the union tree, one person per
// role (seed/demo.ts) and the demo content made through the real actions (seed/demo-content.ts:
// competitions with sign-ups and results, works reviewed into the exhibition, golden ideas judged and
// adopted). The app is launched once per test file; who is calling changes with `signIn`.
import type { ActionName, InputOf, OutputOf } from '../../types/actions/index'
import { startDemoCloud, type DemoCloud } from './demo-cloud'
import {
  closeAllPages,
  installWxCloud,
  launchApp,
  openPage,
  recordTemplateMisses,
  recordToasts,
  requireBuild,
  waitForText,
  whenCallsSettle,
  type CallRecord,
  type Entry,
  type RenderedPage,
} from './harness'

/** Who opens the page. `openid` undefined: Moments' single-page mode, nobody signed in. */
export interface Person {
  openid: string | undefined
  /** What 我的 shows once the app knows them (their name, or the first step for someone new). */
  greeting: string
}

export const PEOPLE = {
  worker: { openid: 'demo-worker', greeting: '张三' },
  unitChair: { openid: 'demo-unit-chair', greeting: '王五' },
  areaChair: { openid: 'demo-area-chair', greeting: '赵六' },
  judge: { openid: 'demo-judge', greeting: '钱七' },
  cityAdmin: { openid: 'demo-city-admin', greeting: '孙八' },
  /** Opened a card shared into a chat: WeChat knows them, the app has no profile for them. */
  cardOpener: { openid: 'someone-who-opened-a-card', greeting: '先完善个人资料' },
  /** Opened a page shared to Moments: single-page mode, no sign-in at all. */
  moments: { openid: undefined, greeting: '' },
} satisfies Record<string, Person>

/**
 * How long a suite may take to get its cloud: the first suite of a run seeds the demo through the real
 * actions (minutes on a busy machine), the others wait for it.
 */
export const START_TIMEOUT_MS = 10 * 60_000

export interface DemoApp {
  cloud: DemoCloud
  /** Every wx.cloud.callFunction the app made, in order. */
  calls: CallRecord[]
  toasts: string[]
  /** Templates the WXML runtime did not find (an element WeChat would not render). */
  templateMisses: string[]
  /** Calls an action directly (setup, and finding real ids the way the app's own pages do). */
  call<N extends ActionName>(name: N, input: InputOf<N>, who: Person): Promise<OutputOf<N>>
  /**
   * The app in the hands of another person. The app keeps who its user is for as long as it runs
   * (people.me, fetched at launch and on each page's show), so a new person first opens 我的 and the
   * page shows them: every page after that reads their copy.
   */
  signIn(person: Person): Promise<void>
  /**
   * Opens a built page as the signed-in person and waits for its first content: every text in
   * `shows`, none in `hides`; and nothing failed on the way (no call answered an error, the platform
   * refused none, no toast, no error state, no element the WXML runtime cannot render).
   */
  open(route: string, query: Record<string, string>, shows: string[], hides?: string[]): Promise<FirstContent>
  stop(): Promise<void>
}

export interface FirstContent {
  page: RenderedPage
  text: string
  /** The actions the page called to show it. */
  actions: string[]
}

/** What the app shows when a page could not load (components/page-state PageError). */
const PAGE_ERROR = '没能加载出来'

export async function startDemoApp(entry: Partial<Entry> = {}): Promise<DemoApp> {
  requireBuild()
  const cloud = await startDemoCloud()
  let current: Person = entry.scene === 1154 ? PEOPLE.moments : PEOPLE.cardOpener
  const calls = installWxCloud(cloud.runtime, () => current.openid)
  const toasts = recordToasts()
  const templateMisses = recordTemplateMisses()
  launchApp(entry)

  const app: DemoApp = {
    cloud,
    calls,
    toasts,
    templateMisses,
    async call(name, input, who) {
      const res = await cloud.call(name, input, who.openid)
      if (!res.ok) throw new Error(`${name} as ${who.openid ?? 'nobody'}: ${res.error.code}`)
      return res.data
    },
    async signIn(person) {
      // As after wx.reLaunch: the previous person's pages are closed, 我的 opens for the new one. It
      // first renders the copy the app still holds of the previous person, and what that asks of the
      // cloud as the new person may be refused: that belongs to the switch, not to any page under test.
      closeAllPages()
      current = person
      if (person.openid) await waitForText(await openPage('pages/me/index'), person.greeting)
      await whenCallsSettle()
    },
    async open(route, query, shows, hides = []) {
      const from = calls.length
      const toastsFrom = toasts.length
      const missesFrom = templateMisses.length
      const page = await openPage(route, query)
      let text = ''
      for (const t of shows) text = await waitForText(page, t)
      // A late answer could still turn into an error: let every call land, then look again.
      await whenCallsSettle()
      text = page.dom?.textContent ?? ''
      const made = calls.slice(from)
      const failed = made.filter((c) => c.outcome !== 'ok')
      if (failed.length) throw new Error(`${route}: ${failed.map((c) => `${c.action} → ${c.outcome}`).join(', ')}`)
      if (toasts.length > toastsFrom) throw new Error(`${route} showed a toast: ${toasts.slice(toastsFrom).join(' | ')}`)
      if (templateMisses.length > missesFrom) throw new Error(`${route} has elements WeChat cannot render: ${templateMisses.slice(missesFrom).join(', ')}`)
      if (text.includes(PAGE_ERROR)) throw new Error(`${route} shows its error state: ${text.slice(0, 200)}`)
      for (const t of shows) if (!text.includes(t)) throw new Error(`${route} no longer shows "${t}": ${text.slice(0, 300)}`)
      for (const t of hides) if (text.includes(t)) throw new Error(`${route} shows "${t}", which it must not`)
      return { page, text, actions: made.map((c) => c.action) }
    },
    async stop() {
      // Outside a first content (after a tap, say) an unrenderable element fails no test; it is told here.
      if (templateMisses.length) console.warn(`Elements WeChat would not render (WXML templates not found): ${[...new Set(templateMisses)].join(', ')}`)
      await cloud.stop()
    },
  }
  return app
}
