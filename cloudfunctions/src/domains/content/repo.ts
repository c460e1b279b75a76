// The media checks as the content function moves them (the records are made in lib/media-check.ts
// when an image is sent for a check). Every move is a conditional update that lands only from the
// state the caller read, so a repeated push and the timer cannot both move a check; each says whether it landed.
import { db } from '../../lib/cloud'
import { MEDIA_CHECK_POLICY, mediaChecks, type MediaCheckDoc, type MediaVerdict } from '../../lib/media-check'

const landed = (res: { stats: { updated: number } }) => res.stats.updated === 1

/** The check a push's trace_id belongs to, if this app asked for it. */
export async function checkByTrace(traceId: string): Promise<MediaCheckDoc | undefined> {
  return (await mediaChecks().where({ traceIds: traceId }).limit(1).get()).data[0]
}

/** Checks in `state` that are due by `now`, the longest due first. */
export async function checksDue(state: MediaCheckDoc['state'], now: number, limit: number): Promise<MediaCheckDoc[]> {
  return (
    await mediaChecks()
      .where({ state, dueAt: db().command.lte(new Date(now)) })
      .orderBy('dueAt', 'asc')
      .limit(limit)
      .get()
  ).data
}

/** The verdict's work ran: the check is done. */
export async function markDone(checkId: string, now: number): Promise<void> {
  await mediaChecks()
    .where({ _id: checkId, state: 'applying' })
    .update({ data: { state: 'done', doneAt: new Date(now) } })
}

/** WeChat could not check it: one more failed push, and due at once so the timer asks again. */
export async function recordNotChecked(checkId: string, now: number): Promise<void> {
  await mediaChecks()
    .where({ _id: checkId, state: 'waiting' })
    .update({ data: { pushFailures: db().command.inc(1), dueAt: new Date(now) } })
}

/** Takes over applying a recorded verdict whose invocation is overdue (still as read). */
export async function takeOverApplying(c: MediaCheckDoc, now: number): Promise<boolean> {
  return landed(
    await mediaChecks()
      .where({ _id: c._id, state: 'applying', dueAt: c.dueAt })
      .update({ data: { dueAt: new Date(now + MEDIA_CHECK_POLICY.applyStaleMs), applies: db().command.inc(1) } }),
  )
}

/** Records the first verdict to land on a waiting (or handed-over) check, which is now being applied. */
export async function recordVerdict(checkId: string, verdict: MediaVerdict, label: MediaCheckDoc['label'], now: number): Promise<boolean> {
  const _ = db().command
  return landed(
    await mediaChecks()
      .where({ _id: checkId, state: _.in(['waiting', 'manual']) })
      .update({
        data: { state: 'applying', verdict, label, decidedAt: new Date(now), dueAt: new Date(now + MEDIA_CHECK_POLICY.applyStaleMs), applies: _.inc(1) },
      }),
  )
}

/** Handed to a person (still as read). */
export async function markHandedOver(c: MediaCheckDoc, now: number): Promise<boolean> {
  return landed(
    await mediaChecks()
      .where({ _id: c._id, state: c.state, dueAt: c.dueAt })
      .update({ data: { state: 'manual', decidedAt: new Date(now) } }),
  )
}
