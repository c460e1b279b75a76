// Images people upload are checked by WeChat before anyone else sees them
// (security.mediaCheckAsync, version 2). The answer comes later, as a wxa_media_check message push
// to the `content` function, matched by trace_id; until then the record stays "checking".
// https://developers.weixin.qq.com/miniprogram/dev/OpenApiDoc/sec-center/sec-check/mediaCheckAsync.html
import { cloud, db } from './cloud'
import { AppError } from './errors'
import { tempUrls } from './files'

/** What a checked image belongs to; each kind has a verdict handler (domains/content/verdicts.ts). */
export type MediaKind = 'work' | 'idea' | 'competition' | 'honour'

export type MediaVerdict = 'pass' | 'risky' | 'review'

export interface MediaCheckDoc {
  /** The trace_id WeChat answered. */
  _id: string
  kind: MediaKind
  refId: string
  fileId: string
  status: 'pending' | MediaVerdict
  label?: number
  createdAt: Date
  decidedAt?: Date
}

export const mediaChecks = () => db().collection<MediaCheckDoc>('media_checks')

/** Ask for a check of one image; answers the trace_id. scene 1 资料, 2 评论, 3 论坛, 4 社交日志. */
export async function submitMediaCheck(openid: string, fileId: string, ref: { kind: MediaKind; id: string }, now: number, scene: 1 | 2 | 3 | 4 = 3): Promise<string> {
  const url = (await tempUrls([fileId])).get(fileId)
  if (!url) throw new AppError('COMMON.VALIDATION', '图片不存在，请重新上传', [{ path: 'images', message: '图片不存在，请重新上传' }])
  let traceId: string
  try {
    const res = (await cloud.openapi.security.mediaCheckAsync({ mediaUrl: url, mediaType: 2, version: 2, openid, scene })) as { traceId: string }
    traceId = res.traceId
  } catch (e) {
    console.error('[media-check] mediaCheckAsync failed', e)
    throw new AppError('COMMON.BUSY')
  }
  await mediaChecks().add({ data: { _id: traceId, kind: ref.kind, refId: ref.id, fileId, status: 'pending', createdAt: new Date(now) } })
  return traceId
}
