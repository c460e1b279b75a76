// Taking part (R10) and the campaign's live counters. A person counts once per campaign, whatever
// they do: the first action inserts participants/<campaign>:<user> (unique by _id) and only that
// insert moves the campaign's counter and the per-unit and per-day counters of their unit and every
// union above it (lib/unit-stats.ts), each with an atomic increment. Whether an insert lost to an earlier one
// is read back from the database, not from the error (the cloud has more than one duplicate-key shape).
import type { CampaignStatKey, TargetKey } from '../../../types/entities/campaign'
import { db } from './cloud'
import { writeUnlessTaken } from './errors'
import { bumpUnits } from './unit-stats'

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

/**
 * Raises a target's count to `n` unless it is already at least `n`: for a count that mirrors how many
 * things exist, taken after they were written. A late, repeated or concurrent call can neither lower it
 * nor add one thing twice; a campaign stored before the target existed gets the count field here.
 */
export async function raiseCount(campaignId: string, key: TargetKey, n: number): Promise<void> {
  const _ = db().command
  const field = `counts.${key}`
  await db()
    .collection('campaigns')
    .where(
      _.or([
        { _id: campaignId, [field]: _.lt(n) },
        { _id: campaignId, [field]: _.exists(false) },
      ]) as unknown as Record<string, unknown>,
    )
    .update({ data: { [field]: n } })
}

export async function bumpStat(campaignId: string | null | undefined, key: CampaignStatKey, by: number): Promise<void> {
  if (!campaignId || by === 0) return
  await db()
    .collection('campaigns')
    .doc(campaignId)
    .update({ data: { [`stats.${key}`]: db().command.inc(by) } })
}

/**
 * Takes one of the exhibition's `size` places of a campaign: one atomic conditional update on
 * `counts.works` ("add one if fewer than size"), so two selections at once never make one too many.
 */
export async function takeExhibitionPlace(campaignId: string, size: number): Promise<boolean> {
  const _ = db().command
  const res = await db()
    .collection('campaigns')
    .where({ _id: campaignId, 'counts.works': _.lt(size) })
    .update({ data: { 'counts.works': _.inc(1) } })
  return res.stats.updated === 1
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
  const participants = () => db().collection<ParticipantDoc>('participants')
  for (const p of people) {
    const _id = `${campaignId}:${p.userId}`
    const outcome = await writeUnlessTaken(
      () => participants().add({ data: { _id, campaignId, userId: p.userId, unitId: p.unitId, unitPath: p.unitPath, via, firstAt: new Date(now) } }),
      async () => Boolean((await participants().doc(_id).get()).data),
    )
    if (outcome === 'written') {
      fresh++
      // Only the insert that made this person a participant moves the counters: the campaign's and their
      // unit's (and the tree's above it), all at once, so a first sign-up pays one round trip for them.
      await Promise.all([bumpUnits(campaignId, p.unitPath, 'participants', 1, now), bumpCampaign(campaignId, 'participants', 1)])
    }
  }
  return fresh
}
