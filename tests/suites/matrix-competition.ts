// The authorization matrix's fixtures for competition.*: a published competition in each target
// unit, each with one pending sign-up by the worker there.
import type { TestCloud } from '../../cloudfunctions/local/testing'
import type { ActionName } from '../../types/actions/index'
import { HOUR, NOW, PATHS, UNIT, WORKER, type Fixture, type Target } from './matrix-world'

const COMPETITION_FIELDS = {
  title: '矩阵测试技能比武',
  category: '技能比武',
  description: '用于权限矩阵测试的竞赛说明文字。',
  place: '职工技能实训中心',
  signupStartAt: Date.now() - HOUR,
  signupEndAt: Date.now() + HOUR,
  eventStartAt: Date.now() + 2 * HOUR,
  eventEndAt: Date.now() + 3 * HOUR,
  capacity: 10,
  mode: 'individual',
  eligibility: 'subtree',
  needsApproval: true,
}

export const competitionFixtures = {
  'competition.list': { input: () => ({ filter: 'all' }) },
  'competition.detail': { input: () => ({ competitionId: 'matrix-comp-A' }) },
  'competition.manageList': { unit: UNIT, input: (t) => ({ unitId: UNIT[t] }) },
  'competition.create': { unit: UNIT, input: (t) => ({ organizerUnitId: UNIT[t], ...COMPETITION_FIELDS }) },
  'competition.update': { unit: UNIT, input: (t) => ({ competitionId: `matrix-comp-${t}`, ...COMPETITION_FIELDS }) },
  'competition.publish': { unit: UNIT, input: (t) => ({ competitionId: `matrix-comp-${t}` }) },
  'competition.closeSignup': { unit: UNIT, input: (t) => ({ competitionId: `matrix-comp-${t}` }) },
  'competition.cancel': { unit: UNIT, input: (t) => ({ competitionId: `matrix-comp-${t}`, reason: '场地维修' }) },
  'competition.publishResults': {
    unit: UNIT,
    input: (t) => ({ competitionId: `matrix-comp-${t}`, results: [{ signupId: `matrix-signup-${t}`, rank: 1, award: '一等奖' }] }),
  },
  'competition.signup': { input: () => ({ competitionId: 'matrix-comp-A' }) },
  'competition.teammates': { input: () => ({ competitionId: 'matrix-comp-A' }) },
  'competition.withdraw': { input: () => ({ competitionId: 'matrix-comp-A' }) },
  'competition.mySignups': { input: () => ({}) },
  'competition.ticket': { input: () => ({ competitionId: 'matrix-comp-A' }) },
  'competition.signups': { unit: UNIT, input: (t) => ({ competitionId: `matrix-comp-${t}` }) },
  'competition.decide': { unit: UNIT, input: (t) => ({ competitionId: `matrix-comp-${t}`, signupIds: [`matrix-signup-${t}`], approve: true }) },
  'competition.checkIn': { unit: UNIT, input: (t) => ({ competitionId: `matrix-comp-${t}`, code: t === 'A' ? 'AAAAAA' : 'BBBBBB' }) },
  'competition.export': { unit: UNIT, input: (t) => ({ competitionId: `matrix-comp-${t}` }) },
  'competition.areaProgress': { input: () => ({}) },
} satisfies Partial<Record<ActionName, Fixture>>

export async function seedMatrixCompetitions(cloud: TestCloud): Promise<void> {
  await cloud.db.insertMany(
    'competitions',
    (['A', 'B'] as Target[]).map((t) => ({
      _id: `matrix-comp-${t}`,
      campaignId: 'mayday',
      organizerUnitId: UNIT[t],
      unitPath: PATHS[UNIT[t]],
      ...COMPETITION_FIELDS,
      signupStartAt: new Date(COMPETITION_FIELDS.signupStartAt),
      signupEndAt: new Date(COMPETITION_FIELDS.signupEndAt),
      eventStartAt: new Date(COMPETITION_FIELDS.eventStartAt),
      eventEndAt: new Date(COMPETITION_FIELDS.eventEndAt),
      teamMin: 1,
      teamMax: 1,
      status: 'published',
      counts: { taken: 1, accepted: 0, pending: 1, waitlisted: 0 },
      results: [],
      createdBy: 'matrix',
      createdAt: new Date(NOW),
      updatedAt: new Date(NOW),
      publishedAt: new Date(NOW),
    })),
  )
  const worker = WORKER
  await cloud.db.insertMany(
    'signups',
    (['A', 'B'] as Target[]).map((t) => ({
      _id: `matrix-signup-${t}`,
      competitionId: `matrix-comp-${t}`,
      userId: worker[t].id,
      realName: worker[t].name,
      unitId: UNIT[t],
      unitName: '',
      unitPath: PATHS[UNIT[t]],
      teamName: '',
      members: [{ userId: worker[t].id, realName: worker[t].name }],
      memberIds: [worker[t].id],
      status: 'pending',
      seq: NOW * 1000,
      ticketCode: t === 'A' ? 'AAAAAA' : 'BBBBBB',
      createdAt: new Date(NOW),
      updatedAt: new Date(NOW),
    })),
  )
  await cloud.db.insertMany(
    'signup_keys',
    (['A', 'B'] as Target[]).map((t) => ({
      _id: `matrix-comp-${t}:${worker[t].id}`,
      competitionId: `matrix-comp-${t}`,
      userId: worker[t].id,
      signupId: `matrix-signup-${t}`,
    })),
  )
}
