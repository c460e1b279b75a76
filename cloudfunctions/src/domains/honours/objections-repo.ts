// Objections to nominees on the notice (honour_objections) and each person's daily count of them
// (honour_objection_days): the only code that reads or writes them. Deciding one is a conditional update
// ("still open"), so two deciders cannot both resolve it.
import { db } from '../../lib/cloud'
import { writeUnlessTaken } from '../../lib/errors'
import type { ObjectionDayDoc, ObjectionDoc } from './repo'

const objections = () => db().collection<ObjectionDoc>('honour_objections')
const objectionDays = () => db().collection<ObjectionDayDoc>('honour_objection_days')

/** A person's first objection of a day: the day's count starts at one; false when it exists already. */
export async function startObjectionDay(id: string): Promise<boolean> {
  const outcome = await writeUnlessTaken(
    () => objectionDays().add({ data: { _id: id, count: 1 } }),
    async () => Boolean((await objectionDays().doc(id).get()).data),
  )
  return outcome === 'written'
}

/** One more objection on a person's day while under `limit` (one conditional update); false when spent. */
export async function takeObjectionDay(id: string, limit: number): Promise<boolean> {
  const _ = db().command
  const res = await objectionDays()
    .where({ _id: id, count: _.lt(limit) })
    .update({ data: { count: _.inc(1) } })
  return res.stats.updated === 1
}

/** Gives back an objection counted on a person's day (the objection was not stored after all). */
export async function giveBackObjectionDay(id: string): Promise<void> {
  await objectionDays()
    .doc(id)
    .update({ data: { count: db().command.inc(-1) } })
}

export async function findObjection(id: string): Promise<ObjectionDoc | null> {
  return (await objections().doc(id).get()).data ?? null
}

/** Stores an objection; false when one with its _id (the same person on the same nominee) exists. */
export async function addObjection(doc: ObjectionDoc): Promise<boolean> {
  const outcome = await writeUnlessTaken(
    () => objections().add({ data: doc }),
    async () => Boolean((await objections().doc(doc._id).get()).data),
  )
  return outcome === 'written'
}

/** Whether any of these nominations has an objection still open (keep `ids` to 100). */
export async function anyOpenObjection(ids: string[]): Promise<boolean> {
  return (
    (
      await objections()
        .where({ nominationId: db().command.in(ids), status: 'open' })
        .limit(1)
        .get()
    ).data.length > 0
  )
}

/** A page of the objections in `status`, oldest first (one more than `size`: hasMore). */
export async function objectionsPage(status: ObjectionDoc['status'], page: number, size: number): Promise<ObjectionDoc[]> {
  return (
    await objections()
      .where({ status })
      .orderBy('createdAt', 'asc')
      .skip((page - 1) * size)
      .limit(size + 1)
      .get()
  ).data
}

type Resolution = Pick<ObjectionDoc, 'resolution'> & { resolvedBy: string; resolvedAt: Date }

/** Decides an objection still open; false when someone decided it first. */
export async function resolveIfOpen(id: string, status: 'upheld' | 'dismissed', r: Resolution): Promise<boolean> {
  const res = await objections()
    .where({ _id: id, status: 'open' })
    .update({ data: { status, resolution: r.resolution, resolvedBy: r.resolvedBy, resolvedAt: r.resolvedAt } })
  return res.stats.updated === 1
}

/** Upholds every objection to a nominee still open (the nominee is off the notice: one finding settles them). */
export async function upholdOpenObjections(nominationId: string, r: Resolution): Promise<void> {
  await objections()
    .where({ nominationId, status: 'open' })
    .update({ data: { status: 'upheld', resolution: r.resolution, resolvedBy: r.resolvedBy, resolvedAt: r.resolvedAt } })
}
