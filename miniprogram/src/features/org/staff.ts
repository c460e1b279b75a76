// What the caller's roles open up on the client: which staff pages 我的 lists, which units a staff
// page offers, which roles they may give. The server decides (every action checks role and scope);
// these mirror its rules only so people are not offered buttons that can only fail.
import type { Me, RoleEvent, UnitRef } from '@contract/entities/people'
import { GRANTABLE_ROLES, ROLE_LABELS, ROLE_UNIT_TYPES, type GrantableRole, type Role, type UnitType } from '@contract/roles'
import { ROUTES } from '../../services/navigation'

/** Who manages a unit's members, requests and invites (org.members, org.joinRequests, org.createInvite). */
export const CHAIR_ROLES: readonly Role[] = ['unit_chair', 'area_chair', 'city_admin']
/** Who changes the tree and gives roles (org.createUnit …, org.grantRole …). */
export const MANAGER_ROLES: readonly Role[] = ['area_chair', 'city_admin']

const TYPE_RANK: Record<UnitType, number> = { city: 0, industry: 1, township: 1, grassroots: 2 }

/** Units on which the caller holds one of `roles`, the widest first, each once. */
export function unitsWithRole(me: Pick<Me, 'roles'> | undefined, roles: readonly Role[]): UnitRef[] {
  const seen = new Map<string, UnitRef>()
  for (const r of me?.roles ?? []) if (roles.includes(r.role) && !seen.has(r.unit.id)) seen.set(r.unit.id, r.unit)
  return [...seen.values()].sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type])
}

const holds = (me: Pick<Me, 'roles'> | undefined, role: Role) => Boolean(me?.roles.some((r) => r.role === role))

export interface StaffEntry {
  key: 'unit' | 'tree' | 'roles' | 'campaign'
  title: string
  description: string
  url: string
}

/** The staff pages 我的 lists for this person, in the order their work comes up. */
export function staffEntries(me: Pick<Me, 'roles'> | undefined): StaffEntry[] {
  const out: StaffEntry[] = []
  if (unitsWithRole(me, CHAIR_ROLES).length) out.push({ key: 'unit', title: '单位管理', description: '成员、入会申请、邀请码', url: ROUTES.adminUnit })
  if (unitsWithRole(me, MANAGER_ROLES).length) {
    out.push({ key: 'tree', title: '组织架构', description: '新建、更名、移动、撤销单位', url: ROUTES.adminTree })
    out.push({ key: 'roles', title: '职务任免', description: '任命和免去工会主席等职务', url: ROUTES.adminRoles })
  }
  if (holds(me, 'city_admin')) out.push({ key: 'campaign', title: '活动设置', description: '活动名称、日期和目标', url: ROUTES.adminCampaign })
  return out
}

/**
 * Roles the caller may give (or take back) on `unit`: the city union any role its unit type takes;
 * an industry or township chair only 基层工会主席, on the grassroots units below them (the only
 * grassroots units their pages reach).
 */
export function grantableRoles(me: Pick<Me, 'roles'> | undefined, unit: Pick<UnitRef, 'type'>): GrantableRole[] {
  const fits = (role: GrantableRole) => ROLE_UNIT_TYPES[role].includes(unit.type)
  if (holds(me, 'city_admin')) return GRANTABLE_ROLES.filter(fits)
  if (holds(me, 'area_chair') && fits('unit_chair')) return ['unit_chair']
  return []
}

/** A line of the role history: who did it, to whom, which role on which unit. */
export function roleEventSentence(e: Pick<RoleEvent, 'action' | 'role' | 'unit' | 'userName' | 'byName'>): string {
  const role = `「${e.unit.name}」${ROLE_LABELS[e.role]}`
  return e.action === 'grant' ? `${e.byName} 任命 ${e.userName} 为${role}` : `${e.byName} 免去 ${e.userName} 的${role}职务`
}
