// Who people are in the campaign. Membership of a unit makes someone a worker there; the other roles
// are granted on a unit, and a role's scope is that unit's subtree (the unit and everything below).
export const ROLES = ['worker', 'unit_chair', 'area_chair', 'judge', 'city_admin', 'care_officer'] as const
export type Role = (typeof ROLES)[number]

/** Roles that are granted (and revoked) explicitly; 'worker' follows from membership. */
export const GRANTABLE_ROLES = ['unit_chair', 'area_chair', 'judge', 'city_admin', 'care_officer'] as const
export type GrantableRole = (typeof GRANTABLE_ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  worker: '职工',
  unit_chair: '基层工会主席',
  area_chair: '行业/乡镇工会主席',
  judge: '评审专家',
  city_admin: '市总工会管理员',
  /** Sees and exports every care visit (masked outside the owning unit) and reviews the care access log. */
  care_officer: '市总工会关爱专员',
}

export const UNIT_TYPES = ['city', 'industry', 'township', 'grassroots'] as const
export type UnitType = (typeof UNIT_TYPES)[number]

export const UNIT_TYPE_LABELS: Record<UnitType, string> = {
  city: '市总工会',
  industry: '行业工会',
  township: '乡镇（街道）工会',
  grassroots: '基层工会',
}

/** Which kind of unit each granted role sits on. */
export const ROLE_UNIT_TYPES: Record<GrantableRole, readonly UnitType[]> = {
  unit_chair: ['grassroots'],
  area_chair: ['industry', 'township'],
  judge: ['city'],
  city_admin: ['city'],
  care_officer: ['city'],
}

/** Which kinds of unit may sit directly under each kind. */
export const CHILD_UNIT_TYPES: Record<UnitType, readonly UnitType[]> = {
  city: ['industry', 'township'],
  industry: ['grassroots'],
  township: ['grassroots'],
  grassroots: [],
}
