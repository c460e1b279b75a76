// Every action in the registry either reads only (listed here) or has a case in the write table; a new
// action that is in neither fails the bench, so the table cannot silently miss one.
import { actionNames, functionOf, type ActionName, type FunctionName } from '../../types/actions/index'
import { timeoutOf } from '../../cloudfunctions/src/functions/index'
import type { LocalCloud } from '../../cloudfunctions/local/index'
import { record } from '../lib'
import { competitionCases } from './competition'
import { exportCases } from './exports'
import { honoursCases } from './honours'
import { LATENCY_MS, makeEnv, printWriteTable, runCase, type WriteCase, type WriteRow } from './lib'
import { noticeCases } from './notices'
import { peopleOrgCases } from './people-org'
import { reportCases } from './reports'
import { setupCareCases } from './setup-care'
import { worksIdeasCases } from './works-ideas'

/** Actions that write nothing (pages, lists, look-ups). */
export const READ_ONLY: readonly ActionName[] = [
  'campaign.home',
  'campaign.dashboard',
  'campaign.notices',
  'campaign.noticeReceipts',
  'people.me',
  'people.todo',
  'org.units',
  'org.searchUnits',
  'org.members',
  'org.joinRequests',
  'org.invites',
  'org.roleHolders',
  'org.roleHistory',
  'org.setupStatus',
  'competition.list',
  'competition.detail',
  'competition.manageList',
  'competition.teammates',
  'competition.mySignups',
  'competition.ticket',
  'competition.signups',
  'competition.areaProgress',
  'works.gallery',
  'works.detail',
  'works.myWorks',
  'works.myWork',
  'works.reviewQueue',
  'works.selectionPool',
  'works.reviewHistory',
  'ideas.showcase',
  'ideas.showcaseDetail',
  'ideas.mine',
  'ideas.myDetail',
  'ideas.similar',
  'ideas.findCoAuthor',
  'ideas.reviewQueue',
  'ideas.reviewDetail',
  'ideas.judgeQueue',
  'ideas.judgeDetail',
  'ideas.judges',
  'ideas.panels',
  'ideas.cityQueue',
  'ideas.cityDetail',
  'honours.notice',
  'honours.verify',
  'honours.mine',
  'honours.seal',
  'honours.quotas',
  'honours.nominations',
  'honours.objections',
  'honours.stories',
  'honours.story',
  'honours.cityStories',
  'reports.mine',
  'reports.status',
  'reports.read',
  'honours.commended',
]

export const WRITE_CASES: WriteCase[] = [
  ...peopleOrgCases,
  ...noticeCases,
  ...competitionCases,
  ...worksIdeasCases,
  ...honoursCases,
  ...setupCareCases,
  ...exportCases,
  ...reportCases,
]

/** Runs the table (`only`: actions starting with it); answers its rows. */
export async function benchWrites(cloud: LocalCloud, only?: string): Promise<WriteRow[]> {
  const covered = new Set(WRITE_CASES.map((c) => c.action))
  const missing = actionNames.filter((a) => !covered.has(a) && !READ_ONLY.includes(a))
  if (missing.length) throw new Error(`write actions without a bench case: ${missing.join(', ')}`)
  const env = makeEnv(cloud)
  const rows: WriteRow[] = []
  for (const c of WRITE_CASES.filter((x) => !only || x.action.startsWith(only))) {
    const timeoutMs = timeoutOf(functionOf(c.action) as FunctionName) * 1000
    const t = performance.now()
    const row = await runCase(env, c, timeoutMs)
    rows.push(row)
    console.log(`bench: ${c.action} (${c.largest}) p95 ${row.p95.toFixed(0)} ms, case done in ${((performance.now() - t) / 1000).toFixed(1)} s`)
    const key = `write.${c.action}${WRITE_CASES.filter((x) => x.action === c.action).length > 1 ? `[${c.largest}]` : ''}`
    record(`${key}.sequential_round_trips`, row.sequential, 'round trips in a row (max over runs)')
    record(`${key}.round_trips`, row.roundTrips, 'round trips/call (database + storage + openapi)')
    record(`${key}.transactions`, row.transactions, 'transactions/call')
    record(`${key}.p95_ms`, row.p95, `ms at ${LATENCY_MS} ms/round trip (${row.runs} runs)`)
    record(`${key}.timeout_ms`, row.timeoutMs, 'ms (the function’s timeout)')
  }
  return rows
}

export { printWriteTable }
