// What other domains may read of people: user records by id, a few at a time. They ask here rather
// than reading the users collection themselves.
import type { UserDoc } from '../../lib/caller'
import { db } from '../../lib/cloud'
import { users } from './repo'

/** The users with these ids (unknown ids are left out), by id. */
export async function usersByIds(ids: Iterable<string>): Promise<Map<string, UserDoc>> {
  const list = [...new Set(ids)]
  if (list.length === 0) return new Map()
  const found = (
    await users()
      .where({ _id: db().command.in(list) })
      .limit(list.length)
      .get()
  ).data
  return new Map(found.map((u) => [u._id, u]))
}

/** A person's job as their profile gives it ('' when unknown). */
export async function jobOf(userId: string): Promise<string> {
  const u = (await users().doc(userId).field({ job: true }).get()).data
  return u?.job ?? ''
}

/** People of a unit with exactly this real name (at most 10): enough to add a colleague, not a directory. */
export async function colleaguesNamed(unitId: string | undefined, realName: string): Promise<UserDoc[]> {
  return (await users().where({ unitId, realName }).limit(10).get()).data
}

/** People holding any role granted on `unitId` (at most 500). */
export async function grantHoldersOn(unitId: string): Promise<UserDoc[]> {
  return (await users().where({ 'roles.unitId': unitId }).limit(500).get()).data
}

/** People holding a role on any of `unitIds` (asked 100 units at a time). */
export async function grantHoldersIn(unitIds: string[]): Promise<UserDoc[]> {
  const found: UserDoc[] = []
  for (let i = 0; i < unitIds.length; i += 100) {
    found.push(
      ...(
        await users()
          .where({ 'roles.unitId': db().command.in(unitIds.slice(i, i + 100)) })
          .limit(1000)
          .get()
      ).data,
    )
  }
  return found
}

/** A page of the members (completed profiles) of a unit and the units under it, newest first (one more than `size`: hasMore). */
export async function membersUnder(unitId: string, page: number, size: number): Promise<UserDoc[]> {
  return (
    await users()
      .where({ unitPath: unitId, profileCompletedAt: db().command.exists(true) })
      .orderBy('joinedAt', 'desc')
      .skip((page - 1) * size)
      .limit(size + 1)
      .get()
  ).data
}

/**
 * Takes a person out of their unit (they may join another), conditional on the unit they were read
 * with, so a concurrent change of unit is not undone; false if it changed meanwhile.
 */
export async function leaveUnit(userId: string, unitId: string, now: Date): Promise<boolean> {
  const _ = db().command
  const res = await users()
    .where({ _id: userId, unitId })
    .update({ data: { unitId: _.remove(), unitPath: _.remove(), joinedAt: _.remove(), profileCompletedAt: _.remove(), updatedAt: now } })
  return res.stats.updated === 1
}

/**
 * Members (completed profiles) of a unit and the units under it whose name starts with `prefix`, by name,
 * at most `limit`: a prefix pattern the unitPath_realName index serves, as org.members searches.
 */
export async function membersNamed(unitId: string, prefix: string, limit: number): Promise<UserDoc[]> {
  return (
    await users()
      .where({ unitPath: unitId, profileCompletedAt: db().command.exists(true), realName: db().RegExp({ regexp: `^${escapeRegExp(prefix)}` }) })
      .orderBy('realName', 'asc')
      .limit(limit)
      .get()
  ).data
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Colleagues of a unit with a completed profile, `self` left out, whose name contains `keyword` (at most 100, by name). */
export async function colleaguesOf(unitId: string | undefined, self: string, keyword?: string): Promise<UserDoc[]> {
  const _ = db().command
  const where: Record<string, unknown> = { unitId, profileCompletedAt: _.exists(true), _id: _.neq(self) }
  if (keyword) where.realName = db().RegExp({ regexp: escapeRegExp(keyword) })
  return (await users().where(where).orderBy('realName', 'asc').limit(100).get()).data
}

/** The OPENIDs of these people (to send them a message), by user id. */
export async function openidsOf(ids: string[]): Promise<Map<string, string>> {
  const list = [...new Set(ids)]
  if (list.length === 0) return new Map()
  const found = (
    await users()
      .where({ _id: db().command.in(list) })
      .field({ _openid: true })
      .limit(list.length)
      .get()
  ).data
  return new Map(found.map((u) => [u._id, u._openid]))
}
