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

/** Every live invite of a unit stops working. */
export async function revokeInvitesOf(unitId: string, now: Date): Promise<void> {
  await invites()
    .where({ unitId, revokedAt: db().command.exists(false) })
    .update({ data: { revokedAt: now } })
}

/** One more person joined with this invite (atomic). */
export async function countInviteUse(inviteId: string): Promise<void> {
  await invites()
    .doc(inviteId)
    .update({ data: { uses: db().command.inc(1) } })
}
