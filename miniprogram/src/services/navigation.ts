// Where pages send people, in one place: tab pages need switchTab, others navigateTo; the profile
// page can be asked to bring someone back where they came from (`redirect`).
import Taro from '@tarojs/taro'

export const TAB_PAGES = ['/pages/index/index', '/pages/me/index'] as const

export const ROUTES = {
  home: '/pages/index/index',
  me: '/pages/me/index',
  profile: '/pages/profile/index',
  join: '/pages/join/index',
  privacy: '/pages/privacy/index',
  adminUnit: '/package-admin/pages/unit/index',
  adminTree: '/package-admin/pages/tree/index',
  adminRoles: '/package-admin/pages/roles/index',
  adminCampaign: '/package-admin/pages/campaign/index',
} as const

const pathOf = (url: string) => url.split('?')[0]
export const isTabPage = (url: string) => (TAB_PAGES as readonly string[]).includes(pathOf(url))

/** Builds `path?a=1&b=2`, leaving out empty values. */
export function withQuery(path: string, query: Record<string, string | undefined>): string {
  const parts = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v as string)}`)
  return parts.length ? `${path}?${parts.join('&')}` : path
}

/**
 * Only our own pages are accepted as a place to return to: a redirect arrives in a query string, and
 * anything else (another app, a web address) is ignored.
 */
export function safeRedirect(raw: string | undefined): string | undefined {
  if (!raw) return undefined
  let url = raw
  // Taro hands query values over still encoded on some platforms and decoded on others.
  if (/%2F/i.test(url)) {
    try {
      url = decodeURIComponent(url)
    } catch {
      return undefined
    }
  }
  return /^\/(pages|package-[a-z]+)\/[A-Za-z0-9/_-]+(\?.*)?$/.test(url) ? url : undefined
}

/** Opens a page the right way for its kind. */
export function open(url: string): void {
  if (isTabPage(url)) void Taro.switchTab({ url: pathOf(url) })
  else void Taro.navigateTo({ url })
}

/** Replaces the current page (a finished step should not stay on the back stack). */
export function replace(url: string): void {
  if (isTabPage(url)) void Taro.switchTab({ url: pathOf(url) })
  else void Taro.redirectTo({ url })
}

/** Profile page that returns to `redirect` once saved. */
export const profileUrl = (redirect?: string) => withQuery(ROUTES.profile, { redirect })
/** Join page; a scanned code's `scene` and a place to return to pass through. */
export const joinUrl = (query: { scene?: string; redirect?: string } = {}) => withQuery(ROUTES.join, query)

/**
 * A page opened from Moments runs in WeChat's single-page mode (scene 1154): no sign-in, no
 * navigation, no picking images. Public pages show their content and hide what cannot work there.
 * https://developers.weixin.qq.com/miniprogram/dev/framework/open-ability/share-timeline.html
 */
export function inMomentsSinglePage(): boolean {
  if (process.env.TARO_ENV !== 'weapp') return false
  try {
    return Taro.getEnterOptionsSync().scene === MOMENTS_SCENE
  } catch {
    return false
  }
}

/** WeChat's scene value for a page opened from a Moments share. */
export const MOMENTS_SCENE = 1154
