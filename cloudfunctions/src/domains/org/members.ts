import type { Member } from '../../../../types/entities/people'
import { audit } from '../../lib/audit'
import type { UserDoc } from '../../lib/caller'
import { db } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import type { Handler } from '../../lib/handler'
import { users } from '../people/repo'
import { literalPattern } from '../../../../types/wording/search'
import { toRef, units, unitsById, type UnitRecord } from './units-repo'

export const PAGE_SIZE = 20

/** org.members: members of a unit and the units under it, newest first (one indexed query). */
export const members: Handler<'org.members'> = async (input, ctx) => {
  const unit = ctx.scope.unit as UnitRecord
  const _ = db().command
  const base = { unitPath: unit._id, profileCompletedAt: _.exists(true) }
  let where: Record<string, unknown> = base
  if (input.keyword) {
    // People by the start of their name (a prefix pattern the unitPath_realName index serves), or
    // everyone in units whose name has the words (units are few; a literal pattern over their names).
    const named = (
      await units()
        .where({ path: unit._id, status: 'active', name: db().RegExp({ regexp: literalPattern(input.keyword), options: 'i' }) })
        .field({ _id: true })
        .limit(100)
        .get()
    ).data
    const byName = { ...base, realName: db().RegExp({ regexp: `^${literalPattern(input.keyword)}` }) }
    where = named.length ? (_.or([byName, { ...base, unitId: _.in(named.map((u) => u._id)) }]) as unknown as Record<string, unknown>) : byName
  }
  const res = await users()
    .where(where)
    .orderBy('joinedAt', 'desc')
    .skip((input.page - 1) * PAGE_SIZE)
    .limit(PAGE_SIZE + 1)
    .get()
  return { items: await memberViews(res.data.slice(0, PAGE_SIZE)), hasMore: res.data.length > PAGE_SIZE }
}

/** Members as the chair's list shows them: unit by name, avatar by temporary URL. */
export async function memberViews(page: UserDoc[]): Promise<Member[]> {
  const [byId, urls] = await Promise.all([unitsById(page.map((u) => u.unitId!)), tempUrls(page.map((u) => u.avatarFileId))])
  return page.map((u: UserDoc): Member => {
    const memberUnit = byId.get(u.unitId!)
    return {
      userId: u._id,
      realName: u.realName,
      nickname: u.nickname,
      avatarUrl: u.avatarFileId ? (urls.get(u.avatarFileId) ?? null) : null,
      job: u.job,
      employeeNo: u.employeeNo,
      unit: memberUnit ? toRef(memberUnit) : { id: u.unitId!, name: '', type: 'grassroots' },
      joinedAt: u.joinedAt ? u.joinedAt.getTime() : u.createdAt.getTime(),
      roles: u.roles.map((g) => ({ role: g.role, unitId: g.unitId })),
    }
  })
}

/**
 * org.removeMember: the person leaves the unit (e.g. changed jobs, or the unit is being retired) and
 * may join another. Someone holding a role on the unit keeps it until the role is taken back first.
 */
export const removeMember: Handler<'org.removeMember'> = async (input, ctx) => {
  const target = ctx.scope.record as unknown as UserDoc
  const unitId = target.unitId
  if (!unitId) throw new AppError('PEOPLE.NOT_FOUND')
  if (target.roles.some((g) => g.unitId === unitId)) throw new AppError('ORG.HOLDS_ROLE')
  const _ = db().command
  const now = new Date(ctx.now)
  // Conditional on the unit it was read with, so a concurrent change of unit is not undone.
  const res = await users()
    .where({ _id: target._id, unitId })
    .update({ data: { unitId: _.remove(), unitPath: _.remove(), joinedAt: _.remove(), profileCompletedAt: _.remove(), updatedAt: now } })
  if (res.stats.updated !== 1) throw new AppError('COMMON.CONFLICT')
  await db()
    .collection('units')
    .doc(unitId)
    .update({ data: { memberCount: _.inc(-1) } })
  const chair = ctx.caller.user
  await audit({
    kind: 'membership',
    action: 'removed',
    actorId: chair._id,
    actorName: chair.realName,
    targetId: target._id,
    targetName: target.realName,
    unitId,
    unitPath: target.unitPath ?? [],
    detail: { reason: input.reason },
    at: now,
  })
  return { removed: true as const }
}
