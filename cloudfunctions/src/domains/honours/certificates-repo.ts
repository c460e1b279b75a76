// The certificates (certificates): the only code that reads or writes them. A certificate's number is its
// _id; its picture is stored once (the first drawing wins) and revoking is a conditional update.
import { db } from '../../lib/cloud'
import type { CertificateDoc } from './repo'

const certificates = () => db().collection<CertificateDoc>('certificates')

/** Certificates of these nominations (`_.in` lists: keep `ids` to 100), optionally only the valid ones. */
const certificatesFor = (ids: string[], validOnly = false) =>
  certificates().where(validOnly ? { nominationId: db().command.in(ids), status: 'valid' } : { nominationId: db().command.in(ids) })

export async function findCertificate(number: string): Promise<CertificateDoc | null> {
  return (await certificates().doc(number).get()).data ?? null
}

export async function addCertificate(doc: CertificateDoc): Promise<void> {
  await certificates().add({ data: doc })
}

/** The certificates of these nominations (at most `limit`). */
export async function certificatesOf(ids: string[], limit: number): Promise<CertificateDoc[]> {
  return (await certificatesFor(ids).limit(limit).get()).data
}

/** Which of these nominations have a certificate (at most `limit` looked at). */
export async function certifiedAmong(ids: string[], limit: number): Promise<Set<string>> {
  return new Set((await certificatesFor(ids).field({ nominationId: true }).limit(limit).get()).data.map((c) => c.nominationId))
}

/** The numbers of the valid certificates of these nominations (at most `limit`). */
export async function validNumbersOf(ids: string[], limit: number): Promise<Array<Pick<CertificateDoc, '_id' | 'nominationId'>>> {
  return (await certificatesFor(ids, true).field({ nominationId: true }).limit(limit).get()).data
}

/** Number and state of the certificates of these nominations (at most `limit`). */
export async function certificateStatesOf(ids: string[], limit: number): Promise<Array<Pick<CertificateDoc, '_id' | 'nominationId' | 'status'>>> {
  return (await certificatesFor(ids).field({ _id: true, nominationId: true, status: true }).limit(limit).get()).data
}

/** Revokes a certificate still valid; false when it is not (any more). */
export async function revokeIfValid(number: string, reason: string): Promise<boolean> {
  const res = await certificates()
    .where({ _id: number, status: 'valid' })
    .update({ data: { status: 'revoked', revokedReason: reason } })
  return res.stats.updated === 1
}

/** Stores a certificate's drawn image unless one is stored already (the first drawing wins). */
export async function setCertificateImageOnce(id: string, image: { image: string; imageSeal: string; imageAt: Date }): Promise<void> {
  await certificates()
    .where({ _id: id, image: db().command.exists(false) })
    .update({ data: image })
}

/** The image recorded on a certificate, if any. */
export async function keptImage(number: string): Promise<string | undefined> {
  return (await certificates().doc(number).get()).data?.image
}
