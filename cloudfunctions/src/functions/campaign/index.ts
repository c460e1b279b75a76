// Cloud function `campaign`: the campaign itself (R1).
import { configure } from '../../domains/campaign/configure'
import { dashboard } from '../../domains/campaign/dashboard'
import { home } from '../../domains/campaign/home'
import { createFunction } from '../../lib/handler'

export const main = createFunction('campaign', {
  'campaign.home': home,
  'campaign.configure': configure,
  'campaign.dashboard': dashboard,
})
