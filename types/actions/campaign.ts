import * as v from 'valibot'
import { action, returns } from '../contract'
import type { CampaignHome } from '../entities/campaign'
import { CAMPAIGN_LIMITS } from '../limits/campaign'
import type { Dashboard } from '../entities/dashboard'
import type { ExportFile } from '../entities/exports'
import { epochMs, id, int, text } from '../schemas'

/** A target's goal, when a campaign changes it from the plan's. */
const goal = v.optional(int(CAMPAIGN_LIMITS.goal))

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
  'campaign.configure': action({
    summary: 'Set a campaign’s title, dates and goals (the plan leaves dates as "X": they are configuration).',
    input: v.strictObject({
      campaignId: id,
      title: text(CAMPAIGN_LIMITS.title),
      startAt: epochMs,
      endAt: epochMs,
      summaryDueAt: epochMs,
      goals: v.strictObject({
        competitions: goal,
        modelWorkers: goal,
        works: goal,
        hardshipVisits: goal,
        modelWorkerVisits: goal,
        ideas: goal,
        commended: goal,
        participants: goal,
      }),
    }),
    output: returns<CampaignHome>(),
    access: { who: 'member', roles: ['city_admin'], scope: { kind: 'anywhere' } },
  }),
  'campaign.dashboard': action({
    summary: 'The steering dashboard of a union’s subtree (the whole city for the city union): targets, trend, leaderboards, units with nothing yet.',
    input: v.strictObject({
      /** The union whose subtree to show: the city union, or an industry/township union. */
      unitId: id,
      /** Omitted: the campaign running now (or the latest one). */
      campaignId: v.optional(id),
    }),
    output: returns<Dashboard>(),
    access: { who: 'member', roles: ['city_admin', 'area_chair'], scope: { kind: 'unit', field: 'unitId' } },
  }),
  'campaign.exportUnits': action({
    summary:
      'Excel: participation and activity of every unit in a union’s subtree (members, participants, rate, entries, competitions), from the unit counters.',
    input: v.strictObject({
      /** The union whose subtree to export: the city union, or an industry/township union. */
      unitId: id,
      /** Omitted: the campaign running now (or the latest one). */
      campaignId: v.optional(id),
    }),
    output: returns<ExportFile>(),
    access: { who: 'member', roles: ['city_admin', 'area_chair'], scope: { kind: 'unit', field: 'unitId' } },
  }),
}
