// Works: the documents, and the views pages get of them. A work carries the author's unit path
// (scope checks, moving units) and where its review sits now (`reviewUnitId`, `passes`), so every
// list is one indexed query and every decision one conditional update.
import type { UnitRef } from '../../../../types/entities/people'
import type {
  GalleryItem,
  MyWork,
  ReviewWork,
  WorkCategory,
  WorkCheck,
  WorkImage,
  WorkStage,
  WorkStatus,
  WorkStep,
  WorkStepKind,
} from '../../../../types/entities/works'
import { db } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import { toRef, unitsById, type UnitRecord } from '../org/units-repo'

/**
 * The machine check of one image: none (a draft), pending (sent), WeChat's suggestion, or manual (no
 * verdict after every try: a person looks; a late verdict still settles it).
 */
export type ImageCheck = 'none' | 'pending' | 'manual' | 'pass' | 'review' | 'risky'

export interface WorkImageDoc {
  /**
   * A draft's image is the author's own upload (works/<user>/<name>). On submission the server
   * copies it into the work's folder (`sealed`): a file the author cannot overwrite, so what WeChat
   * checked, what the chairs saw and what the public sees stay the same bytes.
   */
  file: string
  sealed: boolean
  check: ImageCheck
  /** Made from the sealed file once it passed: ~400 px square (lists) and ≤ 1080 px (large view). */
  thumb?: string
  preview?: string
  width?: number
  height?: number
}

export interface WorkStepDoc {
  kind: WorkStepKind
  unitId: string | null
  reason: string
  by: string | null
  at: Date
}

export interface WorkDoc {
  _id: string
  _openid: string
  campaignId: string | null
  authorId: string
  /** The author's real name when submitted: the exhibition's label. */
  authorName: string
  unitId: string
  unitPath: string[]
  category: WorkCategory | null
  title: string
  description: string
  images: WorkImageDoc[]
  status: WorkStatus
  /** Images of the current submission that passed the check (pass or review). */
  passed: number
  /** The machine check asked for a person's look at the text or an image. */
  flagged: boolean
  /** The machine check of the current submission's images (absent: never submitted). */
  check?: WorkCheck
  /** The unit whose chairs decide now (while reviewing). */
  reviewUnitId: string | null
  /** How many times chairs passed it up. */
  passes: number
  /** Why it was blocked or rejected. */
  reason: string
  steps: WorkStepDoc[]
  likeCount: number
  firstSubmittedAt?: Date
  submittedAt?: Date
  exhibitedAt?: Date
  createdAt: Date
  updatedAt: Date
}

export interface WorkLikeDoc {
  /** workId:userId */
  _id: string
  workId: string
  userId: string
  createdAt: Date
}

export const works = () => db().collection<WorkDoc>('works')
export const workLikes = () => db().collection<WorkLikeDoc>('work_likes')
export const likeId = (workId: string, userId: string) => `${workId}:${userId}`

/** Statuses the author may still change (edit, submit again, delete). */
export const EDITABLE: WorkStatus[] = ['draft', 'blocked', 'rejected']

export const passedCheck = (c: ImageCheck) => c === 'pass' || c === 'review'

export async function loadWork(id: string): Promise<WorkDoc | null> {
  return (await works().doc(id).get()).data
}

/** One of the caller's own works; another person's is "not found" (its existence is not theirs to learn). */
export async function loadOwnWork(id: string, userId: string): Promise<WorkDoc> {
  const w = await loadWork(id)
  if (!w || w.authorId !== userId) throw new AppError('WORK.NOT_FOUND')
  return w
}

/** The author's own editable work, changed only if nobody changed it since `seenAt`; false otherwise. */
export async function updateOwnIfUnchanged(id: string, authorId: string, seenAt: Date, data: Omit<WorkDoc, '_id'>): Promise<boolean> {
  const res = await works()
    .where({ _id: id, authorId, status: db().command.in(EDITABLE), updatedAt: seenAt })
    // Arrays (images, steps) are replaced whole by the SDK's update; plain objects would be merged.
    .update({ data })
  return res.stats.updated === 1
}

/** Stamps the first submission of a work; true for the one call that stamps it. */
export async function markFirstSubmission(id: string, now: number): Promise<boolean> {
  const res = await works()
    .where({ _id: id, firstSubmittedAt: db().command.exists(false) })
    .update({ data: { firstSubmittedAt: new Date(now) } })
  return res.stats.updated === 1
}

/** Removes the author's own work while it is still editable; false otherwise. */
export async function removeOwnEditable(id: string, authorId: string): Promise<boolean> {
  const res = await works()
    .where({ _id: id, authorId, status: db().command.in(EDITABLE) })
    .remove()
  return res.stats.removed === 1
}

/** Moves a work's like count by `by` (atomic). */
export async function bumpLikes(id: string, by: 1 | -1): Promise<void> {
  await works()
    .doc(id)
    .update({ data: { likeCount: db().command.inc(by) } })
}

export const step = (kind: WorkStepKind, unitId: string | null, at: number, reason = '', by: string | null = null): WorkStepDoc => ({
  kind,
  unitId,
  reason,
  by,
  at: new Date(at),
})

const unknownUnit = (id: string): UnitRef => ({ id, name: '（已撤销的单位）', type: 'grassroots' })

export type Units = Map<string, UnitRecord>
export const refOf = (units: Units, id: string): UnitRef => {
  const u = units.get(id)
  return u ? toRef(u) : unknownUnit(id)
}

export const stageOf = (w: WorkDoc, units: Units): WorkStage | null =>
  w.status === 'reviewing' && w.reviewUnitId ? { unit: refOf(units, w.reviewUnitId), passes: w.passes } : null

export const stepsOf = (w: WorkDoc, units: Units): WorkStep[] =>
  w.steps.map((s) => ({ kind: s.kind, unit: s.unitId ? refOf(units, s.unitId) : null, reason: s.reason, at: s.at.getTime() }))

/** Every unit a set of works mentions (author's unit, review stage, steps), in one round trip. */
export function unitsOf(list: WorkDoc[]): Promise<Units> {
  const ids = new Set<string>()
  for (const w of list) {
    ids.add(w.unitId)
    if (w.reviewUnitId) ids.add(w.reviewUnitId)
    for (const s of w.steps) if (s.unitId) ids.add(s.unitId)
  }
  return unitsById(ids)
}

/** Every file URL a set of works needs, in one round trip. `originals`: the author's own view. */
export function urlsOf(list: WorkDoc[], originals: boolean): Promise<Map<string, string>> {
  return tempUrls(list.flatMap((w) => w.images.flatMap((im) => [im.thumb, im.preview, originals ? im.file : undefined])))
}

/** The URLs staff reviewing works need: the sizes, and the sealed file of an image not sized yet. */
export function reviewUrlsOf(list: WorkDoc[]): Promise<Map<string, string>> {
  return tempUrls(list.flatMap((w) => w.images.flatMap((im) => [im.thumb, im.preview, im.thumb ? undefined : im.file])))
}

/**
 * The sizes of an image for a viewer; the author sees the original before sizes exist, and so do the
 * chairs reviewing it (`staff`: a sealed copy, while its machine check waits), never the public.
 */
export function imageView(im: WorkImageDoc, urls: Map<string, string>, originals: boolean | 'staff'): WorkImage {
  const own = originals === true || (originals === 'staff' && im.sealed) ? (urls.get(im.file) ?? null) : null
  return {
    thumbUrl: (im.thumb && urls.get(im.thumb)) || own,
    previewUrl: (im.preview && urls.get(im.preview)) || own,
  }
}

export function toMyWork(w: WorkDoc, units: Units, urls: Map<string, string>): MyWork {
  return {
    id: w._id,
    status: w.status,
    category: w.category,
    title: w.title,
    description: w.description,
    images: w.images.map((im) => ({ ...imageView(im, urls, true), fileId: im.file })),
    unit: refOf(units, w.unitId),
    stage: stageOf(w, units),
    reason: w.status === 'blocked' || w.status === 'rejected' ? w.reason : '',
    check: w.status === 'draft' ? null : (w.check ?? null),
    steps: stepsOf(w, units),
    likeCount: w.likeCount,
    updatedAt: w.updatedAt.getTime(),
    submittedAt: w.submittedAt ? w.submittedAt.getTime() : null,
  }
}

export function toReviewWork(w: WorkDoc, units: Units, urls: Map<string, string>): ReviewWork {
  return {
    id: w._id,
    title: w.title,
    category: w.category ?? '其他',
    description: w.description,
    images: w.images.map((im) => imageView(im, urls, 'staff')),
    authorName: w.authorName,
    unit: refOf(units, w.unitId),
    stage: stageOf(w, units) ?? { unit: refOf(units, w.reviewUnitId ?? w.unitId), passes: w.passes },
    flagged: w.flagged,
    check: w.check ?? 'waiting',
    steps: stepsOf(w, units),
    submittedAt: (w.submittedAt ?? w.updatedAt).getTime(),
    likeCount: w.likeCount,
  }
}

/** The fields a gallery card needs: never the description, the history or other sizes. */
export const GALLERY_FIELDS = { _id: true, title: true, category: true, authorName: true, unitId: true, images: true, likeCount: true } as const

export function toGalleryItem(
  w: Pick<WorkDoc, '_id' | 'title' | 'category' | 'authorName' | 'unitId' | 'images' | 'likeCount'>,
  units: Units,
  urls: Map<string, string>,
): GalleryItem {
  const cover = w.images[0]?.thumb
  return {
    id: w._id,
    title: w.title,
    category: w.category ?? '其他',
    authorName: w.authorName,
    unitName: refOf(units, w.unitId).name,
    coverUrl: cover ? (urls.get(cover) ?? null) : null,
    imageCount: w.images.length,
    likeCount: w.likeCount,
  }
}

/** To-do of chairs of `units`: works waiting at one of them. */
export async function worksToReviewCount(units: string[]): Promise<number> {
  return (
    await works()
      .where({ reviewUnitId: db().command.in(units), status: 'reviewing' })
      .count()
  ).total
}

/** To-do of the city union (its units `cityUnits`): works sent up at least once, or waiting at the city union itself (as the selection page lists them). */
export async function worksToSelectCount(cityUnits: string[]): Promise<number> {
  const _ = db().command
  return (
    await works()
      .where(
        _.or([
          { status: 'reviewing', passes: _.gte(1) },
          { status: 'reviewing', reviewUnitId: _.in(cityUnits) },
        ]) as unknown as Record<string, unknown>,
      )
      .count()
  ).total
}

/** The works of a unit's subtree in any of `statuses` (a query to count and page). */
export const worksUnderIn = (unitId: string, statuses: readonly WorkDoc['status'][]) =>
  works().where({ unitPath: unitId, status: db().command.in([...statuses]) })
