// Judges: their queue, an idea to judge, and scoring it — blind. A judge may judge an idea assigned to
// a panel they sit on, that they did not write; whether the access rule lets them in (holding the
// judge role) is the wrapper's business, whether this idea is theirs to judge is checked here.
// A judge scores an idea once: the score document's id is idea:judge, and the transaction that adds it
// also moves the idea's running totals, so the summary can never disagree with the documents.
import { weightedTotal } from '../../../../types/entities/ideas'
import { AppError } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { inTransaction } from '../../lib/transaction'
import { BLIND_FIELDS, toJudgeIdea, toJudgeQueueItem, type BlindIdea } from './judge-views'
import { ideas, ideasByIds, otherJudgesTotals, panels, scoreId, scores, toScoreBy, type IdeaDoc, type ScoreDoc } from './repo'
import { similarToIdea } from './similarity/cache'

const PAGE = 20

export async function panelIdsOf(judgeId: string): Promise<string[]> {
  return (await panels().where({ judgeIds: judgeId }).field({ _id: true }).limit(100).get()).data.map((p) => p._id)
}

type Assignable = Pick<IdeaDoc, 'status' | 'panelId' | 'authorIds'>
const assignedTo = (i: Assignable | null, judgeId: string, panelIds: string[]) =>
  Boolean(i && i.status === 'reviewing' && i.panelId && panelIds.includes(i.panelId) && !i.authorIds.includes(judgeId))

async function view(ideaId: string, judgeId: string, mine: ScoreDoc | null) {
  const [idea, others] = await Promise.all([
    ideas().doc(ideaId).field(BLIND_FIELDS).get(),
    // other judges' totals are read only for a judge who has scored it
    mine ? otherJudgesTotals(ideaId, judgeId) : Promise.resolve([]),
  ])
  const blind = idea.data as unknown as BlindIdea | null
  if (!blind) throw new AppError('IDEA.NOT_ASSIGNED')
  const similar = await similarToIdea(blind, { kind: 'judge', userId: judgeId })
  return toJudgeIdea(blind, mine, others, similar)
}

/** ideas.judgeQueue: still to score (oldest assignment first), or scored (latest first). */
export const judgeQueue: Handler<'ideas.judgeQueue'> = async (input, ctx) => {
  const me = ctx.caller.user._id
  if (input.filter === 'done') {
    const res = await scores()
      .where({ judgeId: me })
      .orderBy('scoredAt', 'desc')
      .skip((input.page - 1) * PAGE)
      .limit(PAGE + 1)
      .get()
    const page = res.data.slice(0, PAGE)
    if (page.length === 0) return { items: [], hasMore: false }
    const found = await ideasByIds<BlindIdea>(
      page.map((s) => s.ideaId),
      BLIND_FIELDS,
    )
    const byId = new Map(found.map((i) => [i._id, i]))
    return { items: page.filter((s) => byId.has(s.ideaId)).map((s) => toJudgeQueueItem(byId.get(s.ideaId)!, s)), hasMore: res.data.length > PAGE }
  }
  const panelIds = await panelIdsOf(me)
  if (panelIds.length === 0) return { items: [], hasMore: false }
  const rows = await toScoreBy<BlindIdea>(me, panelIds, input.page, PAGE, BLIND_FIELDS)
  return { items: rows.slice(0, PAGE).map((i) => toJudgeQueueItem(i, undefined)), hasMore: rows.length > PAGE }
}

/** ideas.judgeDetail: an assigned idea, or one the judge has scored (their history). */
export const judgeDetail: Handler<'ideas.judgeDetail'> = async (input, ctx) => {
  const me = ctx.caller.user._id
  const [access, panelIds, mine] = await Promise.all([
    ideas().doc(input.ideaId).field({ status: true, panelId: true, authorIds: true }).get(),
    panelIdsOf(me),
    scores().doc(scoreId(input.ideaId, me)).get(),
  ])
  if (!mine.data && !assignedTo(access.data as Assignable | null, me, panelIds)) throw new AppError('IDEA.NOT_ASSIGNED')
  return view(input.ideaId, me, mine.data)
}

/** ideas.score */
export const score: Handler<'ideas.score'> = async (input, ctx) => {
  const me = ctx.caller.user._id
  const panelIds = await panelIdsOf(me)
  const total = weightedTotal(input)
  const doc: ScoreDoc = {
    _id: scoreId(input.ideaId, me),
    ideaId: input.ideaId,
    judgeId: me,
    panelId: null,
    innovation: input.innovation,
    feasibility: input.feasibility,
    benefit: input.benefit,
    total,
    comment: input.comment,
    scoredAt: new Date(ctx.now),
  }
  // Two taps at once: the second transaction conflicts with the first at its write and runs again on a
  // snapshot that has the first one's score, so it answers ALREADY_SCORED; no error shape is relied on.
  await inTransaction(async (tx) => {
    if ((await tx.collection<ScoreDoc>('idea_scores').doc(doc._id).get()).data) throw new AppError('IDEA.ALREADY_SCORED')
    const idea = (await tx.collection<IdeaDoc>('ideas').doc(input.ideaId).get()).data
    if (!idea || !assignedTo(idea, me, panelIds)) throw new AppError('IDEA.NOT_ASSIGNED')
    await tx.collection<ScoreDoc>('idea_scores').add({ data: { ...doc, panelId: idea.panelId } })
    const s = idea.score
    const count = s.count + 1
    const sum = s.sum + total
    await tx
      .collection<IdeaDoc>('ideas')
      .doc(idea._id)
      .update({
        data: {
          score: {
            count,
            sum,
            min: s.min === null ? total : Math.min(s.min, total),
            max: s.max === null ? total : Math.max(s.max, total),
            mean: Math.round((sum / count) * 10) / 10,
          },
          scoredBy: [...idea.scoredBy, me],
          updatedAt: new Date(ctx.now),
        },
      })
  })
  return view(input.ideaId, me, doc)
}
