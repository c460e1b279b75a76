// The authorization matrix: every action in the registry × every kind of caller × a target inside and
// outside the caller's scope, each cell on a fresh copy of the demo world. What each caller may do is
// written down here independently of the server code (who holds which role where), and compared with
// what each action declares in types/. A cell the declaration forbids must be refused with an AUTH
// code and leave the database byte-for-byte unchanged; a cell it allows must not be refused by the
// access layer. A new action without a fixture here fails the suite.
import type { Access } from '../../types/contract'
import { actionNames, actions, type ActionName } from '../../types/actions/index'
import { seedDemo } from '../../cloudfunctions/local/seed/demo'
import { startTestCloud, type TestCloud } from '../../cloudfunctions/local/testing'
import { noticeFixtures, seedMatrixNotices } from './matrix-notices'
import { exportFixtures } from './matrix-exports'
import { reportFixtures, seedMatrixReports } from './matrix-reports'
import { careFixtures, seedMatrixCare, withoutCareLog } from './matrix-care'
import { competitionFixtures, seedMatrixCompetitions } from './matrix-competition'
import { honoursFixtures, seedMatrixHonours } from './matrix-honours'
import { ideasFixtures, seedMatrixIdeas } from './matrix-ideas'
import { orgFixtures, seedMatrixOrg } from './matrix-org'
import { worksFixtures, seedMatrixWorks } from './matrix-works'
import { AREA, NOW, PATHS, PERSONAS, UNIT, type Fixture, type Persona, type Target } from './matrix-world'

const START = Date.UTC(2027, 3, 20)

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
  ...exportFixtures(UNIT, AREA),
  ...reportFixtures(UNIT, AREA),
  ...orgFixtures,
  ...competitionFixtures,
  ...worksFixtures,
  ...ideasFixtures,
  ...careFixtures,
  ...honoursFixtures,
}

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

async function freshWorld(): Promise<void> {
  await cloud.db.clear()
  await seedDemo(cloud.db, NOW)
  await seedMatrixOrg(cloud)
  await seedMatrixCare(cloud)
  await seedMatrixNotices(cloud, AREA, PATHS, NOW)
  await seedMatrixReports(cloud, UNIT, PATHS, NOW)
  await seedMatrixCompetitions(cloud)
  await seedMatrixWorks(cloud)
  await seedMatrixIdeas(cloud)
  await seedMatrixHonours(cloud, NOW)
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
