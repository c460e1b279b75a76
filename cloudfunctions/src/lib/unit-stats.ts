// Per-unit and per-day counters of a campaign (R10 and the steering dashboard). Each event that counts
// moves, with an atomic `_.inc`, one document per unit on the unit's path (the unit and every union
// above it, so a subtree's figure is one read) and one per unit × Beijing day (the trend). Nothing here
// is ever recounted by scanning. A counter document is created on first use: an update that finds no
// document (stats.updated 0) adds one at zero, under its unique _id, and then increments it; whoever
// loses the race to add simply increments the winner's.
import { UNIT_STAT_KEYS, type UnitStatKey, type UnitStats } from '../../../types/entities/dashboard'
import { db } from './cloud'
import { writeUnlessTaken } from './errors'
import { beijingDate } from './time'

export interface UnitStatDoc extends UnitStats {
  _id: string
  campaignId: string
  unitId: string
  /** The counted unit's own path (city first): a subtree's units are one query on it. */
  unitPath: string[]
  updatedAt: Date
}

export interface UnitDayDoc extends UnitStats {
  _id: string
  campaignId: string
  unitId: string
  /** Beijing date, YYYY-MM-DD. */
  day: string
  updatedAt: Date
}

export const unitStats = () => db().collection<UnitStatDoc>('unit_stats')
export const unitDays = () => db().collection<UnitDayDoc>('unit_days')

export const unitStatId = (campaignId: string, unitId: string) => `${campaignId}:${unitId}`
export const unitDayId = (campaignId: string, unitId: string, day: string) => `${campaignId}:${unitId}:${day}`

const zeros = (): UnitStats => Object.fromEntries(UNIT_STAT_KEYS.map((k) => [k, 0])) as UnitStats

/** Increment one counter document, creating it at zero first if it does not exist yet. */
async function incCreating(
  collection: 'unit_stats' | 'unit_days',
  _id: string,
  key: UnitStatKey,
  by: number,
  base: Record<string, unknown>,
  now: number,
): Promise<void> {
  const col = db().collection(collection)
  const _ = db().command
  const inc = () => col.doc(_id).update({ data: { [key]: _.inc(by), updatedAt: new Date(now) } })
  if ((await inc()).stats.updated === 1) return
  // The first count of this unit (or of its day): the document is created holding it, one round trip
  // more than an increment. Whether this insert made it is read back, never inferred from the error's
  // shape; if another invocation created it first, the increment goes onto theirs.
  const created = await writeUnlessTaken(
    () => col.add({ data: { _id, ...base, ...zeros(), [key]: by, updatedAt: new Date(now) } }),
    async () => Boolean((await col.doc(_id).get()).data),
  )
  if (created === 'written') return
  const again = await inc()
  if (again.stats.updated !== 1) throw new Error(`counter ${collection}/${_id} did not take the increment`)
}

/**
 * Count `by` of `key` for the unit at the end of `unitPath`, on every unit of the path and on each of
 * those units' day. All the increments go out at once (one round trip of latency).
 */
export async function bumpUnits(campaignId: string | null | undefined, unitPath: readonly string[], key: UnitStatKey, by: number, now: number): Promise<void> {
  if (!campaignId || by === 0 || unitPath.length === 0) return
  const day = beijingDate(now)
  await Promise.all(
    unitPath.flatMap((unitId, i) => [
      incCreating('unit_stats', unitStatId(campaignId, unitId), key, by, { campaignId, unitId, unitPath: unitPath.slice(0, i + 1) }, now),
      incCreating('unit_days', unitDayId(campaignId, unitId, day), key, by, { campaignId, unitId, day }, now),
    ]),
  )
}
