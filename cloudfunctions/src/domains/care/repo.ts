// The only door to the care visits, the de-dup keys and the care settings (collections care_visits,
// care_people, care_state). Nothing else in the code base names these collections (a test checks); the
// access log has its own door beside this one (access-log-repo.ts), append and read only.
import {
  CARE_DEFAULT_RETENTION_DAYS,
  CARE_DUE_SOON_DAYS,
  CARE_PAGE_SIZE,
  type CareCategory,
  type CareDifficulty,
  type CareFilter,
  type CareHelp,
  type CareLawfulBasis,
  type CareTarget,
} from '../../../../types/entities/care'
import { db } from '../../lib/cloud'
import type { Transaction } from '../../lib/db-types'

export interface CareVisitDoc {
  _id: string
  campaignId: string
  unitId: string
  unitName: string
  unitPath: string[]
  person: { kind: 'member' | 'entered' | 'commended'; userId?: string; nominationId?: string; name: string; phone: string; certificateNo?: string }
  /** Hash of the person's identity within campaign × target (no name in it); removed by retention. */
  personKey?: string
  category: CareCategory
  difficulties: CareDifficulty[]
  note: string
  help: CareHelp[]
  visitedAt: Date
  visitors: string[]
  followUpAt: Date | null
  /** True while a follow-up date is set and not done: what the due and overdue lists query. */
  followUpOpen: boolean
  followUpDoneAt: Date | null
  followUpNote: string
  lawfulBasis: CareLawfulBasis
  counted: boolean
  recordedById: string
  recordedByName: string
  createdAt: Date
  updatedAt: Date
  anonymisedAt: Date | null
}

export interface CarePersonKeyDoc {
  _id: string
  campaignId: string
  target: CareTarget
  firstVisitId: string
  createdAt: Date
}

interface SettingsDoc {
  _id: 'settings'
  retentionDays: number
  updatedAt: Date
  updatedBy: string
}

const visits = () => db().collection<CareVisitDoc>('care_visits')

/**
 * Writes a new visit in `tx`, creating its person's key document when this is the person's first visit
 * toward the target. Answers whether the key was created here: only then does the caller add one to the
 * target's count, in the same transaction. The key is read and created in one transaction, so two visits
 * of the same person racing each other create it once (the loser's transaction conflicts and re-runs,
 * then finds the key).
 */
export async function insertVisit(tx: Transaction, visit: CareVisitDoc, target: CareTarget): Promise<boolean> {
  const keyId = visit.personKey!
  const keys = tx.collection<CarePersonKeyDoc>('care_people')
  const existing = (await keys.doc(keyId).get()).data
  const created = !existing
  if (created) await keys.doc(keyId).set({ data: { campaignId: visit.campaignId, target, firstVisitId: visit._id, createdAt: visit.createdAt } })
  const { _id, ...rest } = { ...visit, counted: created }
  await tx.collection<CareVisitDoc>('care_visits').doc(_id).set({ data: rest })
  return created
}

/** How many people count toward a campaign's target: one key each (read after the key is written). */
export async function countedPeople(campaignId: string, target: CareTarget): Promise<number> {
  return (await db().collection<CarePersonKeyDoc>('care_people').where({ campaignId, target }).count()).total
}

export async function getVisit(id: string): Promise<CareVisitDoc | null> {
  return (await visits().doc(id).get()).data
}

export async function updateFollowUp(
  tx: Transaction,
  id: string,
  data: { followUpAt?: Date; followUpOpen: boolean; followUpDoneAt: Date | null; followUpNote?: string; updatedAt: Date },
): Promise<void> {
  await tx.collection<CareVisitDoc>('care_visits').doc(id).update({ data })
}

/** A page of visits under `unitId`: all newest first, or open follow-ups due within days / overdue, soonest first. */
export async function listVisits(unitId: string, filter: CareFilter, page: number, now: number): Promise<{ items: CareVisitDoc[]; hasMore: boolean }> {
  const _ = db().command
  const soon = now + CARE_DUE_SOON_DAYS * 86400000
  const base =
    filter === 'all'
      ? visits().where({ unitPath: unitId }).orderBy('visitedAt', 'desc')
      : visits()
          .where({
            unitPath: unitId,
            followUpOpen: true,
            followUpAt: filter === 'overdue' ? _.lt(new Date(now)) : _.and(_.gte(new Date(now)), _.lte(new Date(soon))),
          })
          .orderBy('followUpAt', 'asc')
  const res = await base
    .skip((page - 1) * CARE_PAGE_SIZE)
    .limit(CARE_PAGE_SIZE + 1)
    .get()
  return { items: res.data.slice(0, CARE_PAGE_SIZE), hasMore: res.data.length > CARE_PAGE_SIZE }
}

/** Every visit of a campaign, in batches the cloud allows (at most 1,000 a get in a function). */
export async function visitsOfCampaign(campaignId: string, max: number): Promise<CareVisitDoc[]> {
  const out: CareVisitDoc[] = []
  while (out.length < max) {
    const res = await visits()
      .where({ campaignId })
      .orderBy('createdAt', 'asc')
      .skip(out.length)
      .limit(Math.min(1000, max - out.length))
      .get()
    out.push(...res.data)
    if (res.data.length < 1000) break
  }
  return out
}

/** Up to `n` not yet anonymised visits of a campaign. */
export async function identifiedVisits(campaignId: string, n: number): Promise<CareVisitDoc[]> {
  return (await visits().where({ campaignId, anonymisedAt: null }).limit(n).get()).data
}

/**
 * Retention: removes everything that identifies the person (name, phone, member id, the free notes and
 * the de-dup key) from these visits, keeping what the counts and the summary need (unit, category,
 * difficulty categories, help, dates). The key documents of the campaign go too.
 */
export async function anonymise(tx: Transaction, ids: string[], at: Date): Promise<void> {
  const _ = db().command
  for (const id of ids) {
    await tx
      .collection<CareVisitDoc>('care_visits')
      .doc(id)
      .update({
        data: {
          person: _.set({ kind: 'entered', name: '', phone: '' }),
          personKey: _.remove(),
          note: '',
          followUpNote: '',
          visitors: [],
          anonymisedAt: at,
          updatedAt: at,
        },
      })
  }
}

export async function removePersonKeys(campaignId: string): Promise<number> {
  const res = await db().collection<CarePersonKeyDoc>('care_people').where({ campaignId }).remove()
  return res.stats.removed
}

export async function retentionDays(): Promise<number> {
  const doc = (await db().collection<SettingsDoc>('care_state').doc('settings').get()).data
  return doc?.retentionDays ?? CARE_DEFAULT_RETENTION_DAYS
}

export async function setRetentionDays(tx: Transaction, days: number, by: string, at: Date): Promise<void> {
  await tx
    .collection<SettingsDoc>('care_state')
    .doc('settings')
    .set({ data: { retentionDays: days, updatedAt: at, updatedBy: by } })
}

interface ExportsDoc {
  _id: 'exports'
  files: Array<{ fileId: string; at: Date }>
}

/** Export files waiting to be deleted (their links live minutes; the files no longer than a day). */
export async function rememberExport(fileId: string, at: Date): Promise<void> {
  const ref = db().collection<ExportsDoc>('care_state').doc('exports')
  const res = await ref.update({ data: { files: db().command.push([{ fileId, at }]) } })
  if (res.stats.updated === 0) await ref.set({ data: { files: [{ fileId, at }] } })
}

/** Forgets and answers the export files older than `before`. */
/** The care exports made before `before` (their files are to be deleted). */
export async function oldExports(before: Date): Promise<string[]> {
  const doc = (await db().collection<ExportsDoc>('care_state').doc('exports').get()).data
  return (doc?.files ?? []).filter((f) => new Date(f.at).getTime() < before.getTime()).map((f) => f.fileId)
}

/** Forgets the care exports made before `before`: called once their files are deleted, so a failed delete is tried again next run. */
export async function forgetOldExports(before: Date): Promise<void> {
  await db()
    .collection<ExportsDoc>('care_state')
    .doc('exports')
    .update({ data: { files: db().command.pull({ at: db().command.lt(before) }) } })
}
