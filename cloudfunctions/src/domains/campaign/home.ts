import { CAMPAIGN_STAT_KEYS, type CampaignHome } from '../../../../types/entities/campaign'
import { fail } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { findCurrentCampaign, getCampaign, phaseOf } from './repo'

/** campaign.home: one read of one document; the counts are kept current by the actions that count. */
export const home: Handler<'campaign.home'> = async (input, ctx) => {
  const c = input.campaignId ? await getCampaign(input.campaignId) : await findCurrentCampaign(ctx.now)
  if (!c) return fail('CAMPAIGN.NOT_FOUND')
  const result: CampaignHome = {
    id: c._id,
    title: c.title,
    theme: c.theme,
    mainline: c.mainline,
    purpose: c.purpose,
    startAt: c.startAt.getTime(),
    endAt: c.endAt.getTime(),
    summaryDueAt: c.summaryDueAt.getTime(),
    phase: phaseOf(c, ctx.now),
    lines: c.lines.map(({ key, name, summary }) => ({ key, name, summary })),
    targets: c.targets.map((t) => ({ key: t.key, line: t.line, label: t.label, goal: t.goal, unit: t.unit, count: c.counts[t.key] ?? 0 })),
    stats: Object.fromEntries(CAMPAIGN_STAT_KEYS.map((k) => [k, c.stats?.[k] ?? 0])) as CampaignHome['stats'],
    servedAt: ctx.now,
  }
  return result
}
