// What anyone may see (lists and the public detail page, results included) and what a worker sees of
// their own sign-ups; the city's view of which unions have run how many.
import QRCode from 'qrcode'
import type { AreaProgress, CompetitionSummary } from '../../../../types/entities/competition'
import { loadUser, makeCaller, type UserDoc } from '../../lib/caller'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import type { Handler, HandlerContext } from '../../lib/handler'
import { activeAreas, toRef, unitsById } from '../org/units-repo'
import { colleaguesOf } from '../people/directory-repo'
import { competitionsByIds, heldAndFinishedByUnit, signupKeysOf, visibleCompetitions, type ListFilter } from './browse-repo'
import { coverNoteOf } from './cover'
import { canManage, organiserDetail } from './manage'
import { reloadCompetition } from './places'
import { signupKeys, signupOf, signups, toMySignup, toSummary, windowOf, type CompetitionDoc } from './repo'
import { eligible } from './signup'

const PAGE = 20

async function summaries(list: CompetitionDoc[], now: number): Promise<CompetitionSummary[]> {
  const [byId, urls] = await Promise.all([unitsById(list.map((c) => c.organizerUnitId)), tempUrls(list.map((c) => c.coverFileId))])
  return list.map((c) => {
    const u = byId.get(c.organizerUnitId)
    return toSummary(c, u ? toRef(u) : { id: c.organizerUnitId, name: '', type: 'grassroots' }, c.coverFileId ? (urls.get(c.coverFileId) ?? null) : null, now)
  })
}

async function callerUser(ctx: HandlerContext): Promise<UserDoc | undefined> {
  return ctx.caller.user ?? (ctx.caller.openid ? await loadUser(ctx.caller.openid) : undefined)
}

/** competition.list: published ones, newest first; open now / my unit's / mine. */
export const list: Handler<'competition.list'> = async (input, ctx) => {
  const where: ListFilter = { category: input.category }
  if (input.filter === 'open') where.openAt = ctx.now
  if (input.filter === 'my_unit' || input.filter === 'mine') {
    const user = await callerUser(ctx)
    if (!user?.unitPath) return { items: [], hasMore: false }
    if (input.filter === 'my_unit') where.organizerIn = user.unitPath
    else {
      const keys = (await signupKeys().where({ userId: user._id }).limit(100).get()).data
      if (keys.length === 0) return { items: [], hasMore: false }
      where.idIn = keys.map((k) => k.competitionId)
    }
  }
  const rows = await visibleCompetitions(where, input.page, PAGE)
  return { items: await summaries(rows.slice(0, PAGE), ctx.now), hasMore: rows.length > PAGE }
}

/** competition.detail: the public page; a draft only for its organisers. */
export const detail: Handler<'competition.detail'> = async (input, ctx) => {
  const c = await reloadCompetition(input.competitionId)
  const user = await callerUser(ctx)
  // a public action: the wrapper did not load the caller, so their roles are read here
  const manager = Boolean(c && user && canManage({ caller: makeCaller(ctx.caller.openid, user) }, c))
  if (!c || (c.status === 'draft' && !manager)) throw new AppError('COMPETITION.NOT_FOUND')
  const base = await organiserDetail(c, ctx)
  const mine = user ? await signupOf(c._id, user._id) : null
  return {
    ...base,
    canManage: manager,
    coverFileId: manager ? (c.coverFileId ?? null) : null,
    ...(manager && coverNoteOf(c) ? { coverNote: coverNoteOf(c) } : {}),
    mine: mine ? await toMySignup(mine, user!._id) : null,
    canSignUp: Boolean(user?.profileCompletedAt && user.unitId && !mine && windowOf(c, ctx.now) === 'open' && eligible(c, user)),
  }
}

/** competition.mySignups: the caller's sign-ups (as participant or team member), newest first. */
export const mySignups: Handler<'competition.mySignups'> = async (input, ctx) => {
  const me = ctx.caller.user
  const res = await signups().where({ memberIds: me._id }).orderBy('createdAt', 'desc').skip((input.page - 1) * PAGE).limit(PAGE + 1).get()
  const page = res.data.slice(0, PAGE)
  const comps = await competitionsByIds(page.map((s) => s.competitionId), PAGE)
  const sums = new Map((await summaries(comps, ctx.now)).map((s) => [s.id, s]))
  const items = []
  for (const s of page) {
    const competition = sums.get(s.competitionId)
    if (competition) items.push({ signup: await toMySignup(s, me._id), competition })
  }
  return { items, hasMore: res.data.length > PAGE }
}

/** competition.ticket: the QR the organiser scans (or the code they type) at the event. */
export const ticket: Handler<'competition.ticket'> = async (input, ctx) => {
  const me = ctx.caller.user
  const s = await signupOf(input.competitionId, me._id)
  if (!s || s.status === 'withdrawn') throw new AppError('COMPETITION.NOT_SIGNED_UP')
  if (s.status !== 'accepted') throw new AppError('COMPETITION.NOT_ACCEPTED')
  // What the organiser's scanCode reads: the competition and the code, nothing personal.
  const content = `zgfc-checkin:${s.competitionId}:${s.ticketCode}`
  const qrDataUrl = await QRCode.toDataURL(content, { errorCorrectionLevel: 'M', margin: 2, width: 360 })
  return { code: s.ticketCode, qrDataUrl }
}

/** competition.areaProgress: every industry and township union with its count; fewest first. */
export const areaProgress: Handler<'competition.areaProgress'> = async () => {
  const [areas, byUnit] = await Promise.all([activeAreas(), heldAndFinishedByUnit()])
  const items: AreaProgress[] = areas.map((u) => ({ unit: toRef(u), held: byUnit.get(u._id)?.held ?? 0, finished: byUnit.get(u._id)?.finished ?? 0 }))
  items.sort((a, b) => a.held - b.held || a.unit.name.localeCompare(b.unit.name, 'zh-CN'))
  return { items, minimum: 3 }
}


/** competition.teammates: colleagues of the captain's own unit, for a team sign-up. */
export const teammates: Handler<'competition.teammates'> = async (input, ctx) => {
  const me = ctx.caller.user
  const people = await colleaguesOf(me.unitId, me._id, input.keyword)
  const keys = await signupKeysOf(input.competitionId, people.map((p) => p._id))
  const taken = new Set(keys.map((k) => k.userId))
  return { items: people.map((p) => ({ userId: p._id, realName: p.realName, job: p.job, signedUp: taken.has(p._id) })) }
}
