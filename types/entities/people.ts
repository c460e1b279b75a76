import type { GrantableRole, Role, UnitType } from '../roles'

/** A role held on a unit; its scope is that unit's subtree. */
export interface RoleGrant {
  role: Role
  unitId: string
}

export interface UnitRef {
  id: string
  name: string
  type: UnitType
}

export interface MyRole {
  role: GrantableRole | 'worker'
  unit: UnitRef
}

/** What the "我的" page and the profile gate need about the caller. */
export interface Me {
  id: string
  nickname: string
  avatarUrl: string | null
  realName: string
  job: string
  employeeNo: string
  unit: (UnitRef & { path: UnitRef[] }) | null
  roles: MyRole[]
  /** Real name, nickname and a unit: what the first submission needs. */
  profileComplete: boolean
  privacyAgreedAt: number | null
  /**
   * A join request waiting for its unit's union. `decidedBy` is who will look at it: the chairs of the
   * nearest union (the unit itself, else the one above it) that has any, by name.
   */
  pendingJoin: { unit: UnitRef; requestedAt: number; decidedBy: { unit: UnitRef; chairs: string[] } } | null
  lastJoinDecision: { unit: UnitRef; approved: boolean; reason: string; decidedAt: number } | null
}

/**
 * What is waiting for a member of staff, by the entry of 我的 that leads to it (only the entries their
 * roles give them): join requests, sign-ups to approve, works and ideas to review, ideas to score, works
 * sent up to the city, ideas to assign or conclude.
 */
export type StaffTodoKey =
  | 'unit'
  | 'competition-manage'
  | 'works-review'
  | 'ideas-review'
  | 'ideas-judge'
  | 'works-select'
  | 'ideas-city'
  /** Units of a grassroots chair reminded to submit their summary and not yet answered. */
  | 'reports-mine'
export type StaffTodo = Partial<Record<StaffTodoKey, number>> & {
  /** Which competitions the pending sign-ups are for, most waiting first: 竞赛管理 says which. */
  pendingCompetitions?: Array<{ id: string; title: string; pending: number }>
}

export interface UnitNode extends UnitRef {
  parentId: string | null
  status: 'active' | 'retired'
  memberCount: number
  childCount: number
}

export interface Member {
  userId: string
  realName: string
  nickname: string
  avatarUrl: string | null
  job: string
  employeeNo: string
  unit: UnitRef
  joinedAt: number
  /** Roles held, each on its unit (a chair of one unit may be a judge on the city union). */
  roles: Array<{ role: GrantableRole; unitId: string }>
}

export interface JoinRequestView {
  id: string
  userId: string
  realName: string
  nickname: string
  job: string
  unit: UnitRef
  requestedAt: number
}

export interface InviteView {
  id: string
  code: string
  unit: UnitRef
  createdAt: number
  expiresAt: number
  revoked: boolean
  uses: number
}

export interface RoleHolder {
  userId: string
  realName: string
  role: GrantableRole
  unit: UnitRef
  grantedAt: number
}

export interface RoleEvent {
  id: string
  action: 'grant' | 'revoke'
  role: GrantableRole
  unit: UnitRef
  userId: string
  userName: string
  byName: string
  at: number
}
