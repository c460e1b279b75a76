// The author's side: drafts kept on the server (they survive leaving the page and changing phones),
// submission (text checked at once; the work goes to the author's unit chair at once, its images to
// WeChat's asynchronous check beside the review), deleting a work that is not in review, and "my works".
import crypto from 'node:crypto'
import type { ParsedInputOf } from '../../../../types/actions/index'
import type { MyWork } from '../../../../types/entities/works'
import type { UserDoc } from '../../lib/caller'
import { checkText } from '../../lib/content'
import { AppError } from '../../lib/errors'
import type { Handler, HandlerContext } from '../../lib/handler'
import { cancelChecks, recordChecks, sendChecks } from '../../lib/media-check'
import { bumpStat, recordParticipants } from '../../lib/participation'
import { bumpUnits } from '../../lib/unit-stats'
import { findCurrentCampaign } from '../campaign/repo'
import { dropped, filesOf, removeFiles, resolveImages, sealImages } from './images'
import {
  EDITABLE,
  loadOwnWork,
  markFirstSubmission,
  passedCheck,
  removeOwnEditable,
  step,
  toMyWork,
  unitsOf,
  updateOwnIfUnchanged,
  urlsOf,
  works,
  type WorkDoc,
  type WorkImageDoc,
} from './repo'

const PAGE = 20

export async function myWorkView(w: WorkDoc): Promise<MyWork> {
  const [units, urls] = await Promise.all([unitsOf([w]), urlsOf([w], true)])
  return toMyWork(w, units, urls)
}

const newWorkId = () => crypto.randomBytes(16).toString('hex')

function freshDoc(id: string, me: UserDoc, now: number): WorkDoc {
  return {
    _id: id,
    _openid: me._openid,
    campaignId: null,
    authorId: me._id,
    authorName: me.realName,
    unitId: me.unitId!,
    unitPath: me.unitPath ?? [],
    category: null,
    title: '',
    description: '',
    images: [],
    status: 'draft',
    passed: 0,
    flagged: false,
    reviewUnitId: null,
    passes: 0,
    reason: '',
    steps: [],
    likeCount: 0,
    createdAt: new Date(now),
    updatedAt: new Date(now),
  }
}

/**
 * Write the caller's work: a new one by id (insert), or an existing one only while it is still the
 * author's to change (a conditional update, so a double tap or a second phone cannot both land).
 */
async function writeOwn(existing: WorkDoc | null, doc: WorkDoc): Promise<boolean> {
  const { _id, ...data } = doc
  if (!existing) {
    await works().add({ data: { _id, ...data } })
    return true
  }
  return updateOwnIfUnchanged(_id, doc.authorId, existing.updatedAt, data)
}

async function editable(input: { workId?: string }, me: UserDoc): Promise<WorkDoc | null> {
  if (!input.workId) return null
  const w = await loadOwnWork(input.workId, me._id)
  if (!EDITABLE.includes(w.status)) throw new AppError('WORK.BAD_STATE')
  return w
}

/** Images the work no longer holds: their files deleted, their checks (if any still wait) closed. */
async function dropImages(before: WorkDoc, after: WorkImageDoc[], now: number): Promise<void> {
  const kept = new Set(after.map((im) => im.file))
  await cancelChecks(
    { kind: 'work', id: before._id },
    before.images.filter((im) => !kept.has(im.file)).map((im) => im.file),
    now,
  )
  await removeFiles(dropped(before.images, after))
}

/** works.saveDraft: nothing is checked or shown; images the author took out are deleted from storage. */
export const saveDraft: Handler<'works.saveDraft'> = async (input, ctx) => {
  const me = ctx.caller.user
  const existing = await editable(input, me)
  const images = await resolveImages(input.images, me._id, existing)
  const base = existing ?? freshDoc(newWorkId(), me, ctx.now)
  const doc: WorkDoc = {
    ...base,
    // The unit shown with the work follows the author until it is submitted.
    authorName: me.realName,
    unitId: me.unitId!,
    unitPath: me.unitPath ?? [],
    category: input.category ?? base.category,
    title: input.title,
    description: input.description,
    images,
    status: 'draft',
    updatedAt: new Date(ctx.now),
  }
  if (!(await writeOwn(existing, doc))) throw new AppError('COMMON.CONFLICT')
  if (existing) await dropImages(existing, images, ctx.now)
  return myWorkView(doc)
}

/**
 * works.submit. Order matters for "nothing written on bad input": the text check and every image's
 * check (own, present, a picture, within 10 MB) come before the work is written; copies made while
 * checking are removed if the submission does not go through. The work goes to its unit chair at once:
 * the machine check of the images runs beside the review (a chair need not wait for it; nothing is
 * exhibited before it passed); the checks are recorded before the work is written and sent only after,
 * so a verdict, however fast, finds it. WeChat being unreachable delays nothing: the `content`
 * function's timer sends what was not sent.
 */
export const submit: Handler<'works.submit'> = async (input, ctx) => {
  const me = ctx.caller.user
  const openid = ctx.caller.openid!
  const existing = await editable(input, me)
  const resolved = await resolveImages(input.images, me._id, existing)

  // Text first: the cheapest refusal. "review" goes on, flagged for the chair, who reads every work
  // before anything is public; "risky" is refused now and nothing is kept.
  const textVerdict = await checkText(openid, 3, [input.title, input.description])
  if (textVerdict === 'risky') throw new AppError('CONTENT.REJECTED')

  const id = existing?._id ?? newWorkId()
  const { images: sealed, made } = await sealImages(resolved, me._id, id)
  // Images that passed an earlier check are the same sealed bytes: their verdict stands.
  const images: WorkImageDoc[] = sealed.map((im) => (passedCheck(im.check) ? im : { ...im, check: 'pending' }))
  const passed = images.filter((im) => passedCheck(im.check)).length
  const checked = passed === images.length
  const campaign = existing?.campaignId ? null : await findCurrentCampaign(ctx.now)
  const base = existing ?? freshDoc(id, me, ctx.now)
  const doc: WorkDoc = {
    ...base,
    campaignId: existing?.campaignId ?? campaign?._id ?? null,
    authorName: me.realName,
    unitId: me.unitId!,
    unitPath: me.unitPath ?? [],
    category: input.category,
    title: input.title,
    description: input.description,
    images,
    status: 'reviewing',
    check: checked ? 'passed' : 'waiting',
    passed,
    flagged: textVerdict === 'review' || images.some((im) => im.check === 'review'),
    reviewUnitId: me.unitId!,
    passes: 0,
    reason: '',
    // Nothing new to check (an edit of the text only): checked already.
    steps: [...base.steps, step('submitted', me.unitId!, ctx.now), ...(checked ? [step('checked', null, ctx.now)] : [])],
    submittedAt: new Date(ctx.now),
    updatedAt: new Date(ctx.now),
  }
  // Checks recorded before the work is written, sent only after: nothing the timer does not know about,
  // and no verdict before the work it is about.
  const checks = await recordChecks(
    openid,
    { kind: 'work', id },
    images.filter((im) => im.check === 'pending').map((im) => im.file),
    ctx.now,
  )
  if (!(await writeOwn(existing, doc))) {
    // Only this attempt's own copies: a check of an image the work already held may be the winner's.
    await cancelChecks({ kind: 'work', id }, made, ctx.now)
    await removeFiles(made)
    throw new AppError('COMMON.CONFLICT')
  }
  await sendChecks(checks, ctx.now)
  // The author's own uploads now live on as sealed copies; images taken out are gone too.
  await removeFiles(resolved.filter((im) => !im.sealed).map((im) => im.file))
  if (existing) await dropImages(existing, images, ctx.now)
  await countFirstSubmission(doc, me, ctx)
  return myWorkView((await works().doc(id).get()).data ?? doc)
}

/** The campaign's counts move once per work, whoever wins a race to submit it. */
async function countFirstSubmission(doc: WorkDoc, me: UserDoc, ctx: HandlerContext): Promise<void> {
  if (!(await markFirstSubmission(doc._id, ctx.now))) return
  await bumpStat(doc.campaignId, 'worksSubmitted', 1)
  await bumpUnits(doc.campaignId, doc.unitPath, 'entries', 1, ctx.now)
  await recordParticipants(doc.campaignId, [{ userId: me._id, unitId: doc.unitId, unitPath: doc.unitPath }], 'work', ctx.now)
}

/** works.deleteDraft: the record first (so nothing points at missing files), then its files. */
export const deleteDraft: Handler<'works.deleteDraft'> = async (input, ctx) => {
  const me = ctx.caller.user
  const w = await loadOwnWork(input.workId, me._id)
  if (!EDITABLE.includes(w.status)) throw new AppError('WORK.BAD_STATE')
  if (!(await removeOwnEditable(w._id, me._id))) throw new AppError('WORK.BAD_STATE')
  await removeFiles(filesOf(w.images))
  return { deleted: true }
}

/** works.myWorks: latest change first. */
export const myWorks: Handler<'works.myWorks'> = async (input, ctx) => {
  const me = ctx.caller.user
  const res = await works()
    .where({ authorId: me._id })
    .orderBy('updatedAt', 'desc')
    .skip((input.page - 1) * PAGE)
    .limit(PAGE + 1)
    .get()
  const list = res.data.slice(0, PAGE)
  const [units, urls] = await Promise.all([unitsOf(list), urlsOf(list, true)])
  return { items: list.map((w) => toMyWork(w, units, urls)), hasMore: res.data.length > PAGE }
}

/** works.myWork */
export const myWork: Handler<'works.myWork'> = async (input, ctx) => myWorkView(await loadOwnWork(input.workId, ctx.caller.user._id))

export type SubmitInput = ParsedInputOf<'works.submit'>
