// The city union's seal document (honour_seals): the one in use and the latest upload awaiting its media check.
import { db } from '../../lib/cloud'

export interface SealDoc {
  /** One seal, the city union's. */
  _id: typeof SEAL_ID
  current: { file: string; at: Date } | null
  pending: { file: string; check: 'pending' | 'risky' | 'manual'; at: Date; by: string } | null
}

export const SEAL_ID = 'city'
/** The media check's record id for the seal (photo.ts sends its verdicts here). */
export const SEAL_REF = 'seal-city'
export const isSealRef = (id: string) => id === SEAL_REF
const seals = () => db().collection<SealDoc>('honour_seals')

export const loadSeal = async (): Promise<SealDoc | null> => (await seals().doc(SEAL_ID).get()).data ?? null

/** Stores the seal document whole (set: there is only ever the one). */
export async function storeSeal(doc: SealDoc): Promise<void> {
  const { _id, ...data } = doc
  await seals().doc(_id).set({ data })
}

/** Marks the pending upload's check, if `fileId` is still the latest upload. */
export async function markPendingSeal(fileId: string, check: 'risky' | 'manual'): Promise<void> {
  await seals()
    .where({ _id: SEAL_ID, 'pending.file': fileId })
    .update({ data: { 'pending.check': check } })
}

/** Makes the pending upload the seal in use, if `fileId` is still the latest upload. */
export async function promotePendingSeal(fileId: string, at: Date): Promise<void> {
  await seals()
    .where({ _id: SEAL_ID, 'pending.file': fileId })
    .update({ data: { current: { file: fileId, at }, pending: null } })
}
