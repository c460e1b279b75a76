import type { CampaignLine, CampaignPhase, CampaignStatKey, TargetKey } from '../../../../types/entities/campaign'
import { db } from '../../lib/cloud'
import type { TargetDef } from './plan'

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

export async function getCampaign(id: string): Promise<CampaignDoc | null> {
  const res = await campaigns().doc(id).get()
  return res.data && res.data.status === 'published' ? res.data : null
}

/**
 * The campaign people mean when they open the app: the one running now; otherwise the latest that
 * has started; otherwise the next to start. One query over the (status, startAt) index.
 */
export async function findCurrentCampaign(now: number): Promise<CampaignDoc | null> {
  const res = await campaigns().where({ status: 'published' }).orderBy('startAt', 'desc').limit(20).get()
  const list = res.data
  return list.find((c) => phaseOf(c, now) === 'running') ?? list.find((c) => phaseOf(c, now) === 'ended') ?? list[list.length - 1] ?? null
}

/** A campaign as stored, whatever its status (the city union's settings page). */
export async function campaignById(id: string): Promise<CampaignDoc | null> {
  return (await campaigns().doc(id).get()).data ?? null
}

/** Changes a campaign's settings; its counts stay. */
export async function updateCampaign(id: string, data: Partial<Omit<CampaignDoc, '_id' | 'counts' | 'stats' | 'createdAt'>>): Promise<void> {
  await campaigns().doc(id).update({ data })
}

/** Creates the campaign `id` (set: the id is the city union's choice). */
export async function createCampaign(id: string, doc: Omit<CampaignDoc, '_id'>): Promise<void> {
  await campaigns().doc(id).set({ data: doc })
}
