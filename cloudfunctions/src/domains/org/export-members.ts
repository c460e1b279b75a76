// org.exportMembers: the members of a unit and the units under it as Excel, for its chairs. Only what a
// chair needs to account for its members: name, unit, job and when they joined. The app keeps no phone
// numbers, employee numbers stay out (not needed for the list), and every export is in the audit log
// with how many people it held.
import { audit } from '../../lib/audit'
import type { UserDoc } from '../../lib/caller'
import { dateCell, readAll, saveExport, unitNames } from '../../lib/export-file'
import type { Handler } from '../../lib/handler'
import { completedMembersUnder } from '../people/repo'

type Row = Pick<UserDoc, '_id' | 'realName' | 'unitId' | 'job' | 'joinedAt' | 'createdAt'>

async function membersUnder(unitId: string): Promise<Row[]> {
  const q = () => completedMembersUnder(unitId)
  return readAll(
    'members',
    async () => (await q().count()).total,
    async (skip, limit) =>
      (
        await q()
          .field({ _id: true, realName: true, unitId: true, job: true, joinedAt: true, createdAt: true })
          .orderBy('_id', 'asc')
          .skip(skip)
          .limit(limit)
          .get()
      ).data as Row[],
  )
}

export const exportMembers: Handler<'org.exportMembers'> = async (_input, ctx) => {
  const root = ctx.scope.unit!
  const [list, names] = await Promise.all([membersUnder(root._id), unitNames(root)])
  const unitOf = (m: Row) => names.get(m.unitId ?? '') ?? ''
  const sorted = [...list].sort((a, b) => unitOf(a).localeCompare(unitOf(b), 'zh-CN') || a.realName.localeCompare(b.realName, 'zh-CN'))
  const file = await saveExport(
    'members',
    `${root.name}-会员名单`,
    [
      {
        name: '会员名单',
        columns: [
          { header: '序号', width: 7 },
          { header: '姓名', width: 10 },
          { header: '单位', width: 30 },
          { header: '职务/岗位', width: 16 },
          { header: '入会日期', width: 12 },
        ],
        rows: sorted.map((m, i) => [i + 1, m.realName, unitOf(m), m.job, dateCell(m.joinedAt ?? m.createdAt)]),
      },
    ],
    ctx.now,
  )
  await audit({
    kind: 'membership',
    action: 'org.exportMembers',
    actorId: ctx.caller.user._id,
    actorName: ctx.caller.user.realName,
    targetId: root._id,
    targetName: root.name,
    unitId: root._id,
    unitPath: root.path,
    detail: { rows: file.rows },
    at: new Date(ctx.now),
  })
  return file
}
