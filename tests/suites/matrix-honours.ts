// The authorization matrix's fixtures for honours.*: in each target unit a nomination at its area
// union; one on an open notice, an objection to it, a certificate; stories published and in review.
import type { TestCloud } from '../../cloudfunctions/local/testing'
import type { ActionName } from '../../types/actions/index'
import { AREA, HOUR, PATHS, UNIT, type Fixture, type Target } from './matrix-world'

const MATRIX_CERT = '2027-0001-KQMN'

export const honoursFixtures = {
  'honours.notice': { input: () => ({}) },
  'honours.verify': { input: () => ({ number: MATRIX_CERT }) },
  'honours.object': { input: () => ({ nominationId: 'matrix-hon-noticed', reason: '用于权限矩阵测试的异议理由' }) },
  'honours.mine': { input: () => ({}) },
  'honours.certificate': { input: () => ({ number: MATRIX_CERT }) },
  'honours.confirmConsent': { input: () => ({ nominationId: 'matrix-hon-A' }) },
  'honours.quotas': { unit: UNIT, input: (t) => ({ unitId: UNIT[t] }) },
  'honours.setQuotas': { input: () => ({ rows: [{ unitId: 'u-jkq', quota: 3 }] }) },
  'honours.splitQuota': { unit: UNIT, input: (t) => ({ unitId: UNIT[t], quota: 1 }) },
  'honours.nominations': { unit: UNIT, input: (t) => ({ unitId: UNIT[t] }) },
  'honours.saveNomination': { unit: UNIT, input: (t) => ({ unitId: UNIT[t], submit: false, nomineeName: '矩阵测试' }) },
  'honours.decide': { unit: UNIT, input: (t) => ({ nominationId: `matrix-hon-${t}`, decision: 'return', reason: '请补充事迹材料' }) },
  'honours.publishNotice': { input: () => ({}) },
  'honours.objections': { input: () => ({}) },
  'honours.resolveObjection': { input: () => ({ objectionId: 'matrix-objection', upheld: false, resolution: '经核实不成立' }) },
  'honours.commend': { input: () => ({}) },
  'honours.seal': { input: () => ({}) },
  'honours.setSeal': { input: () => ({ file: 'cloud://matrix-env.test/honours/matrix-someone/seal.png' }) },
  'honours.commended': { input: () => ({}) },
  'honours.revokeCertificate': { input: () => ({ number: MATRIX_CERT, reason: '矩阵测试撤销' }) },
  'honours.stories': { input: () => ({}) },
  'honours.story': { input: () => ({ storyId: 'story-matrix' }) },
  'honours.likeStory': { input: () => ({ storyId: 'story-matrix' }) },
  'honours.cityStories': { input: () => ({}) },
  'honours.saveStory': {
    input: () => ({
      nominationId: 'matrix-hon-commended',
      title: '矩阵测试故事',
      lead: '用于权限矩阵测试的导语',
      blocks: [{ kind: 'paragraph', text: '矩阵测试段落' }],
      submit: false,
    }),
  },
  'honours.reviewStory': { input: () => ({ storyId: 'story-matrix-review', publish: false, reason: '请补充' }) },
} satisfies Partial<Record<ActionName, Fixture>>

/** Honours: in each target unit a nomination at its area union; one on an open notice, an objection to it, a certificate. */
export async function seedMatrixHonours(cloud: TestCloud, now: number): Promise<void> {
  const nomination = (id: string, t: Target, status: string, reviewUnitId: string | null) => ({
    _id: id,
    campaignId: 'mayday',
    unitId: UNIT[t],
    unitPath: PATHS[UNIT[t]],
    unitName: '矩阵单位',
    nomineeUserId: t === 'A' ? 'user-demo-worker' : 'user-demo-worker-2',
    nomineeName: t === 'A' ? '张三' : '李四',
    job: '数控车工',
    category: '先进工作者',
    deeds: '用于权限矩阵测试的事迹。',
    photo: null,
    consent: { kind: 'paper', at: new Date(now) },
    status,
    reviewUnitId,
    personKey: null,
    holdsPlace: true,
    reason: '',
    steps: [],
    noticeSeq: 1,
    createdBy: 'matrix',
    submittedAt: new Date(now),
    createdAt: new Date(now),
    updatedAt: new Date(now),
  })
  await cloud.db.insertMany('honour_nominations', [
    ...(['A', 'B'] as Target[]).map((t) => nomination(`matrix-hon-${t}`, t, 'reviewing', AREA[t])),
    { ...nomination('matrix-hon-noticed', 'A', 'noticed', null), nomineeUserId: null, nomineeName: '王明' },
    { ...nomination('matrix-hon-commended', 'B', 'commended', null), nomineeUserId: null, nomineeName: '赵明' },
  ])
  const story = (id: string, status: string) => ({
    _id: id,
    nominationId: 'matrix-hon-commended',
    campaignId: 'mayday',
    name: '赵明',
    unitName: '矩阵单位',
    category: '劳动模范',
    title: '矩阵测试故事',
    lead: '用于权限矩阵测试的导语',
    blocks: [{ kind: 'paragraph', text: '矩阵测试段落' }],
    cover: null,
    checks: {},
    status,
    reason: '',
    likeCount: 0,
    editedBy: 'matrix',
    publishedAt: status === 'published' ? new Date(now) : null,
    createdAt: new Date(now),
    updatedAt: new Date(now),
  })
  await cloud.db.insertMany('honour_stories', [story('story-matrix', 'published'), story('story-matrix-review', 'reviewing')])
  await cloud.db.insertMany('honour_rounds', [
    {
      _id: 'mayday',
      notice: { startAt: new Date(now - HOUR), endAt: new Date(now + 5 * 24 * HOUR), total: 1 },
      noticeSeq: 1,
      certSeq: 1,
      issuer: '',
      updatedAt: new Date(now),
    },
  ])
  await cloud.db.insertMany('honour_objections', [
    {
      _id: 'matrix-objection',
      nominationId: 'matrix-hon-noticed',
      objectorOpenid: 'demo-worker-2',
      reason: '用于权限矩阵测试的异议',
      status: 'open',
      resolution: '',
      createdAt: new Date(now),
    },
  ])
  await cloud.db.insertMany('certificates', [
    {
      _id: MATRIX_CERT,
      nominationId: 'matrix-hon-commended',
      campaignId: 'mayday',
      name: '赵明',
      category: '劳动模范',
      issuer: '市总工会',
      issuedAt: new Date(now),
      status: 'valid',
      revokedReason: '',
    },
  ])
}
