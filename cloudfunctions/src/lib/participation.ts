// Taking part (R10) and the campaign's live counters. A person counts once per campaign, whatever
// they do: the first action inserts participants/<campaign>:<user> (unique by _id) and only that
// insert moves the campaign's counter, with an atomic increment.
import type { CampaignStatKey, TargetKey } from '../../../types/entities/campaign'
import { db } from './cloud'
import { isDuplicateKey } from './errors'

export interface ParticipantDoc {
  _id: string
  campaignId: string
  userId: string
  unitId: string
  unitPath: string[]
  /** What they first took part in. */
  via: 'competition' | 'work' | 'idea'
  firstAt: Date
}

export async function bumpCampaign(campaignId: string | null | undefined, key: TargetKey, by: number): Promise<void> {
  if (!campaignId || by === 0) return
  await db()
    .collection('campaigns')
    .doc(campaignId)
    .update({ data: { [`counts.${key}`]: db().command.inc(by) } })
}

export async function bumpStat(campaignId: string | null | undefined, key: CampaignStatKey, by: number): Promise<void> {
  if (!campaignId || by === 0) return
  await db()
    .collection('campaigns')
    .doc(campaignId)
    .update({ data: { [`stats.${key}`]: db().command.inc(by) } })
}

/** Count these people as taking part (once each per campaign). Answers how many were new. */
export async function recordParticipants(
  campaignId: string | null | undefined,
  people: Array<{ userId: string; unitId: string; unitPath: string[] }>,
  via: ParticipantDoc['via'],
  now: number,
): Promise<number> {
  if (!campaignId || people.length === 0) return 0
  let fresh = 0
  for (const p of people) {
    try {
      await db()
        .collection<ParticipantDoc>('participants')
        .add({ data: { _id: `${campaignId}:${p.userId}`, campaignId, userId: p.userId, unitId: p.unitId, unitPath: p.unitPath, via, firstAt: new Date(now) } })
      fresh++
    } catch (e) {
      if (!isDuplicateKey(e)) throw e
    }
  }
  await bumpCampaign(campaignId, 'participants', fresh)
  return fresh
}
