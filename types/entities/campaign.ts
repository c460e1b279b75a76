// The campaign (R1): five activity lines and the seven targets of "三百、三千、三万".
export const LINE_KEYS = ['fengcai', 'jineng', 'zuopin', 'zhihui', 'aixin'] as const
export type LineKey = (typeof LINE_KEYS)[number]

export const TARGET_KEYS = ['competitions', 'modelWorkers', 'works', 'hardshipVisits', 'modelWorkerVisits', 'ideas', 'commended', 'participants'] as const
export type TargetKey = (typeof TARGET_KEYS)[number]

/** Live numbers the home page shows beside the seven targets. */

export const CAMPAIGN_STAT_KEYS = ['worksSubmitted', 'ideasAdopted', 'competitionsPublished'] as const
export type CampaignStatKey = (typeof CAMPAIGN_STAT_KEYS)[number]

export type CampaignPhase = 'upcoming' | 'running' | 'ended'

export interface CampaignLine {
  key: LineKey
  /** e.g. 展职工技能 */
  name: string
  /** one line on what it asks of workers and unions */
  summary: string
}

export interface CampaignTarget {
  key: TargetKey
  line: LineKey
  /** e.g. 举办百场竞赛 */
  label: string
  goal: number
  /** measure word: 场 / 名 / 幅 / 条 */
  unit: string
  count: number
}

/** Everything the campaign home page shows, from one call. Dates are epoch milliseconds. */
export interface CampaignHome {
  id: string
  title: string
  /** 展职工风采、展职工技能、展职工作品、展职工智慧、展工会爱心 */
  theme: string
  /** 三百、三千、三万 */
  mainline: string
  purpose: string
  startAt: number
  endAt: number
  /** When unit summaries (R9) are due. */
  summaryDueAt: number
  phase: CampaignPhase
  lines: CampaignLine[]
  targets: CampaignTarget[]
  /** Secondary live numbers beside the targets (e.g. works submitted, ideas adopted). */
  stats: Record<CampaignStatKey, number>
  /** Server time of the answer, so the page can say how fresh the counts are. */
  servedAt: number
}
