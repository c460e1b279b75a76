// The works collection's writes along a work's way: chairs' decisions, the exhibition, WeChat's
// verdicts. Each is one conditional update that lands only if the work is still as the caller saw it,
// so two deciders (or a repeated push) cannot both move it; each says whether it landed.
import { db } from '../../lib/cloud'
import { step, works, type ImageCheck, type WorkDoc } from './repo'

/** The filter that holds a work exactly where the caller saw it, so two chairs cannot both decide. */
export const asSeen = (w: WorkDoc) => ({ _id: w._id, status: 'reviewing', reviewUnitId: w.reviewUnitId, passes: w.passes })

const landed = (res: { stats: { updated: number } }) => res.stats.updated === 1

/** Recommended one union up: it now waits at `up`. */
export async function passUp(w: WorkDoc, here: string, up: string, by: string, now: number): Promise<boolean> {
  const _ = db().command
  return landed(
    await works()
      .where(asSeen(w))
      .update({ data: { reviewUnitId: up, passes: _.inc(1), steps: _.push([step('recommended', here, now, '', by)]), updatedAt: new Date(now) } }),
  )
}

/** Rejected at the stage it waits at, with the reason the author sees. */
export async function rejectWork(w: WorkDoc, reason: string, by: string, now: number): Promise<boolean> {
  return landed(
    await works()
      .where(asSeen(w))
      .update({
        data: { status: 'rejected', reason, steps: db().command.push([step('rejected', w.reviewUnitId, now, reason, by)]), updatedAt: new Date(now) },
      }),
  )
}

/** Into the exhibition of `campaignId`, if still as seen and its images passed the check. */
export async function exhibitWork(w: WorkDoc, campaignId: string, by: string, now: number): Promise<boolean> {
  return landed(
    await works()
      .where({ ...asSeen(w), check: 'passed' })
      .update({
        data: {
          status: 'exhibited',
          campaignId,
          exhibitedAt: new Date(now),
          steps: db().command.push([step('exhibited', w.unitPath[0] ?? null, now, '', by)]),
          updatedAt: new Date(now),
        },
      }),
  )
}

/** Out of the exhibition, back in the city union's pool (counted as sent up, so it stays there). */
export async function returnToCityPool(w: WorkDoc, reason: string, by: string, now: number): Promise<boolean> {
  const _ = db().command
  const city = w.unitPath[0] ?? null
  return landed(
    await works()
      .where({ _id: w._id, status: 'exhibited' })
      .update({
        data: {
          status: 'reviewing',
          reviewUnitId: city,
          passes: Math.max(w.passes, 1),
          exhibitedAt: _.remove(),
          steps: _.push([step('withdrawn', city, now, reason, by)]),
          updatedAt: new Date(now),
        },
      }),
  )
}

/** What the city union selects from, oldest-best first: recommended at least once, or waiting at one of `cityUnits`. */
export async function sentUpToCity(cityUnits: string[], page: number, size: number): Promise<WorkDoc[]> {
  const _ = db().command
  return (
    await works()
      .where(
        _.or([
          { status: 'reviewing', passes: _.gte(1) },
          { status: 'reviewing', reviewUnitId: _.in(cityUnits) },
        ]) as Record<string, unknown>,
      )
      .orderBy('passes', 'desc')
      .orderBy('submittedAt', 'asc')
      .skip((page - 1) * size)
      .limit(size + 1)
      .get()
  ).data
}

/** The exhibition, latest first. */
export async function exhibitedWorks(page: number, size: number): Promise<WorkDoc[]> {
  return (
    await works()
      .where({ status: 'exhibited' })
      .orderBy('exhibitedAt', 'desc')
      .skip((page - 1) * size)
      .limit(size + 1)
      .get()
  ).data
}

/** Out of review because image `index` failed the check (still the same file). */
export async function blockForImage(w: WorkDoc, index: number, reason: string, now: number): Promise<boolean> {
  return landed(
    await works()
      .where({ _id: w._id, status: 'reviewing', [`images.${index}.file`]: w.images[index].file })
      .update({
        data: {
          status: 'blocked',
          reason,
          [`images.${index}.check`]: 'risky',
          steps: db().command.push([step('blocked', null, now, reason)]),
          updatedAt: new Date(now),
        },
      }),
  )
}

/** The submission's check is passed once every image passed (the filter holds the count, so one update lands). */
export async function markChecked(w: Pick<WorkDoc, '_id' | 'images'>, now: number): Promise<boolean> {
  const _ = db().command
  return landed(
    await works()
      .where({ _id: w._id, status: 'reviewing', check: _.in(['waiting', 'manual']), passed: w.images.length })
      .update({ data: { check: 'passed', steps: _.push([step('checked', null, now)]), updatedAt: new Date(now) } }),
  )
}

export interface ImageSizes {
  thumb: string
  preview: string
  width: number
  height: number
}

/** A passed (or to-be-looked-at) verdict on image `index` with its sizes, if it still waits for one; counts toward `passed`. */
export async function recordImagePassed(
  workId: string,
  index: number,
  fileId: string,
  unsettled: ImageCheck[],
  verdict: 'pass' | 'review',
  sizes: ImageSizes,
): Promise<boolean> {
  const _ = db().command
  return landed(
    await works()
      .where({ _id: workId, [`images.${index}.file`]: fileId, [`images.${index}.check`]: _.in(unsettled) })
      .update({
        data: {
          [`images.${index}.check`]: verdict,
          [`images.${index}.thumb`]: sizes.thumb,
          [`images.${index}.preview`]: sizes.preview,
          [`images.${index}.width`]: sizes.width,
          [`images.${index}.height`]: sizes.height,
          passed: _.inc(1),
          // "review": WeChat asks a person to look; the chair is that person, told to look closely.
          ...(verdict === 'review' ? { flagged: true } : {}),
        },
      }),
  )
}
