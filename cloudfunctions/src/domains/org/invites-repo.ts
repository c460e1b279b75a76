import type { InviteView, UnitRef } from '../../../../types/entities/people'
import { db } from '../../lib/cloud'

export interface InviteDoc {
  _id: string
  code: string
  unitId: string
  unitPath: string[]
  createdBy: string
  createdAt: Date
  expiresAt: Date
  revokedAt?: Date
  uses: number
  /** The mini-program code image, made once and kept (wxacode calls are rate-limited). */
  qrFileId?: string
}

export const invites = () => db().collection<InviteDoc>('invites')

export const toInviteView = (i: InviteDoc, unit: UnitRef): InviteView => ({
  id: i._id,
  code: i.code,
  unit,
  createdAt: i.createdAt.getTime(),
  expiresAt: i.expiresAt.getTime(),
  revoked: Boolean(i.revokedAt),
  uses: i.uses,
})
