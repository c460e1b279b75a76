// Asking to be told the outcome of something the person just sent (订阅消息): a sign-up's review, a
// work's checks and selection, a golden idea's review. WeChat shows its dialog only when the request
// comes straight from a tap and grants one send per acceptance, so callers start this first thing in
// their tap handler, before any other await. Whatever the answer (refused, failed, an old WeChat
// without the API), what the person sends goes on: the request never rejects.
// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
import Taro from '@tarojs/taro'
import { subscribeTemplates, type SubscribeTemplateKey } from '@contract/subscribe-templates'

export async function askToBeTold(template: SubscribeTemplateKey): Promise<void> {
  const tmplIds = [subscribeTemplates[template].id]
  try {
    if (process.env.TARO_ENV === 'h5') {
      // The H5 build runs only against the local server, which records the acceptance the way a tap
      // on WeChat's dialog would.
      await fetch('/local/subscribe', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ templateIds: tmplIds }),
      })
      return
    }
    // entityIds is Alipay's field; Taro's typing demands it on every platform, WeChat ignores it.
    await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] })
  } catch {
    // Refused or unavailable: the person simply is not notified.
  }
}
