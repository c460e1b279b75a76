// The authorization matrix's fixtures for ideas.*: one idea waiting for its unit chair in each
// target unit; worker A's draft; at the city one forwarded, one with a panel of demo-judge and a
// second judge (scored twice by others), one adopted.
import type { TestCloud } from '../../cloudfunctions/local/testing'
import type { ActionName } from '../../types/actions/index'
import { ideaDoc } from '../../cloudfunctions/test/fixtures/ideas'
import { NOW, PATHS, UNIT, WORKER, person, type Fixture, type Target } from './matrix-world'

const IDEA_FIELDS = {
  type: '合理化建议',
  title: '矩阵测试合理化建议',
  problem: '用于权限矩阵测试的问题描述文字。',
  proposal: '用于权限矩阵测试的改进办法文字。',
  benefit: '用于权限矩阵测试的预期效益。',
}

export const ideasFixtures = {
  'ideas.showcase': { input: () => ({}) },
  'ideas.showcaseDetail': { input: () => ({ ideaId: 'matrix-idea-adopted' }) },
  'ideas.saveDraft': { input: () => ({ title: '矩阵测试草稿' }) },
  'ideas.submit': { input: () => ({ ...IDEA_FIELDS }) },
  'ideas.discardDraft': { input: () => ({ ideaId: 'matrix-idea-draft' }) },
  'ideas.mine': { input: () => ({}) },
  'ideas.myDetail': { input: () => ({ ideaId: 'matrix-idea-A' }) },
  'ideas.similar': { input: () => ({ title: '空压机余热回收' }) },
  'ideas.findCoAuthor': { input: () => ({ realName: '王五' }) },
  'ideas.reviewQueue': { unit: UNIT, input: (t) => ({ unitId: UNIT[t] }) },
  'ideas.reviewDetail': { unit: UNIT, input: (t) => ({ ideaId: `matrix-idea-${t}` }) },
  'ideas.decide': { unit: UNIT, input: (t) => ({ ideaId: `matrix-idea-${t}`, decision: 'return', reason: '请补充预计效益' }) },
  'ideas.judgeQueue': { input: () => ({}) },
  'ideas.judgeDetail': { input: () => ({ ideaId: 'matrix-idea-judged' }) },
  'ideas.score': { input: () => ({ ideaId: 'matrix-idea-judged', innovation: 7, feasibility: 6, benefit: 8, comment: '矩阵测试评语' }) },
  'ideas.judges': { input: () => ({}) },
  'ideas.panels': { input: () => ({}) },
  'ideas.savePanel': { input: () => ({ name: '矩阵测试评审组', judgeIds: ['user-demo-judge', 'user-matrix-judge-2'] }) },
  'ideas.cityQueue': { input: () => ({}) },
  'ideas.cityDetail': { input: () => ({ ideaId: 'matrix-idea-A' }) },
  'ideas.assign': { input: () => ({ ideaIds: ['matrix-idea-forwarded'], panelId: 'matrix-panel' }) },
  'ideas.adopt': { input: () => ({ ideaId: 'matrix-idea-judged', award: '三等奖' }) },
  'ideas.decline': { input: () => ({ ideaId: 'matrix-idea-forwarded', reason: '暂不具备实施条件' }) },
  'ideas.setImplemented': { input: () => ({ ideaId: 'matrix-idea-adopted', implemented: true }) },
  'ideas.merge': { input: () => ({ ideaId: 'matrix-idea-forwarded', intoId: 'matrix-idea-judged' }) },
} satisfies Partial<Record<ActionName, Fixture>>

export async function seedMatrixIdeas(cloud: TestCloud): Promise<void> {
  const worker = WORKER
  await cloud.db.insertMany(
    'users',
    [person('matrix-judge-2', '陈专家', 'u-kejing-power', [{ role: 'judge', unitId: 'u-city' }])].map((u) => ({
      ...u,
      unitPath: ['u-city', 'u-kejing', 'u-kejing-power'],
    })),
  )
  const ideaAuthor = (t: Target) => ({
    userId: worker[t].id,
    openid: t === 'A' ? 'demo-worker' : 'demo-worker-2',
    realName: worker[t].name,
    unitId: UNIT[t],
    unitPath: PATHS[UNIT[t]],
  })
  const ideaText = { title: IDEA_FIELDS.title, problem: IDEA_FIELDS.problem, proposal: IDEA_FIELDS.proposal }
  await cloud.db.insertMany('idea_panels', [
    {
      _id: 'matrix-panel',
      name: '矩阵评审组',
      judgeIds: ['user-demo-judge', 'user-matrix-judge-2'],
      createdBy: 'matrix',
      createdAt: new Date(NOW),
      updatedAt: new Date(NOW),
    },
  ])
  await cloud.db.insertMany('ideas', [
    ...(['A', 'B'] as Target[]).map((t) => ({ ...ideaDoc(ideaAuthor(t), ideaText, 'submitted', NOW), _id: `matrix-idea-${t}` })),
    { ...ideaDoc(ideaAuthor('A'), ideaText, 'draft', NOW), _id: 'matrix-idea-draft' },
    { ...ideaDoc(ideaAuthor('B'), ideaText, 'forwarded', NOW), _id: 'matrix-idea-forwarded' },
    {
      ...ideaDoc(ideaAuthor('B'), ideaText, 'reviewing', NOW, {
        panelId: 'matrix-panel',
        assignedAt: new Date(NOW),
        score: { count: 2, sum: 140, min: 60, max: 80, mean: 70 },
        scoredBy: ['user-matrix-judge-2', 'user-matrix-judge-3'],
      }),
      _id: 'matrix-idea-judged',
    },
    { ...ideaDoc(ideaAuthor('A'), ideaText, 'adopted', NOW, { award: '二等奖', awardRank: 2, adoptedAt: new Date(NOW) }), _id: 'matrix-idea-adopted' },
  ] as unknown as Array<Record<string, unknown>>)
}
