// Bounds of the campaign's settings (see limits/index.ts): read by the schemas in actions/campaign.ts and by the pages.
import { chars, range } from '.'

/** Bounds of the campaign's settings (actions/campaign.ts and 活动设置 read these). */
export const CAMPAIGN_LIMITS = {
  title: chars(2, 30),
  goal: range(1, 1_000_000, '请填写 1 到 1,000,000 之间的整数'),
} as const
