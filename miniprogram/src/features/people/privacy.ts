// Consent to the privacy guide. WeChat refuses privacy APIs (choosing an avatar, the nickname
// keyboard, choosing images) until the person agrees through a button with
// open-type="agreePrivacyAuthorization"; we also record the consent ourselves (people.agreePrivacy)
// with the version of the guide they saw.
// https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/PrivacyAuthorize.html
import Taro from '@tarojs/taro'
import { ROUTES } from '../../services/navigation'

/** The version of pages/privacy (the date it last changed); bump it when the guide changes. */
export const PRIVACY_VERSION = '2025-04-01'

/** Whether WeChat still needs the person's consent before privacy APIs work (never in H5). */
export function wechatNeedsConsent(): Promise<boolean> {
  // Older WeChat versions have no such API (and no such gate): nothing to ask.
  if (process.env.TARO_ENV !== 'weapp' || typeof Taro.getPrivacySetting !== 'function') return Promise.resolve(false)
  return new Promise((resolve) => {
    Taro.getPrivacySetting({
      success: (res) => resolve(res.needAuthorization),
      // An old WeChat without the API has no such gate.
      fail: () => resolve(false),
    })
  })
}

type Resolve = (option: Taro.onNeedPrivacyAuthorization.ResolveOption) => void
let pending: Resolve | undefined
let onNeed: (() => void) | undefined

/**
 * When a privacy API is called before consent, WeChat holds the call and asks us to show the guide;
 * the call goes on once the agree button is tapped (or fails when the person declines).
 */
export function listenForPrivacyPrompt(show: () => void): () => void {
  onNeed = show
  if (process.env.TARO_ENV === 'weapp' && typeof Taro.onNeedPrivacyAuthorization === 'function') {
    Taro.onNeedPrivacyAuthorization((resolve) => {
      pending = resolve
      onNeed?.()
    })
  }
  return () => {
    if (onNeed === show) onNeed = undefined
  }
}

/** The agree button was tapped: let any held privacy call continue. */
export function privacyAgreed(buttonId: string): void {
  pending?.({ event: 'agree', buttonId })
  pending = undefined
}

/** The sheet was closed without agreeing: a held call fails rather than hanging. */
export function privacyDeclined(): void {
  pending?.({ event: 'disagree' })
  pending = undefined
}

/** The guide itself: WeChat's official page in the mini-program, ours in H5. */
export function openPrivacyGuide(): void {
  if (process.env.TARO_ENV === 'weapp' && typeof Taro.openPrivacyContract === 'function') {
    Taro.openPrivacyContract({ fail: () => void Taro.navigateTo({ url: ROUTES.privacy }) })
  } else {
    void Taro.navigateTo({ url: ROUTES.privacy })
  }
}
