// Becoming a member of a unit: the person's unit and unit path are set only while they have none
// (a conditional update, so two joins at once cannot both land), then the unit's member count moves
// with an atomic increment.
import type { UserDoc } from '../../lib/caller'
import { audit } from '../../lib/audit'
import { AppError } from '../../lib/errors'
import { bumpMemberCount, type UnitRecord } from '../org/units-repo'
import { isProfileComplete, reloadUser, setUnitIfNone } from './repo'

export function assertCanJoin(user: UserDoc, unit: UnitRecord): void {
  if (unit.status !== 'active') throw new AppError('ORG.UNIT_RETIRED')
  if (user.unitId === unit._id) throw new AppError('PEOPLE.ALREADY_MEMBER')
  if (user.unitId) throw new AppError('PEOPLE.ALREADY_IN_UNIT')
}

export async function joinUnit(user: UserDoc, unit: UnitRecord, now: number, how: string, actor: { id: string; name: string }): Promise<UserDoc> {
  assertCanJoin(user, unit)
  const data: Record<string, unknown> = { unitId: unit._id, unitPath: unit.path, joinedAt: new Date(now), updatedAt: new Date(now) }
  if (isProfileComplete({ ...user, unitId: unit._id }) && !user.profileCompletedAt) data.profileCompletedAt = new Date(now)
  if (!(await setUnitIfNone(user._id, data))) {
    // Someone else's join for this person landed first: answer as if they had asked again.
    assertCanJoin(await reloadUser(user._id), unit)
    throw new AppError('PEOPLE.ALREADY_IN_UNIT')
  }
  await bumpMemberCount(unit._id, 1)
  await audit({
    kind: 'membership',
    action: how,
    actorId: actor.id,
    actorName: actor.name,
    targetId: user._id,
    targetName: user.realName,
    unitId: unit._id,
    unitPath: unit.path,
    at: new Date(now),
  })
  return reloadUser(user._id)
}
