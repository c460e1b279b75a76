// Write actions of day one (types/actions/setup.ts: claiming the environment, the import sheet of
// IMPORT_MAX_ROWS rows, chair invitations for every unit without a chair), moving a member, and the care
// function (types/actions/care.ts: every field at its maximum; each care call, reads included, appends
// to the access log, so every care action writes).
import ExcelJS from 'exceljs'
import wx from 'wx-server-sdk'
import { IMPORT_COLUMNS, IMPORT_MAX_ROWS, SETUP_CODE_ENV, UNIT_NAME_MAX } from '../../types/actions/setup'
import { CARE_LIMITS as C } from '../../types/entities/care'
import { ORG_LIMITS } from '../../types/limits/people'
import type { Env, WriteCase } from './lib'
import { zh } from './lib'

const sdk = () => wx.database({ throwOnNotFound: false } as Parameters<typeof wx.database>[0])

const CITY = 'demo-city-admin'
const AREA = 'demo-area-chair'
const CHAIR = 'demo-unit-chair'
const UNIT = 'u-jkq-jixie'
const BENCH_CODE = 'bench-setup-code-0123456789'
/** Visits recorded at the same moment in the concurrent case (a union's staff entering a day's visits). */
const AT_ONCE = 30

async function newcomer(env: Env): Promise<{ openid: string; userId: string }> {
  const openid = env.uid('bw-day1')
  const me = (await env.call('people.saveProfile', { nickname: zh(20), realName: '基准新人', job: '', employeeNo: '' }, openid)) as { id: string }
  return { openid, userId: me.id }
}

/** A unit name of exactly UNIT_NAME_MAX characters, distinct per call. */
const unitName = (env: Env, tail: string) => {
  const id =
    env
      .uid('')
      .replace(/[^0-9a-z]/g, '')
      .slice(-8) + tail
  return `${zh(UNIT_NAME_MAX - id.length)}${id}`
}

/** The largest sheet: one new industry union and IMPORT_MAX_ROWS - 1 grassroots unions under it. */
async function largestSheet(env: Env): Promise<string> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('单位')
  ws.addRow([...IMPORT_COLUMNS])
  const parent = unitName(env, 'P')
  ws.addRow([parent, '行业工会', ''])
  for (let i = 1; i < IMPORT_MAX_ROWS; i++) ws.addRow([unitName(env, `g${i}`), '基层工会', parent])
  const bytes = Buffer.from(await wb.xlsx.writeBuffer())
  return env.cloud.storage.putFromClient(`imports/user-${CITY}/${env.uid('sheet')}.xlsx`, bytes)
}

/** Every live chair invitation revoked, so the next round issues one for every unit without a chair. */
async function revokeLiveInvites(): Promise<void> {
  const _ = sdk().command
  await sdk()
    .collection('chair_invites')
    .where({ revokedAt: _.exists(false), usedAt: _.exists(false) })
    .update({ data: { revokedAt: new Date() } })
}

/** The city admin made the city's care officer (once), as the demo does (seed/demo-care.ts). */
let officerGranted = false
async function officer(env: Env): Promise<string> {
  if (!officerGranted) {
    const { data } = (await sdk().collection('users').doc('user-demo-city-admin').get()) as unknown as { data: { roles: Array<{ role: string }> } }
    const roles = data.roles
    if (!roles.some((r) => r.role === 'care_officer'))
      await env.call('org.grantRole', { userId: 'user-demo-city-admin', role: 'care_officer', unitId: 'u-city' }, CITY)
    officerGranted = true
  }
  return CITY
}

async function careVisit(env: Env): Promise<string> {
  const v = (await env.call('care.record', recordInput(env), CHAIR)) as { id: string }
  return v.id
}

const recordInput = (env: Env) => ({
  unitId: UNIT,
  person: { kind: 'entered' as const, name: '欧阳'.padEnd(C.personName.max, '明'), phone: `199${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}` },
  category: 'hardship' as const,
  difficulties: ['illness', 'lowIncome', 'schooling', 'other'] as Array<'illness' | 'lowIncome' | 'schooling' | 'other'>,
  note: zh(C.note.max),
  help: Array.from({ length: C.help.max }, () => ({ kind: 'money' as const, amount: C.amount.max, detail: zh(C.helpDetail.max) })),
  visitedAt: env.now - 86400000,
  visitors: Array.from({ length: C.visitors.max }, () => '王'.padEnd(C.visitorName.max, '五')),
  followUpAt: env.now + 3 * 86400000,
  lawfulBasis: 'writtenConsent' as const,
})

/**
 * As many visits as one export takes: one recorded through the real action, the rest copies of it under
 * new ids (as the other cases seed their records), so the case measures the export, not 5,000 recordings
 * (the concurrent care.record case measures those).
 */
let filled = false
async function fillToExportRows(env: Env): Promise<void> {
  if (filled) return
  const model = (await sdk()
    .collection('care_visits')
    .doc(await careVisit(env))
    .get()) as unknown as { data: Record<string, unknown> }
  const { total } = (await sdk().collection('care_visits').count()) as unknown as { total: number }
  const copies = Array.from({ length: Math.max(0, C.exportRows - total) }, () => ({ ...model.data, _id: env.uid('bw-visit') }))
  for (let i = 0; i < copies.length; i += 1000) await env.cloud.db.insertMany('care_visits', copies.slice(i, i + 1000))
  filled = true
}

export const setupCareCases: WriteCase[] = [
  {
    action: 'org.transferMember',
    largest: `reason of ${ORG_LIMITS.reason.max}`,
    prepare: async (env) => {
      const { userId, openid } = await newcomer(env)
      const { code } = (await env.call('org.createInvite', { unitId: UNIT, days: 30 }, CHAIR)) as { code: string }
      await env.call('people.joinByInvite', { code }, openid)
      const to = (await env.call('org.createUnit', { parentId: 'u-jkq', name: unitName(env, 't'), type: 'grassroots' }, AREA)) as { id: string }
      return { who: AREA, input: { userId, unitId: to.id, reason: zh(ORG_LIMITS.reason.max) } }
    },
  },
  {
    action: 'org.claimSetup',
    largest: 'city name, real name and nickname at their maximum',
    // Claiming needs an environment without a city union: the demo's city is set aside for the call
    // (not measured) and put back, and the city the claim made removed, after it.
    prepare: async (env) => {
      process.env[SETUP_CODE_ENV] = BENCH_CODE
      await sdk().collection('setup_state').doc('claim').remove()
      await sdk()
        .collection('units')
        .doc('u-city')
        .update({ data: { status: 'bench-aside' } })
      const { openid } = { openid: env.uid('bw-claim') }
      return { who: openid, input: { code: BENCH_CODE, cityName: zh(ORG_LIMITS.unitName.max), realName: '欧阳'.padEnd(20, '明'), nickname: zh(20) } }
    },
    check: async (data) => {
      const { city } = data as { city: { id: string } }
      await sdk().collection('units').doc(city.id).remove()
      await sdk().collection('setup_state').doc('claim').remove()
      await sdk()
        .collection('units')
        .doc('u-city')
        .update({ data: { status: 'active' } })
      delete process.env[SETUP_CODE_ENV]
    },
  },
  { action: 'org.importTemplate', largest: 'the template (no input)', prepare: async () => ({ who: CITY, input: {} }) },
  {
    action: 'org.previewImport',
    largest: `${IMPORT_MAX_ROWS} rows, names of ${UNIT_NAME_MAX}`,
    runs: 3,
    prepare: async (env) => ({ who: CITY, input: { fileId: await largestSheet(env) } }),
  },
  {
    action: 'org.applyImport',
    largest: `${IMPORT_MAX_ROWS} new units`,
    runs: 3,
    prepare: async (env) => {
      const fileId = await largestSheet(env)
      const preview = (await env.call('org.previewImport', { fileId }, CITY)) as { digest: string }
      return { who: CITY, input: { fileId, digest: preview.digest } }
    },
    check: (data) => {
      if ((data as { created: number }).created !== IMPORT_MAX_ROWS)
        throw new Error(`imported ${(data as { created: number }).created} units, not ${IMPORT_MAX_ROWS}`)
    },
  },
  {
    action: 'org.issueChairInvites',
    largest: 'an invitation for every unit without a chair, 30 days',
    runs: 3,
    prepare: async () => {
      await revokeLiveInvites()
      return { who: CITY, input: { days: 30 } }
    },
  },
  {
    action: 'org.chairInvites',
    largest: 'a page of invitations, each mini-program code drawn on this view',
    runs: 3,
    prepare: async (env) => {
      await revokeLiveInvites()
      await env.call('org.issueChairInvites', { days: 30 }, CITY)
      return { who: CITY, input: { page: 1 } }
    },
  },
  {
    action: 'org.acceptChairInvite',
    largest: 'an invitation code',
    prepare: async (env) => {
      const [{ openid }, unit] = await Promise.all([
        newcomer(env),
        env.call('org.createUnit', { parentId: 'u-jkq', name: unitName(env, 'c'), type: 'grassroots' }, AREA) as Promise<{ id: string }>,
      ])
      await env.call('org.issueChairInvites', { days: 30 }, CITY)
      const { data } = (await sdk().collection('chair_invites').where({ unitId: unit.id }).limit(1).get()) as unknown as { data: Array<{ code: string }> }
      return { who: openid, input: { code: data[0].code } }
    },
  },
  {
    action: 'care.record',
    largest: `every field at its maximum (${C.difficulties.max} difficulties, ${C.help.max} helps, ${C.visitors.max} visitors)`,
    prepare: async (env) => ({ who: CHAIR, input: recordInput(env) }),
  },
  {
    action: 'care.record',
    largest: `${AT_ONCE} recordings at the same moment by one unit, every field at its maximum`,
    runs: 2,
    atOnce: AT_ONCE,
    prepare: async (env) => ({ who: CHAIR, input: recordInput(env) }),
  },
  {
    action: 'care.people',
    largest: `a one-character name prefix over the area union's subtree (the most matches; ${C.pickerResults} shown)`,
    prepare: async () => ({ who: AREA, input: { unitId: 'u-jkq', source: 'member', keyword: '王' } }),
  },
  {
    action: 'care.visits',
    largest: 'a page of the whole city, as the care officer',
    prepare: async (env) => {
      await careVisit(env)
      return { who: await officer(env), input: { unitId: 'u-city', filter: 'all', page: 1 } }
    },
  },
  { action: 'care.visit', largest: 'a visit at its largest', prepare: async (env) => ({ who: CHAIR, input: { visitId: await careVisit(env) } }) },
  {
    action: 'care.followUp',
    largest: `done, note of ${C.followUpNote.max}`,
    prepare: async (env) => ({ who: CHAIR, input: { visitId: await careVisit(env), done: true, note: zh(C.followUpNote.max) } }),
  },
  {
    action: 'care.export',
    largest: `${C.exportRows} visits, every field at its maximum`,
    runs: 3,
    prepare: async (env) => {
      await fillToExportRows(env)
      return { who: await officer(env), input: {} }
    },
    check: (data) => {
      if ((data as { rows: number }).rows !== C.exportRows) throw new Error(`exported ${(data as { rows: number }).rows} rows, not ${C.exportRows}`)
    },
  },
  { action: 'care.accessLog', largest: 'a page of the log', prepare: async (env) => ({ who: await officer(env), input: { page: 1 } }) },
  { action: 'care.verifyLog', largest: 'the whole chain so far', runs: 3, prepare: async (env) => ({ who: await officer(env), input: {} }) },
  { action: 'care.retention', largest: 'the retention and its runs', prepare: async (env) => ({ who: await officer(env), input: {} }) },
  {
    action: 'care.setRetention',
    largest: `${C.retentionDays.max} days`,
    prepare: async (env) => ({ who: await officer(env), input: { retentionDays: C.retentionDays.max } }),
  },
]
