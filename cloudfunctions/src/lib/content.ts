// Text people write passes WeChat's content check before anyone else can see it
// (security.msgSecCheck, version 2: decide on result.suggest). A check that cannot be made fails
// closed: nothing unchecked is published.
// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/msgSecCheck.html
import { cloud } from './cloud'
import { AppError } from './errors'

/** 1 资料 (profile), 2 评论 (comments), 3 论坛 (posts), 4 社交日志 (logs). */
export type TextScene = 1 | 2 | 3 | 4

export type Verdict = 'pass' | 'review' | 'risky'

export async function checkText(openid: string, scene: TextScene, parts: string[]): Promise<Verdict> {
  const content = parts.filter((p) => p && p.trim()).join('\n')
  if (!content) return 'pass'
  try {
    const res = (await cloud.openapi.security.msgSecCheck({ openid, scene, version: 2, content })) as { result?: { suggest?: string } }
    const suggest = res.result?.suggest
    return suggest === 'pass' || suggest === 'review' || suggest === 'risky' ? suggest : 'review'
  } catch (e) {
    console.error('[content] msgSecCheck failed', e)
    throw new AppError('COMMON.BUSY')
  }
}

/** For text that is shown right away (profiles): anything but a clear pass is refused. */
export async function requireCleanText(openid: string, scene: TextScene, parts: string[]): Promise<void> {
  if ((await checkText(openid, scene, parts)) !== 'pass') throw new AppError('CONTENT.REJECTED')
}
