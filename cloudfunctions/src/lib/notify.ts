// Subscription messages (订阅消息). A person grants one send per tap on requestSubscribeMessage; a
// refused or used-up grant (43101) or any other failure is logged and never breaks the action that
// sent it.
import { subscribeTemplates, type SubscribeTemplateKey } from '../../../types/subscribe-templates'
import { cloud } from './cloud'

/** WeChat's value limits, applied before sending so a long title never turns into an error. */
export const clip = (s: string, max: number) =>
  Array.from(s).length > max
    ? Array.from(s)
        .slice(0, max - 1)
        .join('') + '…'
    : s

export async function notify(openid: string | undefined, template: SubscribeTemplateKey, data: Record<string, string>, page: string): Promise<boolean> {
  if (!openid) return false
  try {
    await cloud.openapi.subscribeMessage.send({
      touser: openid,
      templateId: subscribeTemplates[template].id,
      page,
      data: Object.fromEntries(Object.entries(data).map(([k, value]) => [k, { value }])),
      miniprogramState: 'formal',
      lang: 'zh_CN',
    })
    return true
  } catch (e) {
    const code = (e as { errCode?: number }).errCode
    if (code !== 43101) console.warn(`[notify] ${template} to ${openid.slice(0, 6)}… failed`, code)
    return false
  }
}
