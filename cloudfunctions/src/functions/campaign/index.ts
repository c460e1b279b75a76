// Cloud function `campaign`: the campaign itself (R1), its dashboard (R10) and its notices (R8).
import { configure } from '../../domains/campaign/configure'
import { dashboard } from '../../domains/campaign/dashboard'
import { exportUnits } from '../../domains/campaign/export-units'
import { home } from '../../domains/campaign/home'
import { publishNotice } from '../../domains/notices/publish'
import { listNotices, readNotice } from '../../domains/notices/read'
import { noticeReceiptsOf } from '../../domains/notices/receipts'
import { createFunction } from '../../lib/handler'

export const main = createFunction('campaign', {
  'campaign.home': home,
  'campaign.configure': configure,
  'campaign.dashboard': dashboard,
  'campaign.exportUnits': exportUnits,
  'campaign.publishNotice': publishNotice,
  'campaign.notices': listNotices,
  'campaign.readNotice': readNotice,
  'campaign.noticeReceipts': noticeReceiptsOf,
})
