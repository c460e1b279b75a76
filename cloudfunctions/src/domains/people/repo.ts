// The users collection: the caller's record, created on first use, and the "me" view.
import type { Me, MyRole, UnitRef } from '../../../../types/entities/people'
import type { Caller, UserDoc } from '../../lib/caller'
import { loadUser } from '../../lib/caller'
import { db } from '../../lib/cloud'
import type { Transaction } from '../../lib/db-types'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import { pendingJoinOf } from '../../lib/pending-join'
import { toRef, unitsById } from '../org/units-repo'
import { literalPattern } from '../../../../types/wording/search'

export const users = () => db().collection<UserDoc>('users')

export interface JoinRequestDoc {
  _id: string
  userId: string
  unitId: string
  unitPath: string[]
  status: 'pending' | 'approved' | 'rejected' | 'cancelled'
  requestedAt: Date
  decidedAt?: Date
  decidedBy?: string
  reason?: string
}

export const joinRequests = () => db().collection<JoinRequestDoc>('join_requests')
export const joinRequestId = (userId: string) => `jr-${userId}`

/** Real name, nickname and a unit: what a first submission needs. */
export const isProfileComplete = (u: Pick<UserDoc, 'realName' | 'nickname' | 'unitId'>) => Boolean(u.realName && u.nickname && u.unitId)

/** The caller's user record; the first call from an OPENID creates it (WeChat users need no sign-up). */
export async function ensureUser(caller: Caller, now: number): Promise<UserDoc> {
  if (caller.user) return caller.user
  if (!caller.openid) throw new AppError('AUTH.NO_IDENTITY')
  const fresh: Omit<UserDoc, '_id'> = {
    _openid: caller.openid,
    nickname: '',
    realName: '',
    job: '',
    employeeNo: '',
    roles: [],
    createdAt: new Date(now),
    updatedAt: new Date(now),
  }
  try {
    const { _id } = await users().add({ data: fresh })
    return { ...fresh, _id }
  } catch (e) {
    // Two first calls at once: the unique openid index lets one in; the other reads it back. Whether
    // the add lost is read from the database, not the error (the cloud has more than one duplicate shape).
    const existing = await loadUser(caller.openid)
    if (!existing) throw e
    return existing
  }
}

export async function requireUser(caller: Caller): Promise<UserDoc> {
  if (!caller.user) throw new AppError('AUTH.PROFILE_REQUIRED')
  return caller.user
}

/** A user by id, or null when there is none. */
export async function findUser(id: string): Promise<UserDoc | null> {
  return (await users().doc(id).get()).data ?? null
}

export async function reloadUser(id: string): Promise<UserDoc> {
  const res = await users().doc(id).get()
  if (!res.data) throw new AppError('PEOPLE.NOT_FOUND')
  return res.data
}

/** The "me" view: unit with its path, roles with their units, the avatar's URL, any join request. */
export async function meView(user: UserDoc): Promise<Me> {
  const [request, pendingJoin] = await Promise.all([
    joinRequests()
      .doc(joinRequestId(user._id))
      .get()
      .then((r) => r.data),
    pendingJoinOf(user._id),
  ])
  const unitIds = [...(user.unitPath ?? []), ...user.roles.map((g) => g.unitId), ...(request ? [request.unitId] : [])]
  const [byId, urls] = await Promise.all([unitsById(unitIds), tempUrls([user.avatarFileId])])
  const ref = (id: string): UnitRef => {
    const u = byId.get(id)
    return u ? toRef(u) : { id, name: '（已删除的单位）', type: 'grassroots' }
  }
  const roles: MyRole[] = []
  if (user.unitId && user.profileCompletedAt) roles.push({ role: 'worker', unit: ref(user.unitId) })
  for (const g of user.roles) roles.push({ role: g.role, unit: ref(g.unitId) })
  return {
    id: user._id,
    nickname: user.nickname,
    avatarUrl: user.avatarFileId ? (urls.get(user.avatarFileId) ?? null) : null,
    realName: user.realName,
    job: user.job,
    employeeNo: user.employeeNo,
    unit: user.unitId ? { ...ref(user.unitId), path: (user.unitPath ?? []).map(ref) } : null,
    roles,
    profileComplete: isProfileComplete(user),
    privacyAgreedAt: user.privacyAgreedAt ? user.privacyAgreedAt.getTime() : null,
    pendingJoin,
    // A request cancelled with a reason (the unit was retired meanwhile) is news too; one withdrawn by
    // the person, or overtaken by joining elsewhere, is not.
    lastJoinDecision:
      request && (request.status === 'approved' || request.status === 'rejected' || (request.status === 'cancelled' && request.reason)) && request.decidedAt
        ? { unit: ref(request.unitId), approved: request.status === 'approved', reason: request.reason ?? '', decidedAt: request.decidedAt.getTime() }
        : null,
  }
}

/** To-do of chairs of `units`: people asking to join one of them. */
export async function pendingJoinRequestsCount(units: string[]): Promise<number> {
  return (
    await joinRequests()
      .where({ unitPath: db().command.in(units), status: 'pending' })
      .count()
  ).total
}

/** One more wrong invite code this hour (or the first of a new hour). */
export async function recordInviteFailure(userId: string, windowOpen: boolean, now: number): Promise<void> {
  await users()
    .doc(userId)
    .update({ data: windowOpen ? { 'inviteFailures.count': db().command.inc(1) } : { inviteFailures: { count: 1, since: new Date(now) } } })
}

/** Sets the person's unit only while they have none (two joins at once cannot both land); false otherwise. */
export async function setUnitIfNone(userId: string, data: Record<string, unknown>): Promise<boolean> {
  const res = await users()
    .where({ _id: userId, unitId: db().command.exists(false) })
    .update({ data })
  return res.stats.updated === 1
}

/** Units (of those given) where someone already holds the chair role (unit or area chair). */
export async function unitsWithChairs(ids: string[]): Promise<Set<string>> {
  const _ = db().command
  const out = new Set<string>()
  for (let i = 0; i < ids.length; i += 100) {
    const res = await users()
      .where({ 'roles.unitId': _.in(ids.slice(i, i + 100)) })
      .field({ roles: true })
      .limit(1000)
      .get()
    for (const u of res.data) for (const g of u.roles) if (g.role === 'unit_chair' || g.role === 'area_chair') out.add(g.unitId)
  }
  return out
}

/** Colleagues of a unit with a completed profile (not `exceptId`), by name; `keyword` matches the start or any part of the name literally. */
export async function colleaguesOf(unitId: string, exceptId: string, keyword: string | undefined, limit: number): Promise<UserDoc[]> {
  const _ = db().command
  const where: Record<string, unknown> = { unitId, profileCompletedAt: _.exists(true), _id: _.neq(exceptId) }
  if (keyword) where.realName = db().RegExp({ regexp: literalPattern(keyword) })
  return (await users().where(where).orderBy('realName', 'asc').limit(limit).get()).data
}

/**
 * Members of a unit and the units under it, newest first (one indexed query). With a keyword: people
 * whose name starts with it (a prefix pattern the unitPath_realName index serves), or anyone in one of
 * `inUnits` (units whose name has the words).
 */
export async function membersUnder(unitId: string, keyword: string | undefined, inUnits: string[], skip: number, limit: number): Promise<UserDoc[]> {
  const _ = db().command
  const base = { unitPath: unitId, profileCompletedAt: _.exists(true) }
  let where: Record<string, unknown> = base
  if (keyword) {
    const byName = { ...base, realName: db().RegExp({ regexp: `^${literalPattern(keyword)}` }) }
    where = inUnits.length ? (_.or([byName, { ...base, unitId: _.in(inUnits) }]) as unknown as Record<string, unknown>) : byName
  }
  return (await users().where(where).orderBy('joinedAt', 'desc').skip(skip).limit(limit).get()).data
}

/** Moves a member to another unit, only if they are still in `fromUnitId` (one conditional update); false otherwise. */
export async function moveToUnit(userId: string, fromUnitId: string, to: { _id: string; path: string[] }, now: Date): Promise<boolean> {
  const res = await users()
    .where({ _id: userId, unitId: fromUnitId })
    .update({ data: { unitId: to._id, unitPath: to.path, joinedAt: now, updatedAt: now } })
  return res.stats.updated === 1
}

/** Takes a person out of their unit, if they are still in `unitId` (a concurrent change of unit is not undone). */
export async function leaveUnit(userId: string, unitId: string, now: Date): Promise<boolean> {
  const _ = db().command
  const res = await users()
    .where({ _id: userId, unitId })
    .update({ data: { unitId: _.remove(), unitPath: _.remove(), joinedAt: _.remove(), profileCompletedAt: _.remove(), updatedAt: now } })
  return res.stats.updated === 1
}

/** Members with a completed profile in a unit's subtree (a query to count and page). */
export const completedMembersUnder = (unitId: string) => users().where({ unitPath: unitId, profileCompletedAt: db().command.exists(true) })

/** A user as transaction `tx` reads it. */
export async function userInTx(tx: Transaction, id: string): Promise<UserDoc | null> {
  return (await tx.collection<UserDoc>('users').doc(id).get()).data ?? null
}

/** Changes a user's fields in transaction `tx`. */
export async function updateUserInTx(tx: Transaction, id: string, data: Record<string, unknown>): Promise<void> {
  await tx.collection<UserDoc>('users').doc(id).update({ data })
}
