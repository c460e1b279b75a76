// The authorization matrix's fixtures for people.* and org.*, and the people, join requests and
// invite codes they address.
import type { TestCloud } from '../../cloudfunctions/local/testing'
import type { ActionName } from '../../types/actions/index'
import { AREA, NOW, PATHS, UNIT, person, type Fixture, type Target } from './matrix-world'

const INVITE_CODE: Record<Target, string> = { A: 'HKQMNPWA', B: 'HKQMNPWB' }

export const orgFixtures = {
  'people.me': { input: () => ({}) },
  'people.saveProfile': { input: () => ({ nickname: '小明', realName: '王小明' }) },
  'people.agreePrivacy': { input: () => ({ version: '2026-11-01' }) },
  'people.joinByInvite': { input: () => ({ code: INVITE_CODE.A }) },
  'people.requestJoin': { input: () => ({ unitId: UNIT.A }) },
  'people.cancelJoin': { input: () => ({}) },
  'people.todo': { input: () => ({}) },
  'org.units': { input: () => ({ parentId: AREA.A }) },
  'org.searchUnits': { input: () => ({ keyword: '工会' }) },
  'org.createUnit': { unit: AREA, input: (t) => ({ parentId: AREA[t], name: '矩阵测试新单位工会', type: 'grassroots' }) },
  'org.renameUnit': { unit: UNIT, input: (t) => ({ unitId: UNIT[t], name: '矩阵测试改名工会' }) },
  'org.moveUnit': { unit: UNIT, input: (t) => ({ unitId: UNIT[t], newParentId: AREA[t] }) },
  'org.retireUnit': { unit: UNIT, input: (t) => ({ unitId: UNIT[t] }) },
  'org.members': { unit: UNIT, input: (t) => ({ unitId: UNIT[t] }) },
  'org.removeMember': { unit: UNIT, input: (t) => ({ userId: t === 'A' ? 'user-demo-worker' : 'user-demo-worker-2', reason: '调往其他单位' }) },
  'org.transferMember': {
    unit: UNIT,
    input: (t) => ({
      userId: t === 'A' ? 'user-demo-worker' : 'user-demo-worker-2',
      unitId: t === 'A' ? 'u-jkq-dianzi' : 'u-health-zhongyi',
      reason: '调往其他单位',
    }),
  },
  'org.joinRequests': { unit: UNIT, input: (t) => ({ unitId: UNIT[t] }) },
  'org.decideJoin': { unit: UNIT, input: (t) => ({ requestId: `jr-matrix-applicant-${t}`, approve: true }) },
  'org.createInvite': { unit: UNIT, input: (t) => ({ unitId: UNIT[t], days: 7 }) },
  'org.invites': { unit: UNIT, input: (t) => ({ unitId: UNIT[t] }) },
  'org.revokeInvite': { unit: UNIT, input: (t) => ({ inviteId: `matrix-invite-${t}` }) },
  'org.inviteQr': { unit: UNIT, input: (t) => ({ inviteId: `matrix-invite-${t}` }) },
  'org.grantRole': { unit: UNIT, input: (t) => ({ userId: t === 'A' ? 'user-demo-worker' : 'user-demo-worker-2', role: 'unit_chair', unitId: UNIT[t] }) },
  'org.revokeRole': { unit: UNIT, input: (t) => ({ userId: t === 'A' ? 'user-demo-unit-chair' : 'user-matrix-chair-b', role: 'unit_chair', unitId: UNIT[t] }) },
  'org.roleHolders': { unit: UNIT, input: (t) => ({ unitId: UNIT[t] }) },
  'org.roleHistory': { unit: UNIT, input: (t) => ({ unitId: UNIT[t] }) },
  'org.setupStatus': { input: () => ({}) },
  'org.claimSetup': { input: () => ({ code: 'matrix-setup-code-0123456789', cityName: '矩阵市总工会', realName: '王小明', nickname: '小明' }) },
  'org.importTemplate': { input: () => ({}) },
  'org.previewImport': { input: () => ({ fileId: 'cloud://local.bucket/imports/user-demo-city-admin/matrix.xlsx' }) },
  'org.applyImport': { input: () => ({ fileId: 'cloud://local.bucket/imports/user-demo-city-admin/matrix.xlsx', digest: '0'.repeat(64) }) },
  'org.issueChairInvites': { input: () => ({ days: 7 }) },
  'org.chairInvites': { input: () => ({ page: 1 }) },
  'org.acceptChairInvite': { input: () => ({ code: 'HKQMNPWC' }) },
} satisfies Partial<Record<ActionName, Fixture>>

export async function seedMatrixOrg(cloud: TestCloud): Promise<void> {
  await cloud.db.insertMany('users', [
    person('matrix-chair-b', '周主席', 'u-health-renmin', [{ role: 'unit_chair', unitId: 'u-health-renmin' }]),
    person('matrix-area-b', '吴主席', 'u-health', [{ role: 'area_chair', unitId: 'u-health' }]),
    person('matrix-applicant-A', '郑申请', null, []),
    person('matrix-applicant-B', '冯申请', null, []),
    person('matrix-care-officer', '卫专员', 'u-city', [{ role: 'care_officer', unitId: 'u-city' }]),
  ])
  await cloud.db.insertMany(
    'join_requests',
    (['A', 'B'] as Target[]).map((t) => ({
      _id: `jr-matrix-applicant-${t}`,
      userId: `user-matrix-applicant-${t}`,
      unitId: UNIT[t],
      unitPath: PATHS[UNIT[t]],
      status: 'pending',
      requestedAt: new Date(NOW),
    })),
  )
  await cloud.db.insertMany(
    'invites',
    (['A', 'B'] as Target[]).map((t) => ({
      _id: `matrix-invite-${t}`,
      code: INVITE_CODE[t],
      unitId: UNIT[t],
      unitPath: PATHS[UNIT[t]],
      createdBy: 'matrix',
      createdAt: new Date(NOW),
      expiresAt: new Date(NOW + 7 * 86400000),
      uses: 0,
    })),
  )
}
