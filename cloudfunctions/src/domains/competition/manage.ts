// Organising a competition: create and edit (drafts and published ones), publish, close sign-up,
// cancel, and publish results. Organisers are chairs whose scope covers the organising unit. A new
// cover is sealed and sent to WeChat's media check once the competition is written (cover.ts); the
// public sees it only after it passed.
import crypto from 'node:crypto'
import type { CompetitionDetail } from '../../../../types/entities/competition'
import type { ParsedInputOf } from '../../../../types/actions/index'
import { requireCleanText } from '../../lib/content'
import { cancelChecks, recordChecks, sendChecks, type MediaCheckDoc } from '../../lib/media-check'
import { AppError } from '../../lib/errors'
import { pathOfFileId, tempUrls, userFolder } from '../../lib/files'
import type { Handler, HandlerContext, MemberContext } from '../../lib/handler'
import { bumpCampaign, bumpStat } from '../../lib/participation'
import { bumpUnits } from '../../lib/unit-stats'
import { covers, type UnitDoc } from '../../lib/scope'
import { findCurrentCampaign } from '../campaign/repo'
import { toRef, unitsById } from '../org/units-repo'
import { coverNoteOf, publicCoverOf, removeCoverFile, sealCover } from './cover'
import { promoteWaitlist, reloadCompetition } from './places'
import { acceptedSignups, editIfFits, moveCompetition } from './browse-repo'
import { competitions, publicResults, toSummary, type CompetitionDoc } from './repo'

type Fields = Omit<ParsedInputOf<'competition.create'>, 'organizerUnitId'>

export const ORGANISER_ROLES = ['unit_chair', 'area_chair', 'city_admin'] as const

export const canManage = (ctx: Pick<HandlerContext, 'caller'>, c: Pick<CompetitionDoc, 'unitPath'>) =>
  covers(
    ORGANISER_ROLES.flatMap((r) => ctx.caller.unitsFor(r)),
    c.unitPath,
  )

/** A cover the input names that the competition does not hold yet (the edit form sends back the one it holds). */
const newCover = (f: Fields, current?: CompetitionDoc) => (f.coverFileId && f.coverFileId !== current?.coverFileId ? f.coverFileId : undefined)

async function validate(f: Fields, ctx: MemberContext, current?: CompetitionDoc): Promise<void> {
  if (!(f.signupStartAt < f.signupEndAt && f.signupEndAt <= f.eventStartAt && f.eventStartAt < f.eventEndAt)) throw new AppError('COMPETITION.BAD_DATES')
  if (f.mode === 'team' && f.teamMin > f.teamMax) throw new AppError('COMPETITION.BAD_TEAM_SIZE')
  const cover = newCover(f, current)
  if (cover) {
    if (!pathOfFileId(cover).startsWith(userFolder('competitions', ctx.caller.user._id)) || !(await tempUrls([cover])).has(cover)) {
      throw new AppError('COMMON.VALIDATION', '封面图片需要先上传', [{ path: 'coverFileId', message: '封面图片需要先上传' }])
    }
  }
  // Shown publicly: the same content check as anything people write.
  await requireCleanText(ctx.caller.openid!, 3, [f.title, f.place, f.description])
}

const fieldsOf = (f: Fields) => ({
  title: f.title,
  category: f.category,
  description: f.description,
  place: f.place,
  signupStartAt: new Date(f.signupStartAt),
  signupEndAt: new Date(f.signupEndAt),
  eventStartAt: new Date(f.eventStartAt),
  eventEndAt: new Date(f.eventEndAt),
  capacity: f.capacity,
  mode: f.mode,
  // Kept as given for individual competitions too, so the form reads back what it sent.
  teamMin: f.teamMin,
  teamMax: f.teamMax,
  eligibility: f.eligibility,
  needsApproval: f.needsApproval,
})

/** The organiser's view of a competition (what the detail page shows them). */
export async function organiserDetail(c: CompetitionDoc, ctx: HandlerContext): Promise<CompetitionDetail> {
  const cover = publicCoverOf(c)
  const [units, urls] = await Promise.all([unitsById([c.organizerUnitId]), tempUrls([cover])])
  const organizer = units.get(c.organizerUnitId)
  const manager = canManage(ctx, c)
  const note = manager ? coverNoteOf(c) : undefined
  return {
    ...toSummary(c, organizer ? toRef(organizer) : { id: c.organizerUnitId, name: '', type: 'grassroots' }, cover ? (urls.get(cover) ?? null) : null, ctx.now),
    description: c.description,
    eventEndAt: c.eventEndAt.getTime(),
    teamMin: c.teamMin,
    teamMax: c.teamMax,
    coverFileId: manager ? (c.coverFileId ?? null) : null,
    ...(note ? { coverNote: note } : {}),
    cancelReason: c.cancelReason ?? '',
    results: publicResults(c),
    resultsPublishedAt: c.resultsPublishedAt ? c.resultsPublishedAt.getTime() : null,
    mine: null,
    canSignUp: false,
    canManage: manager,
  }
}

/** The media check of a new cover: recorded before the competition is written, sent after (sendChecks). */
async function recordCover(competitionId: string, cover: string | undefined, ctx: HandlerContext): Promise<MediaCheckDoc[]> {
  return cover ? recordChecks(ctx.caller.openid!, { kind: 'competition', id: competitionId }, [cover], ctx.now) : []
}

/** competition.create: a draft organised by a unit in the caller's scope. */
export const create: Handler<'competition.create'> = async (input, ctx) => {
  const unit = ctx.scope.unit as UnitDoc
  if (unit.status !== 'active') throw new AppError('ORG.UNIT_RETIRED')
  await validate(input, ctx)
  const campaign = await findCurrentCampaign(ctx.now)
  const now = new Date(ctx.now)
  const id = crypto.randomBytes(16).toString('hex')
  const cover = input.coverFileId ? await sealCover(input.coverFileId, id) : undefined
  const doc: CompetitionDoc = {
    _id: id,
    campaignId: campaign?._id ?? null,
    organizerUnitId: unit._id,
    unitPath: unit.path,
    ...fieldsOf(input),
    ...(cover ? { coverFileId: cover, coverCheck: 'checking' as const } : {}),
    status: 'draft',
    counts: { taken: 0, accepted: 0, pending: 0, waitlisted: 0 },
    results: [],
    createdBy: ctx.caller.user._id,
    createdAt: now,
    updatedAt: now,
  }
  const checks = await recordCover(id, cover, ctx)
  await competitions().add({ data: doc })
  await sendChecks(checks, ctx.now)
  return organiserDetail(doc, ctx)
}

/** competition.update: capacity is set only if it is not below the places taken (one conditional update). */
export const update: Handler<'competition.update'> = async (input, ctx) => {
  const c = ctx.scope.record as unknown as CompetitionDoc
  if (c.status === 'finished' || c.status === 'cancelled') throw new AppError('COMPETITION.BAD_STATE')
  await validate(input, ctx, c)
  const anySignups = c.counts.taken + c.counts.waitlisted > 0
  if (anySignups && (input.mode !== c.mode || (input.mode === 'team' && (input.teamMin !== c.teamMin || input.teamMax !== c.teamMax)))) {
    throw new AppError('COMPETITION.BAD_STATE', '已有人报名，不能再更改个人/团体方式和队伍人数')
  }
  const fresh = newCover(input, c)
  const cover = fresh ? await sealCover(fresh, c._id) : undefined
  const checks = await recordCover(c._id, cover, ctx)
  if (!(await editIfFits(c._id, input.capacity, fieldsOf(input), cover, ctx.now))) {
    if (cover) {
      await cancelChecks({ kind: 'competition', id: c._id }, [cover], ctx.now)
      await removeCoverFile(cover)
    }
    throw new AppError('COMPETITION.CAPACITY_BELOW_TAKEN')
  }
  if (cover) {
    await sendChecks(checks, ctx.now)
    if (c.coverFileId) {
      await cancelChecks({ kind: 'competition', id: c._id }, [c.coverFileId], ctx.now)
      await removeCoverFile(c.coverFileId)
    }
  }
  if (input.capacity > c.capacity) await promoteWaitlist(c._id, ctx.now)
  return organiserDetail((await reloadCompetition(c._id))!, ctx)
}

async function transition(c: CompetitionDoc, from: CompetitionDoc['status'][], data: Record<string, unknown>, ctx: HandlerContext): Promise<CompetitionDetail> {
  if (!(await moveCompetition(c._id, from, data, ctx.now))) throw new AppError('COMPETITION.BAD_STATE')
  return organiserDetail((await reloadCompetition(c._id))!, ctx)
}

export const publish: Handler<'competition.publish'> = async (_input, ctx) => {
  const c = ctx.scope.record as unknown as CompetitionDoc
  const detail = await transition(c, ['draft'], { status: 'published', publishedAt: new Date(ctx.now) }, ctx)
  await bumpStat(c.campaignId, 'competitionsPublished', 1)
  return detail
}

export const closeSignup: Handler<'competition.closeSignup'> = async (_input, ctx) =>
  transition(ctx.scope.record as unknown as CompetitionDoc, ['published'], { status: 'closed' }, ctx)

export const cancel: Handler<'competition.cancel'> = async (input, ctx) =>
  transition(ctx.scope.record as unknown as CompetitionDoc, ['draft', 'published', 'closed'], { status: 'cancelled', cancelReason: input.reason }, ctx)

/** competition.publishResults: marks it held (counted once toward the campaign's 100) and shows the ranks. */
export const publishResults: Handler<'competition.publishResults'> = async (input, ctx) => {
  const c = ctx.scope.record as unknown as CompetitionDoc
  if (!['published', 'closed', 'finished'].includes(c.status)) throw new AppError('COMPETITION.BAD_STATE')
  if (ctx.now < c.eventStartAt.getTime()) throw new AppError('COMPETITION.BAD_STATE', '比赛开始后才能发布成绩')
  const ids = [...new Set(input.results.map((r) => r.signupId))]
  const found = await acceptedSignups(c._id, ids)
  if (found.length !== ids.length) throw new AppError('COMPETITION.RESULT_UNKNOWN_SIGNUP')
  const byId = new Map(found.map((s) => [s._id, s]))
  // Published results keep the unit's name as it was when they were announced.
  const units = await unitsById(found.map((s) => s.unitId))
  const results = input.results.map((r) => {
    const s = byId.get(r.signupId)!
    return { signupId: r.signupId, rank: r.rank, award: r.award, name: s.teamName || s.realName, unitName: units.get(s.unitId)?.name ?? '' }
  })
  const wasFinished = await competitions().where({ _id: c._id, status: 'finished' }).count()
  const detail = await transition(c, ['published', 'closed', 'finished'], { status: 'finished', results, resultsPublishedAt: new Date(ctx.now) }, ctx)
  if (wasFinished.total === 0) {
    await bumpCampaign(c.campaignId, 'competitions', 1)
    await bumpUnits(c.campaignId, c.unitPath, 'competitions', 1, ctx.now)
  }
  return detail
}

/** competition.manageList: what a unit and the units under it organise, drafts included. */
export const manageList: Handler<'competition.manageList'> = async (input, ctx) => {
  const unit = ctx.scope.unit as UnitDoc
  const res = await competitions()
    .where({ unitPath: unit._id })
    .orderBy('createdAt', 'desc')
    .skip((input.page - 1) * 20)
    .limit(21)
    .get()
  const page = res.data.slice(0, 20)
  const [units, urls] = await Promise.all([unitsById(page.map((c) => c.organizerUnitId)), tempUrls(page.map(publicCoverOf))])
  return {
    items: page.map((c) => {
      const u = units.get(c.organizerUnitId)
      return toSummary(
        c,
        u ? toRef(u) : { id: c.organizerUnitId, name: '', type: 'grassroots' },
        c.coverFileId ? (urls.get(c.coverFileId) ?? null) : null,
        ctx.now,
      )
    }),
    hasMore: res.data.length > 20,
  }
}
