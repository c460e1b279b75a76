// The wizard's campaign step: open the settings when a campaign exists; otherwise create this year's
// from the plan (its goals; dates from today for 30 days) and open the settings to set the real ones.
import { call } from '../../../services/cloud'
import { toastError } from '../../../services/feedback'
import { open, ROUTES } from '../../../services/navigation'
import { useSubmit } from '../../../hooks/use-submit'
import { DEFAULT_CAMPAIGN_TITLE } from '../wording'

const DAY = 24 * 60 * 60 * 1000

export function useCampaignStep() {
  const step = useSubmit(async () => {
    const home = await call('campaign.home', {})
    if (home.ok) return open(ROUTES.adminCampaign)
    if (home.error.code !== 'CAMPAIGN.NOT_FOUND') return toastError(home.error)
    const now = Date.now()
    const made = await call('campaign.configure', {
      campaignId: `mayday-${new Date(now).getFullYear()}`,
      title: DEFAULT_CAMPAIGN_TITLE,
      startAt: now,
      endAt: now + 30 * DAY,
      summaryDueAt: now + 37 * DAY,
      goals: {},
    })
    if (!made.ok) return toastError(made.error)
    open(ROUTES.adminCampaign)
  })
  return { run: () => void step.run(), busy: step.busy }
}
