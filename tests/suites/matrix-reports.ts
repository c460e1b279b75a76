// The authorization matrix's fixtures for unit summary reports (reports.*), and the submitted report each
// target grassroots union has in the matrix's world, kept here so the matrix file stays small.
import type { TestCloud } from '../../cloudfunctions/local/testing'

type Target = 'A' | 'B'
const TARGETS: Target[] = ['A', 'B']
const CAMPAIGN = 'mayday'
const reportId = (unitId: string) => `${CAMPAIGN}:${unitId}`

export const reportFixtures = (unit: Record<Target, string>, area: Record<Target, string>) => ({
  'reports.mine': { unit, input: (t: Target) => ({ unitId: unit[t] }) },
  'reports.save': {
    unit,
    input: (t: Target) => ({ unitId: unit[t], title: '矩阵测试工作总结', body: '用于权限矩阵测试的工作总结正文，写满二十个字以上。', submit: true }),
  },
  'reports.status': { unit: area, input: (t: Target) => ({ unitId: area[t], state: 'missing' }) },
  'reports.read': { unit, input: (t: Target) => ({ unitId: unit[t] }) },
  'reports.decide': { unit, input: (t: Target) => ({ unitId: unit[t], decision: 'return', reason: '请补充活动照片' }) },
  'reports.remind': { unit: area, input: (t: Target) => ({ unitId: area[t] }) },
  'reports.export': { unit: area, input: (t: Target) => ({ unitId: area[t] }) },
})

export async function seedMatrixReports(cloud: TestCloud, unit: Record<Target, string>, paths: Record<string, string[]>, now: number): Promise<void> {
  await cloud.db.insertMany(
    'reports',
    TARGETS.map((t) => ({
      _id: reportId(unit[t]),
      _openid: 'matrix',
      campaignId: CAMPAIGN,
      unitId: unit[t],
      unit: { id: unit[t], name: unit[t], type: 'grassroots' },
      unitPath: paths[unit[t]],
      title: '矩阵测试工作总结',
      body: '用于权限矩阵测试的工作总结正文。',
      photos: [],
      checks: {},
      figures: { members: 0, participants: 0, entries: 0, signups: 0, works: 0, ideas: 0, competitionsHeld: 0 },
      status: 'submitted',
      state: 'submitted',
      late: false,
      firstSubmittedAt: new Date(now),
      submittedAt: new Date(now),
      decidedAt: null,
      decidedBy: null,
      reason: '',
      editedBy: 'matrix',
      createdAt: new Date(now),
      updatedAt: new Date(now),
    })),
  )
}
