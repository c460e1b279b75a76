// The nominations (honour_nominations) and the nominee keys that hold each person's one place in a
// campaign (honour_nominee_keys): the only code that reads or writes them. Moves along the way are
// conditional updates that land only while the nomination is where the caller saw it; each says whether it did.
import type { HonourCategory } from '../../../../types/entities/honours'
import { literalPattern } from '../../../../types/wording/search'
import { db } from '../../lib/cloud'
import { AppError, writeUnlessTaken } from '../../lib/errors'
import { pushSteps, type NominationDoc, type StepDoc } from './repo'

const nominations = () => db().collection<NominationDoc>('honour_nominations')
const nomineeKeys = () => db().collection<{ _id: string; nominationId: string }>('honour_nominee_keys')

const landed = (res: { stats: { updated: number } }) => res.stats.updated === 1

export async function findNomination(id: string): Promise<NominationDoc | null> {
  return (await nominations().doc(id).get()).data ?? null
}

/** The nomination; none is a clear error. */
export async function loadNomination(id: string): Promise<NominationDoc> {
  const n = await findNomination(id)
  if (!n) throw new AppError('HONOUR.NOT_FOUND')
  return n
}

export async function addNomination(doc: NominationDoc): Promise<void> {
  await nominations().add({ data: doc })
}

export async function updateNomination(id: string, data: Record<string, unknown>): Promise<void> {
  await nominations().doc(id).update({ data })
}

/** A page of a grassroots union's own nominations (newest change first), or of those waiting at a union (first sent first). */
export async function nominationsPage(view: 'own' | 'queue', unitId: string, page: number, size: number): Promise<NominationDoc[]> {
  const query =
    view === 'own'
      ? nominations().where({ unitId }).orderBy('updatedAt', 'desc')
      : nominations().where({ reviewUnitId: unitId, status: 'reviewing' }).orderBy('submittedAt', 'asc')
  return (
    await query
      .skip((page - 1) * size)
      .limit(size + 1)
      .get()
  ).data
}

/** Claims the person's one nomination of the campaign; false when another nomination holds it. */
export async function claimNomineeKey(key: string, nominationId: string): Promise<boolean> {
  const outcome = await writeUnlessTaken(
    () => nomineeKeys().add({ data: { _id: key, nominationId } }),
    async () => Boolean((await nomineeKeys().doc(key).get()).data),
  )
  if (outcome === 'written') return true
  // A key this very nomination holds (submitted again after a return) is still its own.
  return (await nomineeKeys().doc(key).get()).data?.nominationId === nominationId
}

/** Gives a person's place in the campaign back. */
export async function releaseNomineeKey(key: string): Promise<void> {
  await nomineeKeys().doc(key).remove()
}

/** A decision on a nomination still reviewing at `n.reviewUnitId`; false when someone moved it first. */
export async function decideIfWaiting(n: NominationDoc, change: Record<string, unknown>, at: Date): Promise<boolean> {
  return landed(
    await nominations()
      .where({ _id: n._id, status: 'reviewing', reviewUnitId: n.reviewUnitId })
      .update({ data: { ...change, updatedAt: at } }),
  )
}

/** How many of the campaign's nominations wait approved for the notice. */
export async function countApproved(campaignId: string): Promise<number> {
  return (await nominations().where({ campaignId, status: 'approved' }).count()).total
}

/** Puts every approved nomination of the campaign on the notice as number `seq`; answers how many moved. */
export async function putApprovedOnNotice(campaignId: string, seq: number, noticed: StepDoc): Promise<number> {
  const res = await nominations()
    .where({ campaignId, status: 'approved' })
    .update({ data: { status: 'noticed', noticeSeq: seq, updatedAt: noticed.at, steps: pushSteps(noticed) } })
  return res.stats.updated
}

export type NoticeRow = Pick<NominationDoc, '_id' | 'nomineeName' | 'unitName' | 'job' | 'category'>

/** A page of the campaign's nominations on the notice, in the notice's order (one more than `size`: hasMore). */
export async function noticedPage(campaignId: string, page: number, size: number): Promise<NoticeRow[]> {
  return (
    await nominations()
      .where({ campaignId, status: 'noticed' })
      .orderBy('noticeSeq', 'asc')
      .orderBy('_id', 'asc')
      .skip((page - 1) * size)
      .limit(size + 1)
      .field({ _id: true, nomineeName: true, unitName: true, job: true, category: true })
      .get()
  ).data as NoticeRow[]
}

/** Up to `limit` of the campaign's nominations on the notice (whom a commendation takes). */
export async function noticedNominations(campaignId: string, limit: number): Promise<NominationDoc[]> {
  return (await nominations().where({ campaignId, status: 'noticed' }).limit(limit).get()).data
}

/** Off the notice, with the finding as reason, if still on it. */
export async function removeFromNotice(id: string, reason: string, removed: StepDoc): Promise<void> {
  await nominations()
    .where({ _id: id, status: 'noticed' })
    .update({ data: { status: 'removed', reason, updatedAt: removed.at, steps: pushSteps(removed) } })
}

/** Commends those of `ids` still on notice, with their step; answers how many changed. */
export async function commendNoticed(campaignId: string, ids: string[], commendedStep: StepDoc): Promise<number> {
  const _ = db().command
  const res = await nominations()
    .where({ campaignId, status: 'noticed', _id: _.in(ids) })
    .update({ data: { status: 'commended', updatedAt: commendedStep.at, steps: _.push([commendedStep]) } })
  return res.stats.updated
}

/** Nominee name and unit of these nominations (keep `ids` to 100). */
export async function nomineesOf(ids: string[]): Promise<Array<Pick<NominationDoc, '_id' | 'nomineeName' | 'unitName'>>> {
  return (
    await nominations()
      .where({ _id: db().command.in(ids) })
      .field({ _id: true, nomineeName: true, unitName: true })
      .limit(100)
      .get()
  ).data
}

/** A member's nominations (at most 100: one person is nominated once a campaign). */
export async function nominationsOfNominee(userId: string): Promise<NominationDoc[]> {
  return (await nominations().where({ nomineeUserId: userId }).limit(100).get()).data
}

/** The nominee's own consent, given in the app, unless some consent is held already. */
export async function consentInApp(id: string, userId: string, consented: StepDoc): Promise<void> {
  await nominations()
    .where({ _id: id, nomineeUserId: userId, consent: null })
    .update({ data: { consent: { kind: 'app', at: consented.at }, steps: pushSteps(consented), updatedAt: consented.at } })
}

/** The media check's word on a nomination's photo, if `fileId` is still its photo (a replaced photo's verdict is late news). */
export async function markPhotoCheck(id: string, fileId: string, check: 'manual' | 'risky' | 'pass', at: Date): Promise<void> {
  await nominations()
    .where({ _id: id, 'photo.file': fileId })
    .update({ data: { 'photo.check': check, updatedAt: at } })
}

export type CommendedRow = Pick<NominationDoc, '_id' | 'nomineeName' | 'unitName' | 'category'>

/** A page of the campaign's commended nominations, in the notice's order (one more than `size`: hasMore). */
export async function commendedPage(campaignId: string, page: number, size: number): Promise<CommendedRow[]> {
  return (
    await nominations()
      .where({ campaignId, status: 'commended' })
      .orderBy('noticeSeq', 'asc')
      .orderBy('_id', 'asc')
      .skip((page - 1) * size)
      .limit(size + 1)
      .field({ _id: true, nomineeName: true, unitName: true, category: true })
      .get()
  ).data as CommendedRow[]
}

const commendedUnder = (unitId: string) => nominations().where({ unitPath: unitId, status: 'commended' })

/** How many commended nominations `unitId`'s subtree holds. */
export async function countCommendedUnder(unitId: string): Promise<number> {
  return (await commendedUnder(unitId).count()).total
}

export type ExportRow = Pick<NominationDoc, '_id' | 'nomineeName' | 'unitId' | 'job' | 'category'>

/** A slice of `unitId`'s subtree's commended nominations, by id. */
export async function commendedRowsUnder(unitId: string, skip: number, limit: number): Promise<ExportRow[]> {
  return (
    await commendedUnder(unitId)
      .field({ _id: true, nomineeName: true, unitId: true, job: true, category: true })
      .orderBy('_id', 'asc')
      .skip(skip)
      .limit(limit)
      .get()
  ).data as ExportRow[]
}

/** Commended nominations of an honour in `unitId`'s subtree whose nominee's name starts with `prefix` (by name, at most `limit`). */
export async function commendedNominationsNamed(unitId: string, honour: HonourCategory, prefix: string, limit: number): Promise<NominationDoc[]> {
  return (
    await nominations()
      .where({ unitPath: unitId, status: 'commended', category: honour, nomineeName: db().RegExp({ regexp: `^${literalPattern(prefix)}` }) })
      .orderBy('nomineeName', 'asc')
      .limit(limit)
      .get()
  ).data
}
