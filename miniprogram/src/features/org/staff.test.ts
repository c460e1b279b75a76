import type { Me, MyRole, RoleEvent } from '@contract/entities/people'
import { grantableRoles, roleEventSentence, staffEntries, unitsWithRole, CHAIR_ROLES, MANAGER_ROLES } from './staff'

const city = { id: 'u-city', name: '市总工会', type: 'city' as const }
const area = { id: 'u-jkq', name: '经开区工会', type: 'industry' as const }
const jixie = { id: 'u-jkq-jixie', name: '华中机械制造有限公司工会', type: 'grassroots' as const }

const withRoles = (roles: MyRole[]): Pick<Me, 'roles'> => ({ roles })

const worker = withRoles([{ role: 'worker', unit: jixie }])
const unitChair = withRoles([
  { role: 'worker', unit: jixie },
  { role: 'unit_chair', unit: jixie },
])
const areaChair = withRoles([
  { role: 'worker', unit: area },
  { role: 'area_chair', unit: area },
])
const cityAdmin = withRoles([
  { role: 'worker', unit: city },
  { role: 'city_admin', unit: city },
])
const judge = withRoles([{ role: 'judge', unit: city }])

test('staff pages are listed by role, and none for a worker or a judge', () => {
  const keys = (me: Pick<Me, 'roles'>) => staffEntries(me).map((e) => e.key)
  expect(keys(worker)).toEqual([])
  expect(keys(judge)).toEqual([])
  expect(keys(unitChair)).toEqual(['unit'])
  expect(keys(areaChair)).toEqual(['unit', 'tree', 'roles'])
  expect(keys(cityAdmin)).toEqual(['unit', 'tree', 'roles', 'campaign'])
  expect(staffEntries(cityAdmin).map((e) => e.url)).toEqual([
    '/package-admin/pages/unit/index',
    '/package-admin/pages/tree/index',
    '/package-admin/pages/roles/index',
    '/package-admin/pages/campaign/index',
  ])
})

test('managed units come widest first, each once', () => {
  const both = withRoles([
    { role: 'unit_chair', unit: jixie },
    { role: 'area_chair', unit: area },
    { role: 'worker', unit: jixie },
    { role: 'city_admin', unit: city },
  ])
  expect(unitsWithRole(both, CHAIR_ROLES).map((u) => u.id)).toEqual(['u-city', 'u-jkq', 'u-jkq-jixie'])
  expect(unitsWithRole(both, MANAGER_ROLES).map((u) => u.id)).toEqual(['u-city', 'u-jkq'])
  expect(unitsWithRole(undefined, CHAIR_ROLES)).toEqual([])
})

test('roles on offer follow who grants and the unit type', () => {
  expect(grantableRoles(cityAdmin, jixie)).toEqual(['unit_chair'])
  expect(grantableRoles(cityAdmin, area)).toEqual(['area_chair'])
  expect(grantableRoles(cityAdmin, city)).toEqual(['judge', 'city_admin', 'care_officer'])
  expect(grantableRoles(areaChair, jixie)).toEqual(['unit_chair'])
  expect(grantableRoles(areaChair, area)).toEqual([])
  expect(grantableRoles(unitChair, jixie)).toEqual([])
})

test('a history line says who did what to whom', () => {
  const e: RoleEvent = { id: 'e1', action: 'grant', role: 'unit_chair', unit: jixie, userId: 'u1', userName: '张三', byName: '孙八', at: 0 }
  expect(roleEventSentence(e)).toBe('孙八 任命 张三 为「华中机械制造有限公司工会」基层工会主席')
  expect(roleEventSentence({ ...e, action: 'revoke' })).toBe('孙八 免去 张三 的「华中机械制造有限公司工会」基层工会主席职务')
})
