// The authorization matrix: every action in the registry × every kind of caller × a target inside and
// outside the caller's scope, each cell on a fresh copy of the demo world. What each caller may do is
// written down here independently of the server code (who holds which role where), and compared with
// what each action declares in types/. A cell the declaration forbids must be refused with an AUTH
// code and leave the database byte-for-byte unchanged; a cell it allows must not be refused by the
// access layer. A new action without a fixture here fails the suite.
import type { Access } from '../../types/contract'
import { actionNames, actions, type ActionName } from '../../types/actions/index'
import type { Role } from '../../types/roles'
import { seedDemo } from '../../cloudfunctions/local/seed/demo'
import { startTestCloud, type TestCloud } from '../../cloudfunctions/local/testing'
import { ideaDoc } from '../../cloudfunctions/test/fixtures/ideas'
import { noticeFixtures, seedMatrixNotices } from './matrix-notices'

type Target = 'A' | 'B'

/** Where the two targets sit: A under 经开区工会, B under 卫计局工会. */
const PATHS: Record<string, string[]> = {
  'u-city': ['u-city'],
  'u-jkq': ['u-city', 'u-jkq'],
  'u-jkq-jixie': ['u-city', 'u-jkq', 'u-jkq-jixie'],
  'u-health': ['u-city', 'u-health'],
  'u-health-renmin': ['u-city', 'u-health', 'u-health-renmin'],
}
const UNIT: Record<Target, string> = { A: 'u-jkq-jixie', B: 'u-health-renmin' }
const AREA: Record<Target, string> = { A: 'u-jkq', B: 'u-health' }

interface Persona {
  openid?: string
  /** Roles held and where (a worker on their own unit); none for a person without a profile. */
  grants: Array<[Role, string]>
}

const PERSONAS: Record<string, Persona> = {
  anonymous: { grants: [] },
  newcomer: { openid: 'matrix-newcomer', grants: [] },
  worker_A: { openid: 'demo-worker', grants: [['worker', 'u-jkq-jixie']] },
  worker_B: { openid: 'demo-worker-2', grants: [['worker', 'u-health-renmin']] },
  unit_chair_A: {
    openid: 'demo-unit-chair',
    grants: [
      ['worker', 'u-jkq-jixie'],
      ['unit_chair', 'u-jkq-jixie'],
    ],
  },
  unit_chair_B: {
    openid: 'matrix-chair-b',
    grants: [
      ['worker', 'u-health-renmin'],
      ['unit_chair', 'u-health-renmin'],
    ],
  },
  area_chair_A: {
    openid: 'demo-area-chair',
    grants: [
      ['worker', 'u-jkq'],
      ['area_chair', 'u-jkq'],
    ],
  },
  area_chair_B: {
    openid: 'matrix-area-b',
    grants: [
      ['worker', 'u-health'],
      ['area_chair', 'u-health'],
    ],
  },
  judge: {
    openid: 'demo-judge',
    grants: [
      ['worker', 'u-kejing-power'],
      ['judge', 'u-city'],
    ],
  },
  city_admin: {
    openid: 'demo-city-admin',
    grants: [
      ['worker', 'u-city'],
      ['city_admin', 'u-city'],
    ],
  },
  care_officer: {
    openid: 'matrix-care-officer',
    grants: [
      ['worker', 'u-city'],
      ['care_officer', 'u-city'],
    ],
  },
}

interface Fixture {
  /** The unit whose scope decides each target (the addressed unit, or the addressed record's unit). */
  unit?: Record<Target, string>
  input(t: Target): Record<string, unknown>
}

const START = Date.UTC(2027, 3, 20)
const HOUR = 3600000
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
const INVITE_CODE: Record<Target, string> = { A: 'HKQMNPWA', B: 'HKQMNPWB' }
/** A picture in worker A's upload folder (its fileID is known once the world is built). */
const MATRIX_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEUlEQVR4AWM8AQQMQMDEAAUAMKYDJOk+9mYAAAAASUVORK5CYII=', 'base64')
let worksImage = ''
const WORK_FIELDS = { category: '书法', title: '矩阵测试作品', description: '用于权限矩阵测试的作品说明。' }
const IDEA_FIELDS = {
  type: '合理化建议',
  title: '矩阵测试合理化建议',
  problem: '用于权限矩阵测试的问题描述文字。',
  proposal: '用于权限矩阵测试的改进办法文字。',
  benefit: '用于权限矩阵测试的预期效益。',
}

const CARE_VISIT_FIELDS = {
  person: { kind: 'entered', name: '矩阵测试', phone: '13800000000' },
  category: 'hardship',
  difficulties: ['illness'],
  help: [{ kind: 'money', amount: 500 }],
  visitedAt: Date.now() - 86400000,
  visitors: ['矩阵走访人'],
  lawfulBasis: 'writtenConsent',
}

/** Valid input for every action; the target decides which unit or record it addresses. */
const FIXTURES: Record<ActionName, Fixture> = {
  'campaign.home': { input: () => ({}) },
  'campaign.configure': {
    input: () => ({
      campaignId: 'mayday',
      title: '庆“五一”系列活动',
      startAt: START,
      endAt: START + 10 * 86400000,
      summaryDueAt: START + 15 * 86400000,
      goals: { ideas: 1200 },
    }),
  },
  'campaign.dashboard': { unit: AREA, input: (t) => ({ unitId: AREA[t] }) },
  ...noticeFixtures(AREA),
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
  'care.record': { unit: UNIT, input: (t) => ({ unitId: UNIT[t], ...CARE_VISIT_FIELDS }) },
  'care.visits': { unit: UNIT, input: (t) => ({ unitId: UNIT[t], filter: 'all' }) },
  'care.visit': { unit: UNIT, input: (t) => ({ visitId: `matrix-visit-${t}` }) },
  'care.followUp': { unit: UNIT, input: (t) => ({ visitId: `matrix-visit-${t}`, done: true, note: '已回访' }) },
  'care.export': { input: () => ({}) },
  'care.accessLog': { input: () => ({}) },
  'care.verifyLog': { input: () => ({}) },
  'care.retention': { input: () => ({}) },
  'care.setRetention': { input: () => ({ retentionDays: 180 }) },
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
  'honours.commended': { input: () => ({}) },
  'honours.seal': { input: () => ({}) },
  'honours.setSeal': { input: () => ({ file: 'cloud://matrix-env.test/honours/matrix-someone/seal.png' }) },
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
}
const MATRIX_CERT = '2027-0001-KQMN'

/** What the declaration says, worked out from the personas above (not from the server's code). */
function declaredAllowed(access: Access, persona: Persona, unit: string | undefined): boolean {
  if (access.who === 'anyone') return true
  if (!persona.openid) return false
  if (access.who === 'user') return true
  const path = unit ? PATHS[unit] : undefined
  return persona.grants.some(
    ([role, at]) => access.roles.includes(role) && (access.scope.kind === 'self' || access.scope.kind === 'anywhere' || (path ?? []).includes(at)),
  )
}

const DENIALS = new Set(['AUTH.NO_IDENTITY', 'AUTH.PROFILE_REQUIRED', 'AUTH.FORBIDDEN', 'AUTH.OUT_OF_SCOPE'])

let cloud: TestCloud
const NOW = Date.now()

async function freshWorld(): Promise<void> {
  await cloud.db.clear()
  await seedDemo(cloud.db, NOW)
  const person = (openid: string, realName: string, unitId: string | null, roles: Array<{ role: string; unitId: string }>) => ({
    _id: `user-${openid}`,
    _openid: openid,
    nickname: realName,
    realName,
    job: '',
    employeeNo: '',
    ...(unitId ? { unitId, unitPath: PATHS[unitId], joinedAt: new Date(NOW), profileCompletedAt: new Date(NOW) } : {}),
    roles: roles.map((r) => ({ ...r, grantedAt: new Date(NOW), grantedBy: 'matrix' })),
    createdAt: new Date(NOW),
    updatedAt: new Date(NOW),
  })
  await cloud.db.insertMany('users', [
    person('matrix-chair-b', '周主席', 'u-health-renmin', [{ role: 'unit_chair', unitId: 'u-health-renmin' }]),
    person('matrix-area-b', '吴主席', 'u-health', [{ role: 'area_chair', unitId: 'u-health' }]),
    person('matrix-applicant-A', '郑申请', null, []),
    person('matrix-applicant-B', '冯申请', null, []),
    person('matrix-care-officer', '卫专员', 'u-city', [{ role: 'care_officer', unitId: 'u-city' }]),
  ])
  // a care visit in each target unit (written as the care function writes them)
  await cloud.db.insertMany(
    'care_visits',
    (['A', 'B'] as Target[]).map((t) => ({
      _id: `matrix-visit-${t}`,
      campaignId: 'mayday',
      unitId: UNIT[t],
      unitName: '',
      unitPath: PATHS[UNIT[t]],
      person: { kind: 'entered', name: '矩阵对象', phone: '13900000000' },
      category: 'hardship',
      difficulties: ['illness'],
      note: '',
      help: [{ kind: 'money', amount: 500, detail: '' }],
      visitedAt: new Date(NOW - 86400000),
      visitors: ['矩阵走访人'],
      followUpAt: new Date(NOW + 86400000),
      followUpOpen: true,
      followUpDoneAt: null,
      followUpNote: '',
      lawfulBasis: 'writtenConsent',
      counted: true,
      recordedById: 'matrix',
      recordedByName: '矩阵',
      createdAt: new Date(NOW),
      updatedAt: new Date(NOW),
      anonymisedAt: null,
    })),
  )
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
  await seedMatrixNotices(cloud, AREA, PATHS, NOW)
  // a published competition in each target unit, each with one pending sign-up by a worker there
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
  const worker: Record<Target, { id: string; name: string }> = { A: { id: 'user-demo-worker', name: '张三' }, B: { id: 'user-demo-worker-2', name: '李四' } }
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
  // works: in each target unit one waiting for its unit chair, one sent up to the area union, one in
  // the exhibition; and a draft of worker A. The image worker A's submission names is put back each
  // time (a submission moves it into the work's folder).
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
  // ideas: one waiting for its unit chair in each target unit; worker A's draft; at the city one
  // forwarded, one with a panel of demo-judge and a second judge (scored twice by others), one adopted
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
  await seedHonours(NOW)
}

/** Honours: in each target unit a nomination at its area union; one on an open notice, an objection to it, a certificate. */
async function seedHonours(now: number): Promise<void> {
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

/** The care access log and its head: written on every care call, refused ones too (compared separately). */
const withoutCareLog = (dump: Record<string, Array<Record<string, unknown>>>) => {
  const { care_access_log: _log, ...rest } = dump
  return { ...rest, care_state: (rest.care_state ?? []).filter((d) => d._id !== 'log-head') }
}

interface Cell {
  action: ActionName
  persona: string
  target: Target | '-'
  allowed: boolean
  outcome: string
  violation: string | null
}

beforeAll(async () => {
  cloud = await startTestCloud()
})
afterAll(() => cloud.stop())

test('every action in the registry has a matrix fixture', () => {
  const missing = actionNames.filter((n) => !FIXTURES[n])
  expect(missing).toEqual([])
  expect(Object.keys(FIXTURES).sort()).toEqual([...actionNames].sort())
})

test('no cell lets through a call its declaration forbids, nor blocks one it allows', async () => {
  const cells: Cell[] = []
  for (const action of actionNames) {
    const fixture = FIXTURES[action]
    const access = actions[action].access as Access
    const targets: Array<Target | '-'> = fixture.unit ? ['A', 'B'] : ['-']
    for (const [name, persona] of Object.entries(PERSONAS)) {
      for (const target of targets) {
        await freshWorld()
        const t = target === '-' ? 'A' : target
        const unit = fixture.unit ? fixture.unit[t] : undefined
        const allowed = declaredAllowed(access, persona, unit)
        const before = JSON.stringify(withoutCareLog(cloud.db.dump()))
        const logBefore = (cloud.db.dump().care_access_log ?? []).length
        const res = await cloud.raw(action.split('.')[0], { action, input: fixture.input(t) }, persona.openid ? { OPENID: persona.openid } : {})
        const changed = JSON.stringify(withoutCareLog(cloud.db.dump())) !== before
        // the care function logs every call, refused ones included: one entry, with the answer's code
        const logAdded = (cloud.db.dump().care_access_log ?? []).slice(logBefore)
        const outcome = res.ok ? 'ok' : res.error.code
        let violation: string | null = null
        if (!allowed && (res.ok || !DENIALS.has(res.error.code))) violation = `forbidden but answered ${outcome}`
        else if (!allowed && changed) violation = 'forbidden but the database changed'
        else if (action.startsWith('care.') && !res.ok && (logAdded.length !== 1 || logAdded[0].outcome !== res.error.code))
          violation = 'refused care call not logged'
        else if (!action.startsWith('care.') && logAdded.length > 0) violation = 'another function wrote the care log'
        else if (allowed && !res.ok && DENIALS.has(res.error.code)) violation = `allowed but refused with ${outcome}`
        else if (!res.ok && res.error.code === 'COMMON.VALIDATION') violation = 'fixture input is invalid'
        cells.push({ action, persona: name, target, allowed, outcome, violation })
      }
    }
  }
  const forbiddenLetThrough = cells.filter((c) => !c.allowed && c.violation)
  const allowedBlocked = cells.filter((c) => c.allowed && c.violation)
  const summary = actionNames.map((a) => {
    const mine = cells.filter((c) => c.action === a)
    return `${a.padEnd(22)} cells ${String(mine.length).padStart(3)}  allowed ${String(mine.filter((c) => c.allowed).length).padStart(3)}  refused ${String(mine.filter((c) => !c.allowed).length).padStart(3)}  violations ${mine.filter((c) => c.violation).length}`
  })
  console.log(
    [
      `authorization matrix: ${cells.length} cells, ${actionNames.length} actions × ${Object.keys(PERSONAS).length} callers × inside/outside scope`,
      `allowed calls the rules forbid: ${forbiddenLetThrough.length}; allowed calls refused by access: ${allowedBlocked.length}`,
      ...summary,
    ].join('\n'),
  )
  expect(forbiddenLetThrough.map((c) => `${c.action} as ${c.persona} on ${c.target}: ${c.violation}`)).toEqual([])
  expect(allowedBlocked.map((c) => `${c.action} as ${c.persona} on ${c.target}: ${c.violation}`)).toEqual([])
  // both sides of the matrix are exercised
  expect(cells.filter((c) => c.allowed && c.outcome === 'ok').length).toBeGreaterThan(50)
  expect(cells.filter((c) => !c.allowed).length).toBeGreaterThan(150)
}, 240000)
