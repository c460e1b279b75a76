import type { Member } from '../../../../types/entities/people'
import type { UserDoc } from '../../lib/caller'
import { db } from '../../lib/cloud'
import { tempUrls } from '../../lib/files'
import type { Handler } from '../../lib/handler'
import { users } from '../people/repo'
import { toRef, unitsById, type UnitRecord } from './units-repo'

export const PAGE_SIZE = 20

/** org.members: members of a unit and the units under it, newest first (one indexed query). */
export const members: Handler<'org.members'> = async (input, ctx) => {
  const unit = ctx.scope.unit as UnitRecord
  const _ = db().command
  const res = await users()
    .where({ unitPath: unit._id, profileCompletedAt: _.exists(true) })
    .orderBy('joinedAt', 'desc')
    .skip((input.page - 1) * PAGE_SIZE)
    .limit(PAGE_SIZE + 1)
    .get()
  const page = res.data.slice(0, PAGE_SIZE)
  const [byId, urls] = await Promise.all([unitsById(page.map((u) => u.unitId!)), tempUrls(page.map((u) => u.avatarFileId))])
  return {
    items: page.map((u: UserDoc): Member => {
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
        roles: u.roles.map((g) => g.role),
      }
    }),
    hasMore: res.data.length > PAGE_SIZE,
  }
}
