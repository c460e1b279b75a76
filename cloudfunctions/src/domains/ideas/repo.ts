// Golden ideas: the documents and the small helpers every handler shares.
import crypto from 'node:crypto'
import type { AwardLevel, IdeaStatus, IdeaType, PersonRef, ScoreSummary } from '../../../../types/entities/ideas'
import { AWARD_LEVELS } from '../../../../types/entities/ideas'
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

/** A short excerpt for lists: whole characters, an ellipsis when cut. */
export function excerpt(text: string, max = 60): string {
  const chars = Array.from(text.replace(/\s+/g, ' ').trim())
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : chars.join('')
}
