// The audit log: who changed the union tree, roles, invites and memberships, and when. Written beside
// the change (inside its transaction where there is one).
import { db } from './cloud'
import type { Transaction } from './db-types'

export interface AuditEntry {
  kind: 'unit' | 'role' | 'invite' | 'membership' | 'honour'
  action: string
  actorId: string
  actorName: string
  targetId: string
  targetName: string
  /** The unit the change concerns (its path, for scoped reading). */
  unitId: string
  unitPath: string[]
  detail?: Record<string, unknown>
  at: Date
}

export type AuditDoc = AuditEntry & { _id: string }

export async function audit(entry: AuditEntry, tx?: Transaction): Promise<void> {
  if (tx) await tx.collection<AuditDoc>('audit_log').add({ data: entry })
  else await db().collection<AuditDoc>('audit_log').add({ data: entry })
}

/** A page of the entries of `kind` on a unit and the units under it, newest first (one more than `size`: hasMore). */
export async function auditTrail(unitId: string, kind: AuditEntry['kind'], page: number, size: number): Promise<AuditDoc[]> {
  return (
    await db()
      .collection<AuditDoc>('audit_log')
      .where({ unitPath: unitId, kind })
      .orderBy('at', 'desc')
      .skip((page - 1) * size)
      .limit(size + 1)
      .get()
  ).data
}
