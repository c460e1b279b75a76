// Telling an idea's author what became of it (订阅消息 "建议处理结果通知", asked for in the tap that
// submitted it). One grant allows one message, so the first decision after a submission is the one
// that reaches them; 我的金点子 shows every step in any case. Only the invocation whose conditional
// update landed calls this, so a decision is told once. A refused or used-up grant changes nothing.
import { clip, notify } from '../../lib/notify'
import { beijingDate } from '../../lib/time'
import type { IdeaDoc } from './repo'

/** The author's page for this idea (package-ideas/pages/idea). */
const authorPage = (id: string) => `package-ideas/pages/idea/index?id=${encodeURIComponent(id)}`

/** What the message says for each decision: the result (≤ 5 characters) and a note when there is no reason to show. */
const RESULTS = {
  forward: ['已送评审', '单位工会已送交专家评审'],
  return: ['退回修改', ''],
  reject: ['未通过', ''],
  adopt: ['已采纳', ''],
  decline: ['未采纳', ''],
} as const

export type IdeaDecision = keyof typeof RESULTS

export async function tellAuthor(idea: Pick<IdeaDoc, '_id' | '_openid' | 'title'>, decision: IdeaDecision, note: string, now: number): Promise<void> {
  const [result, fallback] = RESULTS[decision]
  await notify(
    idea._openid,
    'ideaReviewResult',
    { thing1: clip(idea.title || '我的金点子', 20), phrase2: result, thing3: clip(note || fallback || '无', 20), date4: beijingDate(now) },
    authorPage(idea._id),
  )
}
