// org.exportMembers through the real function entry: a subtree's members decoded from the .xlsx (name,
// unit, job, joined: nothing more), people without a completed profile left out, each export audited.
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { codeOf, must, readExport } from '../../../test/read-export'

let cloud: TestCloud
const NOW = Date.now()

beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemo(cloud.db, NOW)
  const person = (id: string, realName: string, unitId: string, unitPath: string[], complete = true) => ({
    _id: `user-${id}`,
    _openid: id,
    nickname: realName,
    realName,
    job: '装配钳工',
    employeeNo: 'E-0099',
    unitId,
    unitPath,
    joinedAt: new Date(NOW),
    roles: [{ role: 'worker', unitId, grantedAt: new Date(NOW), grantedBy: 'test' }],
    ...(complete ? { profileCompletedAt: new Date(NOW) } : {}),
    createdAt: new Date(NOW),
    updatedAt: new Date(NOW),
  })
  await cloud.db.insertMany('users', [
    person('m-dianzi', '周电子', 'u-jkq-dianzi', ['u-city', 'u-jkq', 'u-jkq-dianzi']),
    person('m-half', '半填', 'u-jkq-dianzi', ['u-city', 'u-jkq', 'u-jkq-dianzi'], false),
    person('m-renmin', '吴医生', 'u-health-renmin', ['u-city', 'u-health', 'u-health-renmin']),
  ])
})
afterAll(async () => {
  await cloud.stop()
})

test('an industry union: members of its subtree by unit, with name, unit, job and joining date only; audited', async () => {
  const file = must(await cloud.call('org.exportMembers', { unitId: 'u-jkq' }, { OPENID: 'demo-area-chair' }))
  const rows = readExport(cloud, file)
  expect(rows[0]).toEqual(['序号', '姓名', '单位', '职务/岗位', '入会日期'])
  const names = rows.slice(1).map((r) => r[1])
  expect(names).toEqual(expect.arrayContaining(['张三', '王五', '赵六', '周电子']))
  expect(names).not.toContain('半填')
  expect(names).not.toContain('吴医生')
  expect(names).not.toContain('李四')
  expect(rows.find((r) => r[1] === '周电子')!.slice(2, 4)).toEqual(['湘江电子科技有限公司工会', '装配钳工'])
  expect(rows.flat().join()).not.toContain('E-0099')
  expect(file.rows).toBe(rows.length - 1)
  const log = cloud.db.dump().audit_log!.filter((e) => e.action === 'org.exportMembers')
  expect(log).toEqual([expect.objectContaining({ actorId: 'user-demo-area-chair', targetId: 'u-jkq', detail: { rows: file.rows } })])
})

test('a unit chair exports their unit only; other subtrees and workers are refused, and nothing is logged for them', async () => {
  const rows = readExport(cloud, must(await cloud.call('org.exportMembers', { unitId: 'u-jkq-jixie' }, { OPENID: 'demo-unit-chair' })))
  expect(rows.slice(1).every((r) => r[2] === '华中机械制造有限公司工会')).toBe(true)
  const before = cloud.db.dump().audit_log!.length
  expect(codeOf(await cloud.call('org.exportMembers', { unitId: 'u-jkq-dianzi' }, { OPENID: 'demo-unit-chair' }))).toBe('AUTH.OUT_OF_SCOPE')
  expect(codeOf(await cloud.call('org.exportMembers', { unitId: 'u-health' }, { OPENID: 'demo-area-chair' }))).toBe('AUTH.OUT_OF_SCOPE')
  expect(codeOf(await cloud.call('org.exportMembers', { unitId: 'u-jkq-jixie' }, { OPENID: 'demo-worker' }))).toBe('AUTH.FORBIDDEN')
  expect(cloud.db.dump().audit_log!.length).toBe(before)
})
