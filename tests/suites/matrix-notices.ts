// The authorization matrix's fixtures for notices (campaign.*Notice*), and the notice each target's
// industry union has received in the matrix's world, kept here so the matrix file stays small.
import type { TestCloud } from '../../cloudfunctions/local/testing'

type Target = 'A' | 'B'
const TARGETS: Target[] = ['A', 'B']

export const noticeFixtures = (area: Record<Target, string>) => ({
  'campaign.publishNotice': { unit: area, input: (t: Target) => ({ audienceUnitId: area[t], title: '矩阵测试通知', body: '用于权限矩阵测试的通知正文。' }) },
  'campaign.notices': { input: () => ({}) },
  'campaign.readNotice': { input: () => ({ noticeId: 'matrix-notice-A' }) },
  'campaign.noticeReceipts': { unit: area, input: (t: Target) => ({ noticeId: `matrix-notice-${t}`, unitId: area[t] }) },
})

export async function seedMatrixNotices(cloud: TestCloud, area: Record<Target, string>, paths: Record<string, string[]>, now: number): Promise<void> {
  await cloud.db.insertMany(
    'notices',
    TARGETS.map((t) => ({
      _id: `matrix-notice-${t}`,
      title: '矩阵测试通知',
      body: '通知正文',
      attachments: [],
      audienceUnitId: area[t],
      audience: { id: area[t], name: area[t], type: 'industry' },
      unitPath: paths[area[t]],
      publisher: { id: 'u-city', name: '市总工会', type: 'city' },
      publishedBy: 'matrix',
      publishedAt: new Date(now),
      pinnedUntil: null,
      status: 'published',
    })),
  )
}
