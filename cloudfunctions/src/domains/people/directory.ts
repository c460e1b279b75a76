// What other domains may read of people: user records by id, a few at a time. They ask here rather
// than reading the users collection themselves.
import type { UserDoc } from '../../lib/caller'
import { db } from '../../lib/cloud'
import { users } from './repo'

/** The users with these ids (unknown ids are left out), by id. */
export async function usersByIds(ids: Iterable<string>): Promise<Map<string, UserDoc>> {
  const list = [...new Set(ids)]
  if (list.length === 0) return new Map()
  const found = (await users().where({ _id: db().command.in(list) }).limit(list.length).get()).data
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
