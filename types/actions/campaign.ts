import * as v from 'valibot'
import { action, returns } from '../contract'
import type { CampaignHome } from '../entities/campaign'
import { id } from '../schemas'

export const campaignActions = {
  'campaign.home': action({
    summary: 'The campaign home: theme, dates, activity lines and targets with live counts.',
    input: v.strictObject({
      /** Omitted: the campaign running now (or the latest one). */
      campaignId: v.optional(id),
    }),
    output: returns<CampaignHome>(),
    access: { who: 'anyone' },
  }),
}
