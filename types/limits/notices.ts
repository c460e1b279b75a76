// Bounds of a notice's fields (see limits/index.ts): read by the schemas in actions/notices.ts, by the
// publish form and by the server's check of each attachment's stored size.
import { chars, count } from '.'

/**
 * One attachment's size cap. wx.chooseMessageFile cannot filter by size (it only reports each file's
 * `size` in bytes: https://developers.weixin.qq.com/miniprogram/dev/api/media/image/wx.chooseMessageFile.html),
 * and the publishing function reads every attachment back from storage to measure it, so the cap keeps
 * that read (five files at once) well inside a function's memory. Notices carry documents and scans: 10 MB
 * holds a long PDF.
 */
export const NOTICE_ATTACHMENT_MAX_MB = 10

export const NOTICE_LIMITS = {
  title: chars(2, 40),
  body: chars(1, 2000),
  attachments: count(0, 5, (_a, b) => `最多 ${b} 个附件，每个不超过 ${NOTICE_ATTACHMENT_MAX_MB} MB`),
  /** The name readers see (the picked file's own; storage paths stay ASCII, so it travels beside the fileID). */
  attachmentName: chars(1, 80),
  attachmentMaxMb: NOTICE_ATTACHMENT_MAX_MB,
  attachmentMaxBytes: NOTICE_ATTACHMENT_MAX_MB * 1024 * 1024,
  /** Notices per page of the list. */
  pageSize: 20,
  /** How far back the unread badge looks (newest notices first). */
  unreadWindow: 100,
} as const
