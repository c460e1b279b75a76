// The authorization matrix's fixtures for works.*: in each target unit one work waiting for its
// unit chair, one sent up to the area union, one in the exhibition; and a draft of worker A.
import type { TestCloud } from '../../cloudfunctions/local/testing'
import type { ActionName } from '../../types/actions/index'
import { AREA, NOW, PATHS, UNIT, WORKER, type Fixture, type Target } from './matrix-world'

/** A picture in worker A's upload folder (its fileID is known once the world is built). */
const MATRIX_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEUlEQVR4AWM8AQQMQMDEAAUAMKYDJOk+9mYAAAAASUVORK5CYII=', 'base64')
let worksImage = ''
const WORK_FIELDS = { category: '书法', title: '矩阵测试作品', description: '用于权限矩阵测试的作品说明。' }

export const worksFixtures = {
  'works.gallery': { input: () => ({}) },
  'works.detail': { input: () => ({ workId: 'matrix-exhibit-A' }) },
  'works.like': { input: () => ({ workId: 'matrix-exhibit-A' }) },
  'works.unlike': { input: () => ({ workId: 'matrix-exhibit-A' }) },
  'works.saveDraft': { input: () => ({ title: '矩阵测试草稿', description: '', images: [] }) },
  'works.submit': { input: () => ({ ...WORK_FIELDS, images: [worksImage] }) },
  'works.deleteDraft': { input: () => ({ workId: 'matrix-draft-A' }) },
  'works.myWorks': { input: () => ({}) },
  'works.myWork': { input: () => ({ workId: 'matrix-draft-A' }) },
  'works.reviewQueue': { unit: UNIT, input: (t) => ({ unitId: UNIT[t] }) },
  'works.reviewHistory': { unit: UNIT, input: (t) => ({ unitId: UNIT[t] }) },
  'works.recommend': { unit: UNIT, input: (t) => ({ workId: `matrix-work-${t}` }) },
  'works.reject': { unit: UNIT, input: (t) => ({ workId: `matrix-work-${t}`, reason: '不符合征集要求' }) },
  'works.selectionPool': { input: () => ({}) },
  'works.select': { unit: UNIT, input: (t) => ({ workId: `matrix-pool-${t}` }) },
  'works.withdrawSelection': { unit: UNIT, input: (t) => ({ workId: `matrix-exhibit-${t}` }) },
} satisfies Partial<Record<ActionName, Fixture>>

export async function seedMatrixWorks(cloud: TestCloud): Promise<void> {
  const worker = WORKER
  // The image worker A's submission names is put back each time (a submission moves it into the
  // work's folder).
  worksImage = await cloud.storage.putFromClient('works/user-demo-worker/matrix-image.png', MATRIX_PNG)
  const work = (id: string, t: Target, status: string, extra: Record<string, unknown> = {}) => ({
    _id: id,
    _openid: t === 'A' ? 'demo-worker' : 'demo-worker-2',
    campaignId: 'mayday',
    authorId: worker[t].id,
    authorName: worker[t].name,
    unitId: UNIT[t],
    unitPath: PATHS[UNIT[t]],
    category: '摄影',
    title: '矩阵测试作品',
    description: '用于权限矩阵测试的作品说明。',
    images: [],
    status,
    passed: 0,
    flagged: false,
    reviewUnitId: UNIT[t],
    passes: 0,
    reason: '',
    steps: [],
    likeCount: 0,
    submittedAt: new Date(NOW),
    createdAt: new Date(NOW),
    updatedAt: new Date(NOW),
    ...extra,
  })
  await cloud.db.insertMany('works', [
    ...(['A', 'B'] as Target[]).flatMap((t) => [
      work(`matrix-work-${t}`, t, 'reviewing'),
      work(`matrix-pool-${t}`, t, 'reviewing', { reviewUnitId: AREA[t], passes: 1 }),
      work(`matrix-exhibit-${t}`, t, 'exhibited', { reviewUnitId: 'u-city', passes: 2, exhibitedAt: new Date(NOW) }),
    ]),
    work('matrix-draft-A', 'A', 'draft', { reviewUnitId: null }),
  ])
}
