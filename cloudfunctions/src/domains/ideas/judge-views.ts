// Everything a judge receives is built here, from documents read with BLIND_FIELDS: the author, the
// unit, co-authors and the original (author-foldered) picture paths are never even loaded on the judge's
// path, and these builders name each field they emit. Other judges' scores appear only in
// `panel`, only once the judge has scored, and as bare numbers.
import type { JudgeIdea, JudgeQueueItem, JudgeScore, ScoreSummary, SimilarIdea } from '../../../../types/entities/ideas'
import { tempUrls } from '../../lib/files'
import { excerpt, type IdeaDoc, type ScoreDoc } from './repo'

/** The projection for any idea read on a judge's behalf. */
export const BLIND_FIELDS = {
  _id: true,
  type: true,
  title: true,
  problem: true,
  proposal: true,
  benefit: true,
  savingsYuan: true,
  status: true,
  'images.fileId': true,
  'images.check': true,
  sim: true,
  assignedAt: true,
} as const

/** What a blind read answers (assignment and conflict checks read their own fields separately). */
export type BlindIdea = Pick<IdeaDoc, '_id' | 'type' | 'title' | 'problem' | 'proposal' | 'benefit' | 'savingsYuan' | 'status' | 'sim'> & {
  images?: Array<{ fileId?: string; check?: string }>
  assignedAt?: Date
}

export function judgeScore(s: ScoreDoc): JudgeScore {
  return { innovation: s.innovation, feasibility: s.feasibility, benefit: s.benefit, total: s.total, comment: s.comment, scoredAt: s.scoredAt.getTime() }
}

export function toJudgeQueueItem(i: BlindIdea, mine: ScoreDoc | undefined): JudgeQueueItem {
  return {
    id: i._id,
    type: i.type,
    title: i.title,
    excerpt: excerpt(i.problem, 50),
    assignedAt: i.assignedAt ? i.assignedAt.getTime() : 0,
    myTotal: mine ? mine.total : null,
  }
}

export async function toJudgeIdea(i: BlindIdea, mine: ScoreDoc | null, others: number[], similar: SimilarIdea[]): Promise<JudgeIdea> {
  const passed = (i.images ?? []).filter((im) => im.check === 'pass' && im.fileId).map((im) => im.fileId!)
  const urls = await tempUrls(passed)
  let panel: JudgeIdea['panel'] = null
  if (mine) {
    const totals = [mine.total, ...others]
    const summary: ScoreSummary = {
      count: totals.length,
      mean: Math.round((totals.reduce((a, b) => a + b, 0) / totals.length) * 10) / 10,
      spread: Math.max(...totals) - Math.min(...totals),
    }
    panel = { ...summary, otherTotals: [...others].sort((a, b) => b - a) }
  }
  return {
    id: i._id,
    type: i.type,
    title: i.title,
    problem: i.problem,
    proposal: i.proposal,
    benefit: i.benefit,
    savingsYuan: i.savingsYuan,
    status: i.status,
    imageUrls: passed.map((f) => urls.get(f)).filter((u): u is string => Boolean(u)),
    mine: mine ? judgeScore(mine) : null,
    panel,
    similar,
  }
}
