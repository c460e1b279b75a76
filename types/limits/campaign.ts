// Bounds of the campaign's settings (see limits/index.ts): read by the schemas in actions/campaign.ts and by the pages.
import { chars, grouped, range } from '.'

/** Bounds of the campaign's settings (actions/campaign.ts and 活动设置 read these). */
export const CAMPAIGN_LIMITS = {
  title: chars(2, 30),
  goal: range(1, 1_000_000, (min, max) => `请填写 ${grouped(min)} 到 ${grouped(max)} 之间的整数`),
} as const
