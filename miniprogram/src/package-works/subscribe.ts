// Asking the author for one notification about their work (订阅消息). WeChat allows the request only
// inside a tap and grants one send per acceptance; a refusal, or an old WeChat without the API, must
// never stop the submission, so every failure is swallowed.
// https://developers.weixin.qq.com/miniprogram/dev/api/open-api/subscribe-message/wx.requestSubscribeMessage.html
import Taro from '@tarojs/taro'
import { subscribeTemplates } from '../../../types/subscribe-templates'

const TEMPLATE = subscribeTemplates.workReviewResult.id

export async function askToBeTold(): Promise<void> {
  try {
    if (process.env.TARO_ENV === 'weapp') {
      await Taro.requestSubscribeMessage({ tmplIds: [TEMPLATE] } as unknown as Taro.requestSubscribeMessage.Option)
    } else {
      // H5 runs only against the local server, which records the acceptance the way WeChat would.
      await fetch('/local/subscribe', { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ templateIds: [TEMPLATE] }) })
    }
  } catch {
    // refused or unavailable: the work is submitted all the same
  }
}
