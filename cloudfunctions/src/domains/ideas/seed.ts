// Idea documents as the handlers write them, for tests, the authorization matrix and the benchmark to
// load directly (cloud.db.insertMany). Not imported by any handler, so never bundled into a function.
import type { IdeaStatus } from '../../../../types/entities/ideas'
import { newId, type IdeaDoc } from './repo'
import { termsOf } from './similarity/terms'

export interface SeedAuthor {
  userId: string
  openid: string
  realName: string
  unitId: string
  unitPath: string[]
}

export function ideaDoc(
  author: SeedAuthor,
  text: { title: string; problem: string; proposal: string; benefit?: string },
  status: IdeaStatus,
  now: number,
  extra: Partial<IdeaDoc> = {},
): IdeaDoc {
  const submitted = status !== 'draft'
  return {
    _id: newId(),
    _openid: author.openid,
    campaignId: 'mayday',
    authorId: author.userId,
    authorName: author.realName,
    coAuthors: [],
    authorIds: [author.userId],
    unitId: author.unitId,
    unitPath: author.unitPath,
    type: '金点子',
    title: text.title,
    problem: text.problem,
    proposal: text.proposal,
    benefit: text.benefit ?? '减少浪费，提高效率。',
    savingsYuan: null,
    images: [],
    imageFolder: newId(),
    status,
    rounds: submitted ? 1 : 0,
    contentHash: '',
    reason: '',
    duplicateOf: null,
    mergedFrom: [],
    panelId: null,
    award: null,
    awardRank: 9,
    implemented: false,
    score: { count: 0, sum: 0, min: null, max: null, mean: null },
    scoredBy: [],
    sim: submitted ? termsOf(text) : null,
    simAt: submitted ? now : null,
    ...(submitted ? { submittedAt: new Date(now) } : {}),
    ...(['forwarded', 'reviewing', 'adopted', 'declined', 'merged'].includes(status) ? { forwardedAt: new Date(now) } : {}),
    createdAt: new Date(now),
    updatedAt: new Date(now),
    ...extra,
  }
}
