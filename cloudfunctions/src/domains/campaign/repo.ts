import type { CampaignLine, CampaignPhase, CampaignStatKey, TargetKey } from '../../../../types/entities/campaign'
import { db } from '../../lib/cloud'
import { TARGETS, type TargetDef } from './plan'

export interface CampaignDoc {
  _id: string
  title: string
  theme: string
  mainline: string
  purpose: string
  status: 'draft' | 'published' | 'archived'
  startAt: Date
  endAt: Date
  summaryDueAt: Date
  lines: CampaignLine[]
  targets: TargetDef[]
  /**
   * Live progress, one counter per target, changed only by atomic `_.inc` from the action that
   * creates the counted thing, so the home page reads one document instead of counting collections.
   */
  counts: Record<TargetKey, number>
  /** Secondary live numbers, changed the same way. */
  stats?: Partial<Record<CampaignStatKey, number>>
  createdAt: Date
  updatedAt: Date
}

export function phaseOf(c: Pick<CampaignDoc, 'startAt' | 'endAt'>, now: number): CampaignPhase {
  if (now < c.startAt.getTime()) return 'upcoming'
  if (now > c.endAt.getTime()) return 'ended'
  return 'running'
}

const campaigns = () => db().collection<CampaignDoc>('campaigns')

/**
 * A campaign stored before a target joined the plan (e.g. 慰问百名劳动模范, added with the care visits)
 * gets that target, at the plan's goal and in the plan's order, when it is read: every page then shows
 * the whole plan with no manual step. Its count is 0 until the first counted thing; configure() stores
 * the completed list the next time the campaign is saved.
 */
export function withPlanTargets(c: CampaignDoc): CampaignDoc {
  if (TARGETS.every((p) => c.targets.some((t) => t.key === p.key))) return c
  const stored = new Map(c.targets.map((t) => [t.key, t]))
  const planned = TARGETS.map((p) => stored.get(p.key) ?? { ...p })
  const extra = c.targets.filter((t) => !TARGETS.some((p) => p.key === t.key))
  return { ...c, targets: [...planned, ...extra] }
}

export async function getCampaign(id: string): Promise<CampaignDoc | null> {
  const res = await campaigns().doc(id).get()
  return res.data && res.data.status === 'published' ? withPlanTargets(res.data) : null
}

/**
 * The campaign people mean when they open the app: the one running now; otherwise the latest that
 * has started; otherwise the next to start. One query over the (status, startAt) index.
 */
export async function findCurrentCampaign(now: number): Promise<CampaignDoc | null> {
  const res = await campaigns().where({ status: 'published' }).orderBy('startAt', 'desc').limit(20).get()
  const list = res.data.map(withPlanTargets)
  return list.find((c) => phaseOf(c, now) === 'running') ?? list.find((c) => phaseOf(c, now) === 'ended') ?? list[list.length - 1] ?? null
}

/** A campaign as stored, whatever its status (the city union's settings page). */
export async function campaignById(id: string): Promise<CampaignDoc | null> {
  const c = (await campaigns().doc(id).get()).data
  return c ? withPlanTargets(c) : null
}

/** Changes a campaign's settings; its counts stay. */
export async function updateCampaign(id: string, data: Partial<Omit<CampaignDoc, '_id' | 'counts' | 'stats' | 'createdAt'>>): Promise<void> {
  await campaigns().doc(id).update({ data })
}

/** Creates the campaign `id` (set: the id is the city union's choice). */
export async function createCampaign(id: string, doc: Omit<CampaignDoc, '_id'>): Promise<void> {
  await campaigns().doc(id).set({ data: doc })
}

/** Counts one more towards a target while it is under `goal` (one conditional update); false when full. */
export async function countTowardsTarget(id: string, key: TargetKey, goal: number): Promise<boolean> {
  const _ = db().command
  const res = await campaigns()
    .where({ _id: id, [`counts.${key}`]: _.lt(goal) })
    .update({ data: { [`counts.${key}`]: _.inc(1) } })
  return res.stats.updated === 1
}

/** Gives back one count of a target (the counted thing did not happen after all). */
export async function uncountTarget(id: string, key: TargetKey): Promise<void> {
  await campaigns()
    .doc(id)
    .update({ data: { [`counts.${key}`]: db().command.inc(-1) } })
}

/** Campaigns that ended before `before`, whatever their status (at most `max`). */
export async function campaignsEndedBefore(before: Date, max: number): Promise<CampaignDoc[]> {
  return (
    await campaigns()
      .where({ endAt: db().command.lt(before) })
      .limit(max)
      .get()
  ).data
}

/** The published campaign that starts last (as stored, without the plan's targets), or null. */
export async function latestPublishedCampaign(): Promise<CampaignDoc | null> {
  return (await campaigns().where({ status: 'published' }).orderBy('startAt', 'desc').limit(1).get()).data[0] ?? null
}
