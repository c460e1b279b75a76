// The authorization matrix's fixtures for care.*: a visit in each target unit (written as the care
// function writes them), and the access log every care call appends to.
import type { TestCloud } from '../../cloudfunctions/local/testing'
import type { ActionName } from '../../types/actions/index'
import { NOW, PATHS, UNIT, type Fixture, type Target } from './matrix-world'

const CARE_VISIT_FIELDS = {
  person: { kind: 'entered', name: '矩阵测试', phone: '13800000000' },
  category: 'hardship',
  difficulties: ['illness'],
  help: [{ kind: 'money', amount: 500 }],
  visitedAt: Date.now() - 86400000,
  visitors: ['矩阵走访人'],
  lawfulBasis: 'writtenConsent',
}

export const careFixtures = {
  'care.record': { unit: UNIT, input: (t) => ({ unitId: UNIT[t], ...CARE_VISIT_FIELDS }) },
  'care.people': { unit: UNIT, input: (t) => ({ unitId: UNIT[t], source: 'member', keyword: '张' }) },
  'care.visits': { unit: UNIT, input: (t) => ({ unitId: UNIT[t], filter: 'all' }) },
  'care.visit': { unit: UNIT, input: (t) => ({ visitId: `matrix-visit-${t}` }) },
  'care.followUp': { unit: UNIT, input: (t) => ({ visitId: `matrix-visit-${t}`, done: true, note: '已回访' }) },
  'care.export': { input: () => ({}) },
  'care.accessLog': { input: () => ({}) },
  'care.verifyLog': { input: () => ({}) },
  'care.retention': { input: () => ({}) },
  'care.setRetention': { input: () => ({ retentionDays: 180 }) },
} satisfies Partial<Record<ActionName, Fixture>>

export async function seedMatrixCare(cloud: TestCloud): Promise<void> {
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
}

/** The care access log and its chains' heads: written on every care call, refused ones too (compared separately). */
export const withoutCareLog = (dump: Record<string, Array<Record<string, unknown>>>) => {
  const { care_access_log: _log, ...rest } = dump
  return { ...rest, care_state: (rest.care_state ?? []).filter((d) => !String(d._id).startsWith('log-head')) }
}
