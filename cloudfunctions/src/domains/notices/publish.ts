// campaign.publishNotice: the city union (or a chair, within their subtree: the wrapper refuses an
// audience outside it before anything is read or written) publishes a notice. The text passes WeChat's
// content check; attachments must be files the publisher uploaded into their own notices folder, each
// within the size cap as measured in storage (attachments.ts).
import type { NoticeDetail } from '../../../../types/entities/notices'
import { requireCleanText } from '../../lib/content'
import { AppError } from '../../lib/errors'
import { pathOfFileId, tempUrls, userFolder } from '../../lib/files'
import type { Handler } from '../../lib/handler'
import { toRef, unitsById } from '../org/units-repo'
import { requireAttachmentSizes } from './attachments'
import { notices, toSummary, type NoticeDoc } from './repo'

export const publishNotice: Handler<'campaign.publishNotice'> = async (input, ctx) => {
  const me = ctx.caller.user
  const audience = ctx.scope.unit!
  if (audience.status !== 'active') throw new AppError('ORG.UNIT_NOT_FOUND')
  if (input.pinnedUntil !== undefined && input.pinnedUntil <= ctx.now) {
    throw new AppError('COMMON.VALIDATION', '置顶截止时间应晚于现在', [{ path: 'pinnedUntil', message: '置顶截止时间应晚于现在' }])
  }
  // One entry per file (the first name given wins).
  const named = new Map<string, string>()
  for (const a of input.attachments) if (!named.has(a.fileId)) named.set(a.fileId, a.name)
  const files = [...named.keys()]
  const folder = userFolder('notices', me._id)
  const foreign = files.findIndex((f) => !pathOfFileId(f).startsWith(folder))
  if (foreign >= 0) throw new AppError('COMMON.VALIDATION', '附件需要先上传', [{ path: `attachments.${foreign}`, message: '附件需要先上传' }])
  // The publisher's own unit: the grant that covers the audience (nearest first).
  const grants = ctx.scope.units
  const publisherUnitId = [...audience.path].reverse().find((u) => grants.includes(u))!
  const [urls, publisherUnits] = await Promise.all([
    tempUrls(files),
    unitsById([publisherUnitId]),
    requireCleanText(ctx.caller.openid!, 3, [input.title, input.body, ...named.values()]),
  ])
  const missing = files.findIndex((f) => !urls.has(f))
  if (missing >= 0) throw new AppError('COMMON.VALIDATION', '附件需要先上传', [{ path: `attachments.${missing}`, message: '附件需要先上传' }])
  await requireAttachmentSizes(files)
  const doc: Omit<NoticeDoc, '_id'> = {
    title: input.title,
    body: input.body,
    attachments: files.map((fileId) => ({ fileId, name: named.get(fileId)! })),
    audienceUnitId: audience._id,
    audience: toRef(audience),
    unitPath: audience.path,
    publisher: toRef(publisherUnits.get(publisherUnitId)!),
    publishedBy: me._id,
    publishedAt: new Date(ctx.now),
    pinnedUntil: input.pinnedUntil !== undefined ? new Date(input.pinnedUntil) : null,
    status: 'published',
  }
  const { _id } = await notices().add({ data: doc as NoticeDoc })
  const out: NoticeDetail = {
    ...toSummary({ ...doc, _id: String(_id) }, false),
    body: doc.body,
    attachments: doc.attachments.map((a) => ({ ...a, url: urls.get(a.fileId) ?? null })),
  }
  return out
}
