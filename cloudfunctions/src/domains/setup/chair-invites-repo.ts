// Chair invitations: one per unit, single use, expiring; the person who accepts one joins the unit and
// becomes its chair (unit chair of a grassroots union, area chair of an industry or township union).
import type { ChairInviteView } from '../../../../types/entities/setup'
import type { GrantableRole, UnitType } from '../../../../types/roles'
import { db } from '../../lib/cloud'
import type { UnitRef } from '../../../../types/entities/people'

export interface ChairInviteDoc {
  _id: string
  code: string
  unitId: string
  unitName: string
  unitType: UnitType
  unitPath: string[]
  role: 'unit_chair' | 'area_chair'
  createdBy: string
  createdAt: Date
  expiresAt: Date
  usedAt?: Date
  usedBy?: string
  usedByName?: string
  /** Set when a new round of invitations replaces an expired one, or the unit got a chair otherwise. */
  revokedAt?: Date
  qrFileId?: string
}

export const chairInvites = () => db().collection<ChairInviteDoc>('chair_invites')

/** The page a scanned chair invitation opens; its scene is the code. */
export const CHAIR_INVITE_PAGE = 'package-admin/pages/chair-invite/index'

export const chairRoleFor = (type: UnitType): 'unit_chair' | 'area_chair' | null =>
  type === 'grassroots' ? 'unit_chair' : type === 'industry' || type === 'township' ? 'area_chair' : null

export const holdsChairRole = (roles: Array<{ role: GrantableRole; unitId: string }>, unitId: string) =>
  roles.some((g) => (g.role === 'unit_chair' || g.role === 'area_chair') && g.unitId === unitId)

export const toChairInviteView = (i: ChairInviteDoc, qrUrl: string | null): ChairInviteView => {
  const unit: UnitRef = { id: i.unitId, name: i.unitName, type: i.unitType }
  return { id: i._id, code: i.code, unit, role: i.role, expiresAt: i.expiresAt.getTime(), used: Boolean(i.usedAt), usedByName: i.usedByName ?? null, qrUrl }
}
