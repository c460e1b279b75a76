// Asking to be told the organiser's decision (订阅消息 "报名审核结果通知"). WeChat shows its dialog
// only when the request comes straight from a tap, so callers start this first thing in their tap
// handler, before any other await. Whatever the answer (refused, failed, not supported), sign-up
// goes on: the request never rejects.
// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
import Taro from '@tarojs/taro'
import { subscribeTemplates } from '../../../types/subscribe-templates'

const TEMPLATE_IDS = [subscribeTemplates.signupReviewResult.id]

export async function askForReviewResult(): Promise<void> {
  try {
    if (process.env.TARO_ENV === 'h5') {
      // The H5 build runs only against the local server, which records the acceptance the way a tap
      // on WeChat's dialog would.
      await fetch('/local/subscribe', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ templateIds: TEMPLATE_IDS }),
      })
      return
    }
    // entityIds is Alipay's field; Taro's typing demands it on every platform, WeChat ignores it.
    await Taro.requestSubscribeMessage({ tmplIds: TEMPLATE_IDS, entityIds: [] })
  } catch {
    // Refused or unavailable: the person simply is not notified.
  }
}
