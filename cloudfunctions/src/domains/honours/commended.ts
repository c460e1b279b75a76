// What other domains may read of the honours line: commended workers (status commended) of a union's
// subtree, with their honour and certificate number. Read only; the care feature picks model workers to
// visit from here instead of reading the honours collections itself.
import type { HonourCategory } from '../../../../types/entities/honours'
import { validNumbersOf } from './certificates-repo'
import { commendedNominationsNamed, findNomination } from './nominations-repo'
import type { NominationDoc } from './repo'

export interface CommendedWorker {
  nominationId: string
  /** The member behind the nomination, when the nominee is a member of the app. */
  userId: string | null
  name: string
  unitId: string
  unitName: string
  unitPath: string[]
  honour: HonourCategory
  /** The valid certificate's number ('' when none is valid). */
  certificateNo: string
}

async function withCertificates(list: NominationDoc[]): Promise<CommendedWorker[]> {
  if (list.length === 0) return []
  const certs = await validNumbersOf(
    list.map((n) => n._id),
    list.length * 2,
  )
  const numberOf = new Map(certs.map((c) => [c.nominationId, c._id]))
  return list.map((n) => ({
    nominationId: n._id,
    userId: n.nomineeUserId,
    name: n.nomineeName,
    unitId: n.unitId,
    unitName: n.unitName,
    unitPath: n.unitPath,
    honour: n.category!,
    certificateNo: numberOf.get(n._id) ?? '',
  }))
}

/** Commended workers of an honour in `unitId`'s subtree whose name starts with `prefix` (at most `limit`, by name). */
export async function commendedNamed(unitId: string, honour: HonourCategory, prefix: string, limit: number): Promise<CommendedWorker[]> {
  return withCertificates(await commendedNominationsNamed(unitId, honour, prefix, limit))
}

/** One commended worker by nomination id (null when the nomination is not a commendation). */
export async function commendedWorker(nominationId: string): Promise<CommendedWorker | null> {
  const n = await findNomination(nominationId)
  if (!n || n.status !== 'commended' || !n.category) return null
  return (await withCertificates([n]))[0]
}
