import type { Role } from '../roles'

/** A role held on a unit; its scope is that unit's subtree. */
export interface RoleGrant {
  role: Role
  unitId: string
}
