import type { UnitRef } from './people'
import type { CampaignPhase, CampaignTarget } from './campaign'

// The steering dashboard (R1, R10): what the city union, or an industry/township union for its
// subtree, reads to see how the campaign is going. Every figure comes from counters the counting
// actions keep, never from scanning the records.

/** Counters kept per campaign × unit (rolled up: a unit's figures include everything below it). */
export const UNIT_STAT_KEYS = ['participants', 'entries', 'competitions'] as const
export type UnitStatKey = (typeof UNIT_STAT_KEYS)[number]
export type UnitStats = Record<UnitStatKey, number>

/** How many rows each leaderboard shows. */
export const DASHBOARD_BOARD_SIZE = 10
/** How many units with nothing yet are listed by name (the total is always given). */
export const DASHBOARD_IDLE_LIST = 100

export interface DashboardDay extends UnitStats {
  /** Beijing date, YYYY-MM-DD. */
  day: string
}

export interface DashboardUnitRow extends UnitStats {
  unit: UnitRef
  members: number
  /** participants ÷ members (0 when the unit has no members yet), three decimals. */
  rate: number
}

export interface DashboardTarget extends CampaignTarget {
  /** The subtree's share, where it is counted per unit; null where only the city-wide figure exists. */
  scopeCount: number | null
}

export interface Dashboard {
  campaign: { id: string; title: string; startAt: number; endAt: number; phase: CampaignPhase }
  /** The unit whose subtree this is (the city union for the whole city). */
  unit: UnitRef
  targets: DashboardTarget[]
  /** The subtree's totals, and how many members it has. */
  totals: UnitStats & { members: number; units: number }
  /** One row per day from the campaign's start to today (or its end), zeros included. */
  trend: DashboardDay[]
  boards: {
    /** Participation per member, highest first (grassroots units). */
    rate: DashboardUnitRow[]
    entries: DashboardUnitRow[]
    /** Competitions held, by the unions directly below this one (each counting its whole subtree). */
    competitions: DashboardUnitRow[]
  }
  /** Grassroots units that have nothing yet (no participant, entry or competition). */
  idle: { count: number; units: UnitRef[] }
  servedAt: number
}
