// The authorization matrix's world: the two targets and where they sit, the callers and what they
// hold (written down here independently of the server code), and the people every part seeds.
import type { Role } from '../../types/roles'

export type Target = 'A' | 'B'
export const TARGETS: Target[] = ['A', 'B']

/** Where the two targets sit: A under 经开区工会, B under 卫计局工会. */
export const PATHS: Record<string, string[]> = {
  'u-city': ['u-city'],
  'u-jkq': ['u-city', 'u-jkq'],
  'u-jkq-jixie': ['u-city', 'u-jkq', 'u-jkq-jixie'],
  'u-health': ['u-city', 'u-health'],
  'u-health-renmin': ['u-city', 'u-health', 'u-health-renmin'],
}
export const UNIT: Record<Target, string> = { A: 'u-jkq-jixie', B: 'u-health-renmin' }
export const AREA: Record<Target, string> = { A: 'u-jkq', B: 'u-health' }

export interface Persona {
  openid?: string
  /** Roles held and where (a worker on their own unit); none for a person without a profile. */
  grants: Array<[Role, string]>
}

export const PERSONAS: Record<string, Persona> = {
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

export interface Fixture {
  /** The unit whose scope decides each target (the addressed unit, or the addressed record's unit). */
  unit?: Record<Target, string>
  input(t: Target): Record<string, unknown>
}

export const HOUR = 3600000
export const NOW = Date.now()

/** The demo worker in each target unit. */
export const WORKER: Record<Target, { id: string; name: string; openid: string }> = {
  A: { id: 'user-demo-worker', name: '张三', openid: 'demo-worker' },
  B: { id: 'user-demo-worker-2', name: '李四', openid: 'demo-worker-2' },
}

/** A user document as people.saveProfile and org.grantRole leave it. */
export const person = (openid: string, realName: string, unitId: string | null, roles: Array<{ role: string; unitId: string }>) => ({
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
