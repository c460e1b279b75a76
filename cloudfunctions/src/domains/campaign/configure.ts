import { TARGET_KEYS, type TargetKey } from '../../../../types/entities/campaign'
import { AppError } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { home } from './home'
import { LINES, MAINLINE, PURPOSE, TARGETS, THEME } from './plan'
import { campaignById, createCampaign, updateCampaign } from './repo'

/**
 * campaign.configure: the city union sets a campaign's title, dates and goals. The plan leaves its dates
 * as "X"; this is where they become real. A campaign not yet there is created from the plan's content
 * (lines, targets) with its counters at zero; an existing one keeps its counts.
 */
export const configure: Handler<'campaign.configure'> = async (input, ctx) => {
  if (!(input.startAt < input.endAt && input.endAt <= input.summaryDueAt)) throw new AppError('CAMPAIGN.BAD_DATES')
  const existing = await campaignById(input.campaignId)
  const base = existing?.targets ?? TARGETS.map((t) => ({ ...t }))
  const targets = base.map((t) => ({ ...t, goal: input.goals[t.key] ?? t.goal }))
  const now = new Date(ctx.now)
  if (existing) {
    await updateCampaign(input.campaignId, {
      title: input.title,
      startAt: new Date(input.startAt),
      endAt: new Date(input.endAt),
      summaryDueAt: new Date(input.summaryDueAt),
      targets,
      updatedAt: now,
    })
  } else {
    const counts = Object.fromEntries(TARGET_KEYS.map((k) => [k, 0])) as Record<TargetKey, number>
    await createCampaign(input.campaignId, {
      title: input.title,
      theme: THEME,
      mainline: MAINLINE,
      purpose: PURPOSE,
      status: 'published',
      startAt: new Date(input.startAt),
      endAt: new Date(input.endAt),
      summaryDueAt: new Date(input.summaryDueAt),
      lines: LINES.map((l) => ({ ...l })),
      targets,
      counts,
      createdAt: now,
      updatedAt: now,
    })
  }
  return home({ campaignId: input.campaignId }, ctx)
}
