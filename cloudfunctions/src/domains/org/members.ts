import type { Member } from '../../../../types/entities/people'
import { audit } from '../../lib/audit'
import type { UserDoc } from '../../lib/caller'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import type { Handler } from '../../lib/handler'
import { leaveUnit, membersUnder } from '../people/repo'
import { bumpMemberCount, subunitsNamed, toRef, unitsById, type UnitRecord } from './units-repo'

export const PAGE_SIZE = 20

/** org.members: members of a unit and the units under it, newest first (one indexed query). */
export const members: Handler<'org.members'> = async (input, ctx) => {
  const unit = ctx.scope.unit as UnitRecord
  // Units under this one whose name has the words: their members match too.
  const named = input.keyword ? await subunitsNamed(unit._id, input.keyword, 100) : []
  const found = await membersUnder(
    unit._id,
    input.keyword,
    named.map((u) => u._id),
    (input.page - 1) * PAGE_SIZE,
    PAGE_SIZE + 1,
  )
  return { items: await memberViews(found.slice(0, PAGE_SIZE)), hasMore: found.length > PAGE_SIZE }
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
  const now = new Date(ctx.now)
  if (!(await leaveUnit(target._id, unitId, now))) throw new AppError('COMMON.CONFLICT')
  await bumpMemberCount(unitId, -1)
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
