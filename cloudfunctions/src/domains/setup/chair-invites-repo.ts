// Chair invitations: one per unit, single use, expiring; the person who accepts one joins the unit and
// becomes its chair (unit chair of a grassroots union, area chair of an industry or township union).
import type { ChairInviteView } from '../../../../types/entities/setup'
import type { GrantableRole, UnitType } from '../../../../types/roles'
import { db } from '../../lib/cloud'
import type { Transaction } from '../../lib/db-types'
import { isDuplicateKey } from '../../lib/errors'
import { PAGE_MAX, readAll } from '../../lib/read-all'
import { newInviteCode } from '../org/invites'
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

const chairInvites = () => db().collection<ChairInviteDoc>('chair_invites')

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

/** Adds invitations a hundred at a time; a code drawn twice (rare) is drawn again for that one. */
export async function addInvites(docs: ChairInviteDoc[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 100) {
    const batch = docs.slice(i, i + 100)
    try {
      await chairInvites().add({ data: batch } as never)
    } catch (e) {
      if (!isDuplicateKey(e)) throw e
      for (const doc of batch) {
        if ((await chairInvites().doc(doc._id).get()).data) continue
        for (let attempt = 0; ; attempt++) {
          try {
            await chairInvites().add({ data: { ...doc, code: attempt === 0 ? doc.code : newInviteCode() } })
            break
          } catch (err) {
            if (!isDuplicateKey(err) || attempt >= 4) throw err
          }
        }
      }
    }
  }
}

/** Invitations neither used, replaced nor expired, by unit name. */
export function liveInvites(now: number): Promise<ChairInviteDoc[]> {
  const _ = db().command
  return readAll((skip) =>
    chairInvites()
      .where({ revokedAt: _.exists(false), usedAt: _.exists(false), expiresAt: _.gt(new Date(now)) })
      .orderBy('unitName', 'asc')
      .skip(skip)
      .limit(PAGE_MAX)
      .get()
      .then((r) => r.data),
  )
}

/** Expired invitations nobody used are marked replaced. */
export async function revokeExpiredInvites(now: Date): Promise<void> {
  const _ = db().command
  await chairInvites()
    .where({ revokedAt: _.exists(false), usedAt: _.exists(false), expiresAt: _.lte(now) })
    .update({ data: { revokedAt: now } })
}

/** One page of the invitations not replaced, by unit name, and how many there are. */
export async function chairInvitePage(page: number, size: number): Promise<{ total: number; items: ChairInviteDoc[] }> {
  const _ = db().command
  const [{ total }, res] = await Promise.all([
    chairInvites()
      .where({ revokedAt: _.exists(false) })
      .count(),
    chairInvites()
      .where({ revokedAt: _.exists(false) })
      .orderBy('unitName', 'asc')
      .skip((page - 1) * size)
      .limit(size)
      .get(),
  ])
  return { total, items: res.data }
}

/** Keeps the mini-program code made for an invitation, so it is made once. */
export async function setInviteQr(id: string, fileId: string): Promise<void> {
  await chairInvites()
    .doc(id)
    .update({ data: { qrFileId: fileId } })
}

/** The invitation with this code, if any. */
export async function inviteByCode(code: string): Promise<ChairInviteDoc | null> {
  return (await chairInvites().where({ code }).limit(1).get()).data[0] ?? null
}

export async function findInvite(id: string): Promise<ChairInviteDoc | null> {
  return (await chairInvites().doc(id).get()).data ?? null
}

/** An invitation as transaction `tx` reads it. */
export async function inviteInTx(tx: Transaction, id: string): Promise<ChairInviteDoc | null> {
  return (await tx.collection<ChairInviteDoc>('chair_invites').doc(id).get()).data ?? null
}

/** Marks an invitation used by `by`, in transaction `tx`. */
export async function markInviteUsedInTx(tx: Transaction, id: string, by: { _id: string; realName: string }, at: Date): Promise<void> {
  await tx
    .collection<ChairInviteDoc>('chair_invites')
    .doc(id)
    .update({ data: { usedAt: at, usedBy: by._id, usedByName: by.realName } })
}
