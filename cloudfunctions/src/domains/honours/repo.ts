// Honours: the documents and the views pages get of them. Each collection has its own repository beside
// this file (nominations-repo, rounds-repo, objections-repo, certificates-repo, quotas-repo, stories-repo,
// seal-repo), the only code that reads or writes it; handlers call their named functions.
import type { HonourCategory, MyHonour, NominationStatus, NominationStep, NominationView, ConsentKind } from '../../../../types/entities/honours'
import type { UnitRef } from '../../../../types/entities/people'
import { db } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import { toRef, unitsById, type UnitRecord } from '../org/units-repo'
import { findCurrentCampaign, type CampaignDoc } from '../campaign/repo'
import { HONOUR_LIMITS } from '../../../../types/entities/honours'

export interface RoundDoc {
  /** The campaign's id. */
  _id: string
  notice: { startAt: Date; endAt: Date; total: number } | null
  /** Certificates issued so far (the sequence part of each number). */
  certSeq: number
  /** Nominations published so far (the notice's order). */
  noticeSeq: number
  issuer: string
  updatedAt: Date
}

export interface QuotaDoc {
  /** campaign:unit */
  _id: string
  campaignId: string
  unitId: string
  parentId: string
  quota: number
  /** Area unions: given to their units. Grassroots unions: places held by nominations. */
  used: number
  /** quota − used, moved only by conditional updates (a place is taken only while free > 0). */
  free: number
  updatedAt: Date
}

export interface StepDoc {
  kind: NominationStep['kind']
  unitId: string | null
  reason: string
  by: string | null
  at: Date
}

/** manual: no verdict came after every try; a person decides, and until then the photo stays hidden. */
export type PhotoCheck = 'none' | 'pending' | 'pass' | 'risky' | 'manual'

export interface NominationDoc {
  _id: string
  campaignId: string
  /** The nominating grassroots union and its path (scope checks). */
  unitId: string
  unitPath: string[]
  unitName: string
  nomineeUserId: string | null
  nomineeName: string
  job: string
  category: HonourCategory | null
  deeds: string
  photo: { file: string; check: PhotoCheck } | null
  consent: { kind: ConsentKind; at: Date } | null
  status: NominationStatus
  /** The union whose chairs decide now (while reviewing). */
  reviewUnitId: string | null
  /** The person key that holds this nominee's one place in the campaign (set at the first submission). */
  personKey: string | null
  /** Whether the unit's quota place is held. */
  holdsPlace: boolean
  reason: string
  steps: StepDoc[]
  noticeSeq?: number
  createdBy: string
  submittedAt?: Date
  createdAt: Date
  updatedAt: Date
}

export interface ObjectionDoc {
  /** Derived from nomination and objector (notice.ts objectionKey): one per person per nominee, by construction. */
  _id: string
  nominationId: string
  objectorOpenid: string
  reason: string
  status: 'open' | 'upheld' | 'dismissed'
  resolution: string
  resolvedBy?: string
  createdAt: Date
  resolvedAt?: Date
}

export interface ObjectionDayDoc {
  _id: string
  count: number
}

export interface CertificateDoc {
  /** The certificate number. */
  _id: string
  nominationId: string
  campaignId: string
  name: string
  category: HonourCategory
  issuer: string
  issuedAt: Date
  status: 'valid' | 'revoked'
  revokedReason: string
  /** The certificate's picture (certificate.ts), drawn on first view and kept; with the seal it carries. */
  image?: string
  imageSeal?: string
  imageAt?: Date
}

export const quotaId = (campaignId: string, unitId: string) => `${campaignId}:${unitId}`

/** The campaign the honours line runs in now; none configured is a clear error. */
export async function currentCampaign(now: number): Promise<CampaignDoc> {
  const c = await findCurrentCampaign(now)
  if (!c) throw new AppError('CAMPAIGN.NOT_FOUND')
  return c
}

/** How many the campaign commends: its `commended` goal. */
export const goalOf = (c: CampaignDoc): number => c.targets.find((t) => t.key === 'commended')?.goal ?? HONOUR_LIMITS.goal

export const step = (kind: StepDoc['kind'], unitId: string | null, at: number, reason = '', by: string | null = null): StepDoc => ({
  kind,
  unitId,
  reason,
  by,
  at: new Date(at),
})

/** The update operator that appends steps to a nomination's history (in the order given). */
export const pushSteps = (...steps: StepDoc[]) => db().command.push(steps)

export type Units = Map<string, UnitRecord>
export const refOf = (units: Units, id: string): UnitRef => {
  const u = units.get(id)
  return u ? toRef(u) : { id, name: '（已撤销的单位）', type: 'grassroots' }
}

export function unitsOf(list: NominationDoc[]): Promise<Units> {
  const ids = new Set<string>()
  for (const n of list) {
    ids.add(n.unitId)
    if (n.reviewUnitId) ids.add(n.reviewUnitId)
    for (const s of n.steps) if (s.unitId) ids.add(s.unitId)
  }
  return unitsById(ids)
}

export function toView(n: NominationDoc, units: Units, urls: Map<string, string>): NominationView {
  return {
    id: n._id,
    status: n.status,
    nomineeName: n.nomineeName,
    nomineeUserId: n.nomineeUserId,
    job: n.job,
    category: n.category,
    deeds: n.deeds,
    photoUrl: n.photo && n.photo.check !== 'risky' ? (urls.get(n.photo.file) ?? null) : null,
    photoCheck: n.photo?.check ?? 'none',
    consent: n.consent?.kind ?? 'pending',
    unit: refOf(units, n.unitId),
    atUnit: n.status === 'reviewing' && n.reviewUnitId ? refOf(units, n.reviewUnitId) : null,
    reason: n.reason,
    steps: n.steps.map((s) => ({ kind: s.kind, unit: s.unitId ? refOf(units, s.unitId) : null, reason: s.reason, at: s.at.getTime() })),
    updatedAt: n.updatedAt.getTime(),
  }
}

export function toMine(n: NominationDoc, cert: CertificateDoc | null, imageUrl: string | null): MyHonour {
  return {
    id: n._id,
    status: n.status,
    category: n.category,
    unitName: n.unitName,
    consent: n.consent?.kind ?? 'pending',
    certificate: cert ? { number: cert._id, imageUrl, status: cert.status } : null,
  }
}
