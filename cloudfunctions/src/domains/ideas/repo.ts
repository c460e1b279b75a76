// Golden ideas: the documents and the small helpers every handler shares.
import crypto from 'node:crypto'
import type { AwardLevel, IdeaStatus, IdeaType, PersonRef, ScoreSummary } from '../../../../types/entities/ideas'
import { AWARD_LEVELS, MIN_SCORES_TO_ADOPT } from '../../../../types/entities/ideas'
import { db } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import type { TermCounts } from './similarity/terms'

export interface IdeaImageDoc {
  /** What the author uploaded (in their own folder); a resubmission sends it back. */
  sourceFileId: string
  /**
   * A copy under idea-images/<folder>/: every view but the author's shows this one, so neither the
   * file path nor its URL carries who uploaded it (judges review blind).
   */
  fileId: string
  /** manual: no verdict after every try; hidden, handed to a person (a late verdict still settles it). */
  check: 'checking' | 'pass' | 'risky' | 'manual'
}

export interface IdeaDoc {
  _id: string
  /** The author's openid: records written by a cloud function get none by themselves. */
  _openid: string
  campaignId: string | null
  authorId: string
  authorName: string
  coAuthors: PersonRef[]
  /** Author first, then co-authors: "my ideas", and who may not review or judge it. */
  authorIds: string[]
  unitId: string
  /** The author's unit path: chairs' scope and lists. */
  unitPath: string[]
  type: IdeaType
  title: string
  problem: string
  proposal: string
  benefit: string
  savingsYuan: number | null
  images: IdeaImageDoc[]
  /** Random folder of the blind image copies. */
  imageFolder: string
  status: IdeaStatus
  /** Submissions so far (a resubmission after a return adds one). */
  rounds: number
  /** Hash of the content last submitted: a resubmission without changes is refused. */
  contentHash: string
  /** The reason of the last return, rejection or decline. */
  reason: string
  duplicateOf: string | null
  mergedFrom: string[]
  decidedBy?: string
  panelId: string | null
  assignedAt?: Date
  forwardedAt?: Date
  adoptedAt?: Date
  award: AwardLevel | null
  /** Sort key of the showcase: 1 一等奖 … 4 优秀奖, 9 no award. */
  awardRank: number
  implemented: boolean
  /**
   * Weighted totals (0–100) of the judges' scores, changed only in the transaction that adds a score
   * document; `mean` (one decimal) is kept for sorting the city's list.
   */
  score: { count: number; sum: number; min: number | null; max: number | null; mean: number | null }
  scoredBy: string[]
  /** Terms for the similar-idea hints (set at submission), and when they or the status last changed. */
  sim: TermCounts | null
  simAt: number | null
  submittedAt?: Date
  createdAt: Date
  updatedAt: Date
}

export interface ScoreDoc {
  /** ideaId:judgeId — a second score by the same judge is a duplicate key. */
  _id: string
  ideaId: string
  judgeId: string
  panelId: string | null
  innovation: number
  feasibility: number
  benefit: number
  total: number
  comment: string
  scoredAt: Date
}

export interface PanelDoc {
  _id: string
  name: string
  judgeIds: string[]
  createdBy: string
  createdAt: Date
  updatedAt: Date
}

export const ideas = () => db().collection<IdeaDoc>('ideas')
export const scores = () => db().collection<ScoreDoc>('idea_scores')
export const panels = () => db().collection<PanelDoc>('idea_panels')

export const scoreId = (ideaId: string, judgeId: string) => `${ideaId}:${judgeId}`
export const newId = () => crypto.randomBytes(16).toString('hex')

export const awardRank = (award: AwardLevel | null) => (award ? AWARD_LEVELS.indexOf(award) + 1 : 9)

/** Statuses the unit chair has passed: the idea is in the union's hands, no longer only its author's. */
export const REVIEWED: IdeaStatus[] = ['forwarded', 'reviewing', 'adopted', 'declined', 'merged']

export async function loadIdea(id: string): Promise<IdeaDoc> {
  const idea = (await ideas().doc(id).get()).data
  if (!idea) throw new AppError('IDEA.NOT_FOUND')
  return idea
}

export function summaryOf(s: IdeaDoc['score']): ScoreSummary {
  if (!s || s.count === 0) return { count: 0, mean: null, spread: null }
  return { count: s.count, mean: Math.round((s.sum / s.count) * 10) / 10, spread: (s.max ?? 0) - (s.min ?? 0) }
}

/**
 * A status change as one conditional update: it lands only if the idea is still in one of `from`, so
 * two reviewers acting at once cannot both move it. Every change also stamps `simAt`, which is how
 * the similarity caches learn of it.
 */
export async function transition(id: string, from: IdeaStatus[], data: Record<string, unknown>, now: number): Promise<void> {
  const _ = db().command
  const res = await ideas()
    .where({ _id: id, status: _.in(from) })
    .update({ data: { ...data, simAt: now, updatedAt: new Date(now) } })
  if (res.stats.updated !== 1) throw new AppError('IDEA.BAD_STATE')
}

/** Ideas by id with only `fields` read (unknown ids are left out). */
export async function ideasByIds<T extends { _id: string }>(ids: string[], fields: Record<string, boolean>): Promise<T[]> {
  const list = [...new Set(ids)]
  if (list.length === 0) return []
  return (
    await ideas()
      .where({ _id: db().command.in(list) })
      .field(fields)
      .limit(list.length)
      .get()
  ).data as unknown as T[]
}

/** A judge's queue: ideas of their panels under review that they neither wrote nor scored yet, oldest assignment first. */
export async function toScoreBy<T>(judgeId: string, panelIds: string[], page: number, size: number, fields: Record<string, boolean>): Promise<T[]> {
  const _ = db().command
  const res = await ideas()
    .where({ panelId: _.in(panelIds), status: 'reviewing', authorIds: _.nin([judgeId]), scoredBy: _.nin([judgeId]) })
    .orderBy('assignedAt', 'asc')
    .skip((page - 1) * size)
    .limit(size + 1)
    .field(fields)
    .get()
  return res.data as unknown as T[]
}

/** Other judges' totals of an idea. */
export async function otherJudgesTotals(ideaId: string, judgeId: string): Promise<number[]> {
  return (
    await scores()
      .where({ ideaId, judgeId: db().command.neq(judgeId) })
      .field({ total: true })
      .limit(100)
      .get()
  ).data.map((s) => s.total)
}

/** Panels by id (unknown ids are left out). */
export async function panelsByIds(ids: string[]): Promise<PanelDoc[]> {
  const list = [...new Set(ids)]
  return list.length
    ? (
        await panels()
          .where({ _id: db().command.in(list) })
          .limit(list.length)
          .get()
      ).data
    : []
}

/** How many ideas each panel has under review now (one aggregation). */
export async function panelLoads(panelIds: string[]): Promise<Map<string, number>> {
  if (panelIds.length === 0) return new Map()
  const _ = db().command
  const res = await ideas()
    .aggregate()
    .match({ status: 'reviewing', panelId: _.in(panelIds) })
    .group({ _id: '$panelId', n: _.aggregate.sum(1) })
    .limit(panelIds.length)
    .end()
  return new Map(res.list.map((r) => [r._id as string, r.n as number]))
}

/** Puts an idea under a panel's review if it is still in one of `from` and not with that panel already; false otherwise. */
export async function assignToPanel(id: string, panelId: string, from: IdeaStatus[], now: number): Promise<boolean> {
  const _ = db().command
  const res = await ideas()
    .where({ _id: id, status: _.in(from), panelId: _.neq(panelId) })
    .update({ data: { status: 'reviewing', panelId, assignedAt: new Date(now), simAt: now, updatedAt: new Date(now) } })
  return res.stats.updated === 1
}

/** Adopts an idea still under review with at least `minScores` scores (one conditional update); false otherwise. */
export async function adoptIfScored(id: string, minScores: number, data: Record<string, unknown>, now: number): Promise<boolean> {
  const res = await ideas()
    .where({ _id: id, status: 'reviewing', 'score.count': db().command.gte(minScores) })
    .update({ data: { ...data, status: 'adopted', adoptedAt: new Date(now), simAt: now, updatedAt: new Date(now) } })
  return res.stats.updated === 1
}

/** Lists `duplicateId` among the ideas merged into `targetId`. */
export async function recordMerged(targetId: string, duplicateId: string, now: number): Promise<void> {
  await ideas()
    .doc(targetId)
    .update({ data: { mergedFrom: db().command.addToSet(duplicateId), updatedAt: new Date(now) } })
}

/** Settles an image copy still waiting for its verdict (checking, or handed to a person). */
export async function settleImageCheck(ideaId: string, at: number, fileId: string, check: 'pass' | 'risky', now: number): Promise<void> {
  await ideas()
    .where({ _id: ideaId, [`images.${at}.fileId`]: fileId, [`images.${at}.check`]: db().command.in(['checking', 'manual']) })
    .update({ data: { [`images.${at}.check`]: check, updatedAt: new Date(now) } })
}

/** A page of ideas stamped (simAt) at or after `from`, oldest first: how the similarity caches follow changes. */
export async function ideasStampedSince<T>(from: number, size: number, fields: Record<string, boolean>): Promise<T[]> {
  return (
    await ideas()
      .where({ simAt: db().command.gte(from) })
      .orderBy('simAt', 'asc')
      .limit(size)
      .field(fields)
      .get()
  ).data as unknown as T[]
}

/** A short excerpt for lists: whole characters, an ellipsis when cut. */
export function excerpt(text: string, max = 60): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim())
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : chars.join('')
}

/** To-do of chairs of `units`: ideas submitted within them, waiting for review. */
export async function ideasToReviewCount(units: string[]): Promise<number> {
  return (
    await ideas()
      .where({ unitPath: db().command.in(units), status: 'submitted' })
      .count()
  ).total
}

/** To-do of a judge: ideas of their panels under review that they neither wrote nor scored yet. */
export async function ideasToScoreCount(judgeId: string): Promise<number> {
  const panelIds = (await panels().where({ judgeIds: judgeId }).field({ _id: true }).limit(100).get()).data.map((p) => p._id)
  if (!panelIds.length) return 0
  const _ = db().command
  return (
    await ideas()
      .where({ panelId: _.in(panelIds), status: 'reviewing', authorIds: _.nin([judgeId]), scoredBy: _.nin([judgeId]) })
      .count()
  ).total
}

/** To-do of the city union: ideas to assign to a panel, and ideas scored by enough judges to conclude. */
export async function ideasForCityCount(): Promise<number> {
  const [toAssign, toConclude] = await Promise.all([
    ideas().where({ status: 'forwarded' }).count(),
    ideas()
      .where({ status: 'reviewing', 'score.count': db().command.gte(MIN_SCORES_TO_ADOPT) })
      .count(),
  ])
  return toAssign.total + toConclude.total
}

/** The ideas of a unit's subtree in any of `statuses` (a query to count and page). */
export const ideasUnderIn = (unitId: string, statuses: readonly IdeaStatus[]) => ideas().where({ unitPath: unitId, status: db().command.in([...statuses]) })
