import * as v from 'valibot'
import { action, returns } from '../contract'
import { NOTICE_LIMITS as L, type NoticeDetail, type NoticeList, type NoticeReceipts } from '../entities/notices'
import { epochMs, fileId, id, list, page, text } from '../schemas'

const PUBLISHERS = ['city_admin', 'area_chair'] as const

// Notices are the campaign's: they live in the `campaign` function.
export const noticeActions = {
  'campaign.publishNotice': action({
    summary: 'Publish a notice to a unit and everything under it (the city union: the whole city).',
    input: v.strictObject({
      audienceUnitId: id,
      title: text(L.title),
      body: text(L.body),
      /** Files uploaded by the publisher into their own notices folder, each with the name readers see. */
      attachments: v.optional(list(v.strictObject({ fileId, name: text(L.attachmentName) }), L.attachments, L.attachments.hint), []),
      /** Pinned on the home page until then; omitted: not pinned. */
      pinnedUntil: v.optional(epochMs),
    }),
    output: returns<NoticeDetail>(),
    access: { who: 'member', roles: PUBLISHERS, scope: { kind: 'unit', field: 'audienceUnitId' } },
  }),
  'campaign.notices': action({
    summary: 'Notices addressed to the caller’s unit, newest first, with the unread count.',
    input: v.strictObject({ page }),
    output: returns<NoticeList>(),
    access: { who: 'user' },
  }),
  'campaign.readNotice': action({
    summary: 'Open a notice addressed to the caller’s unit (with its attachments) and mark it read.',
    input: v.strictObject({ noticeId: id }),
    output: returns<NoticeDetail>(),
    access: { who: 'user' },
  }),
  'campaign.noticeReceipts': action({
    summary: 'Who has read a notice, per unit of the caller’s subtree that it reaches.',
    input: v.strictObject({ noticeId: id, unitId: id }),
    output: returns<NoticeReceipts>(),
    access: { who: 'member', roles: PUBLISHERS, scope: { kind: 'unit', field: 'unitId' } },
  }),
}
