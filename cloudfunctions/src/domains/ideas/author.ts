// The author's side: drafts, submitting (and resubmitting after a return), "my ideas", the similar-
// idea hints while typing, and finding colleagues to name as co-authors.
import crypto from 'node:crypto'
import type { ParsedInputOf } from '../../../../types/actions/index'
import type { PersonRef } from '../../../../types/entities/ideas'
import type { UserDoc } from '../../lib/caller'
import { requireCleanText } from '../../lib/content'
import { AppError } from '../../lib/errors'
import { cancelChecks, recordChecks, sendChecks } from '../../lib/media-check'
import type { Handler, MemberContext } from '../../lib/handler'
import { recordParticipants } from '../../lib/participation'
import { bumpUnits } from '../../lib/unit-stats'
import { findCurrentCampaign } from '../campaign/repo'
import { colleaguesNamed, usersByIds } from '../people/directory-repo'
import { assertOwnImages, assertUploaded, prepareImages } from './images'
import { ideas, loadIdea, newId, type IdeaDoc } from './repo'
import { similarTo } from './similarity/cache'
import { termsOf } from './similarity/terms'
import { toMyDetail, toMyIdea } from './views'

const PAGE = 20

type Content = Omit<ParsedInputOf<'ideas.submit'>, 'ideaId'>

const me = (ctx: MemberContext) => ctx.caller.user

/** Co-authors: colleagues of the author's own unit with a completed profile (the author left out). */
async function coAuthorsOf(ids: string[], author: UserDoc): Promise<PersonRef[]> {
  const wanted = [...new Set(ids.filter((id) => id !== author._id))]
  if (wanted.length === 0) return []
  const found = [...(await usersByIds(wanted)).values()]
  if (found.length !== wanted.length || found.some((u) => !u.profileCompletedAt)) throw new AppError('IDEA.COAUTHOR_UNKNOWN')
  if (found.some((u) => u.unitId !== author.unitId)) throw new AppError('IDEA.COAUTHOR_OTHER_UNIT')
  const byId = new Map(found.map((u) => [u._id, u]))
  return wanted.map((id) => ({ userId: id, realName: byId.get(id)!.realName }))
}

/** What a resubmission is compared by: the content as the chair would read it. */
export function contentHash(c: Pick<Content, 'type' | 'title' | 'problem' | 'proposal' | 'benefit' | 'savingsYuan' | 'images' | 'coAuthorIds'>): string {
  const canonical = JSON.stringify([c.type, c.title, c.problem, c.proposal, c.benefit, c.savingsYuan ?? null, c.images, [...new Set(c.coAuthorIds)].sort()])
  return crypto.createHash('sha256').update(canonical).digest('hex')
}

/** One of the caller's ideas; someone else's is "not found" (no hint that it exists). */
async function ownIdea(id: string, userId: string, asAuthor: boolean): Promise<IdeaDoc> {
  const idea = (await ideas().doc(id).get()).data
  if (!idea || !(asAuthor ? idea.authorId === userId : idea.authorIds.includes(userId))) throw new AppError('IDEA.NOT_FOUND')
  return idea
}

function fresh(
  author: UserDoc,
  campaignId: string | null,
  now: number,
): Omit<IdeaDoc, 'type' | 'title' | 'problem' | 'proposal' | 'benefit' | 'savingsYuan' | 'images' | 'coAuthors'> {
  return {
    _id: newId(),
    _openid: author._openid,
    campaignId,
    authorId: author._id,
    authorName: author.realName,
    authorIds: [author._id],
    unitId: author.unitId!,
    unitPath: author.unitPath ?? [],
    imageFolder: newId(),
    status: 'draft',
    rounds: 0,
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
    sim: null,
    simAt: null,
    createdAt: new Date(now),
    updatedAt: new Date(now),
  }
}

/** ideas.saveDraft: unfinished work, seen by no one else; no content check until it is submitted. */
export const saveDraft: Handler<'ideas.saveDraft'> = async (input, ctx) => {
  const author = me(ctx)
  if (![input.title, input.problem, input.proposal, input.benefit].some((t) => t)) throw new AppError('IDEA.EMPTY_DRAFT')
  assertOwnImages(input.images, author._id)
  const coAuthors = await coAuthorsOf(input.coAuthorIds, author)
  const fields = {
    type: input.type,
    title: input.title,
    problem: input.problem,
    proposal: input.proposal,
    benefit: input.benefit,
    savingsYuan: input.savingsYuan ?? null,
    images: input.images.map((f) => ({ sourceFileId: f, fileId: '', check: 'checking' as const })),
    coAuthors,
    authorIds: [author._id, ...coAuthors.map((c) => c.userId)],
  }
  if (input.ideaId) {
    const idea = await ownIdea(input.ideaId, author._id, true)
    if (idea.status !== 'draft') throw new AppError('IDEA.BAD_STATE')
    const res = await ideas()
      .where({ _id: idea._id, authorId: author._id, status: 'draft' })
      .update({ data: { ...fields, updatedAt: new Date(ctx.now) } })
    if (res.stats.updated !== 1) throw new AppError('IDEA.BAD_STATE')
    return toMyDetail(await loadIdea(idea._id), author._id)
  }
  const campaign = await findCurrentCampaign(ctx.now)
  const doc: IdeaDoc = { ...fresh(author, campaign?._id ?? null, ctx.now), ...fields }
  await ideas().add({ data: doc })
  return toMyDetail(doc, author._id)
}

/**
 * ideas.submit: a new idea, a draft, or a returned idea revised. Everything is checked before anything is
 * written (fields, pictures, co-authors, unchanged resubmission, the content check); the idea goes to
 * its unit chair, and then (never before it is written) its new pictures to the media check.
 */
export const submit: Handler<'ideas.submit'> = async (input, ctx) => {
  const author = me(ctx)
  const existing = input.ideaId ? await ownIdea(input.ideaId, author._id, true) : null
  if (existing && existing.status !== 'draft' && existing.status !== 'returned') throw new AppError('IDEA.BAD_STATE')
  assertOwnImages(input.images, author._id)
  const coAuthors = await coAuthorsOf(input.coAuthorIds, author)
  const hash = contentHash(input)
  if (existing?.status === 'returned' && existing.contentHash === hash) throw new AppError('IDEA.UNCHANGED')
  await requireCleanText(ctx.caller.openid!, 3, [input.title, input.problem, input.proposal, input.benefit])
  const known = new Set((existing?.images ?? []).filter((im) => im.fileId).map((im) => im.sourceFileId))
  await assertUploaded(input.images.filter((f) => !known.has(f)))

  const base = existing ?? {
    ...fresh(author, (await findCurrentCampaign(ctx.now))?._id ?? null, ctx.now),
    type: input.type,
    title: '',
    problem: '',
    proposal: '',
    benefit: '',
    savingsYuan: null,
    images: [],
    coAuthors: [],
  }
  const { images, fresh: toCheck } = await prepareImages(input.images, existing?.images ?? [], base.imageFolder)
  const now = new Date(ctx.now)
  const fields = {
    type: input.type,
    title: input.title,
    problem: input.problem,
    proposal: input.proposal,
    benefit: input.benefit,
    savingsYuan: input.savingsYuan ?? null,
    images,
    coAuthors,
    authorIds: [author._id, ...coAuthors.map((c) => c.userId)],
    authorName: author.realName,
    // The chair who reviews it is the chair of the unit the author is in now.
    unitId: author.unitId!,
    unitPath: author.unitPath ?? [],
    status: 'submitted' as const,
    rounds: base.rounds + 1,
    contentHash: hash,
    reason: '',
    duplicateOf: null,
    sim: termsOf(input),
    simAt: ctx.now,
    submittedAt: now,
    updatedAt: now,
  }
  // Checks recorded before the idea is written, sent only once it is: a verdict, however fast, finds it.
  const checks = await recordChecks(ctx.caller.openid!, { kind: 'idea', id: base._id }, toCheck, ctx.now)
  if (existing) {
    // Conditional on the state it was read in: a double tap or a second phone submits it once.
    const res = await ideas().where({ _id: existing._id, authorId: author._id, status: existing.status, rounds: existing.rounds }).update({ data: fields })
    if (res.stats.updated !== 1) {
      await cancelChecks({ kind: 'idea', id: base._id }, toCheck, ctx.now)
      throw new AppError('IDEA.BAD_STATE')
    }
  } else {
    await ideas().add({ data: { ...base, ...fields } })
  }
  await sendChecks(checks, ctx.now)
  // Pictures taken out need no verdict.
  const held = new Set(images.map((im) => im.fileId))
  await cancelChecks(
    { kind: 'idea', id: base._id },
    (existing?.images ?? []).filter((im) => im.fileId && !held.has(im.fileId)).map((im) => im.fileId),
    ctx.now,
  )
  // Taking part (R10) counts from the first submission, for the author and every co-author.
  if (base.rounds === 0) {
    await recordParticipants(
      base.campaignId,
      fields.authorIds.map((userId) => ({ userId, unitId: fields.unitId, unitPath: fields.unitPath })),
      'idea',
      ctx.now,
    )
    // One entry for the unit (the write above landed once for round 0), for the dashboard.
    await bumpUnits(base.campaignId, fields.unitPath, 'entries', 1, ctx.now)
  }
  return toMyDetail(await loadIdea(base._id), author._id)
}

/** ideas.discardDraft */
export const discardDraft: Handler<'ideas.discardDraft'> = async (input, ctx) => {
  const res = await ideas()
    .where({ _id: input.ideaId, authorId: me(ctx)._id, status: 'draft' })
    .remove()
  if (res.stats.removed !== 1) throw new AppError('IDEA.NOT_FOUND')
  return { discarded: true }
}

/** ideas.mine: written or co-written, newest change first. */
export const mine: Handler<'ideas.mine'> = async (input, ctx) => {
  const userId = me(ctx)._id
  const res = await ideas()
    .where({ authorIds: userId })
    .orderBy('updatedAt', 'desc')
    .skip((input.page - 1) * PAGE)
    .limit(PAGE + 1)
    .field({ sim: false })
    .get()
  return { items: res.data.slice(0, PAGE).map((i) => toMyIdea(i, userId)), hasMore: res.data.length > PAGE }
}

/** ideas.myDetail */
export const myDetail: Handler<'ideas.myDetail'> = async (input, ctx) => {
  const userId = me(ctx)._id
  return toMyDetail(await ownIdea(input.ideaId, userId, false), userId)
}

/** ideas.similar: hints while typing. */
export const similar: Handler<'ideas.similar'> = async (input, ctx) => {
  const vector = termsOf({ title: input.title, problem: input.problem, proposal: input.proposal })
  return { items: await similarTo(vector, { kind: 'author', userId: me(ctx)._id }, input.excludeId) }
}

/** ideas.findCoAuthor: exact real name, own unit only: enough to add a colleague, not a directory. */
export const findCoAuthor: Handler<'ideas.findCoAuthor'> = async (input, ctx) => {
  const author = me(ctx)
  const found = await colleaguesNamed(author.unitId, input.realName)
  return {
    items: found.filter((u) => u._id !== author._id && u.profileCompletedAt).map((u) => ({ userId: u._id, realName: u.realName, job: u.job })),
  }
}
