// Who people are in the campaign. A role is granted on a unit; its scope is that unit's subtree.
export const ROLES = ['worker', 'unit_chair', 'area_chair', 'judge', 'city_admin'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  worker: '职工',
  unit_chair: '基层工会主席',
  area_chair: '行业/乡镇工会主席',
  judge: '评审专家',
  city_admin: '市总工会管理员',
}

export const UNIT_TYPES = ['city', 'industry', 'township', 'grassroots'] as const
export type UnitType = (typeof UNIT_TYPES)[number]

export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  city: '市总工会',
  industry: '行业工会',
  township: '乡镇（街道）工会',
  grassroots: '基层工会',
}
