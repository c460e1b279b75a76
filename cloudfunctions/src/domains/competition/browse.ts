// What anyone may see (lists and the public detail page, results included) and what a worker sees of
// their own sign-ups; the city's view of which unions have run how many.
import QRCode from 'qrcode'
import type { AreaProgress, CompetitionSummary } from '../../../../types/entities/competition'
import { loadUser, makeCaller, type UserDoc } from '../../lib/caller'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import type { Handler, HandlerContext } from '../../lib/handler'
import { activeUnitsOfTypes, toRef, unitsById } from '../org/units-repo'
import { coverNoteOf } from './cover'
import { canManage, organiserDetail } from './manage'
import { reloadCompetition } from './places'
import { signupOf, signups, toMySignup, toSummary, windowOf, type CompetitionDoc } from './repo'
import { competitionsByIds, heldAndAllByUnit, heldCount, signedUpCompetitionIds, signupKeysOf, visibleCompetitions, type ListFilter } from './browse-repo'
import { colleaguesOf } from '../people/repo'
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
  const filter: ListFilter = { category: input.category, keyword: input.keyword, held: input.filter === 'held' }
  if (input.filter === 'open') filter.openAt = ctx.now
  if (input.filter === 'my_unit' || input.filter === 'mine') {
    const user = await callerUser(ctx)
    if (!user?.unitPath) return { items: [], hasMore: false }
    if (input.filter === 'my_unit') filter.organizerIn = user.unitPath
    else {
      filter.idIn = await signedUpCompetitionIds(user._id)
      if (filter.idIn.length === 0) return { items: [], hasMore: false }
    }
  }
  const [found, held] = await Promise.all([
    visibleCompetitions(filter, input.page, PAGE),
    input.filter === 'held' && !input.keyword && !input.category && input.page === 1 ? heldCount() : null,
  ])
  return { items: await summaries(found.slice(0, PAGE), ctx.now), hasMore: found.length > PAGE, ...(held !== null ? { held } : {}) }
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
    mine: mine && user ? await toMySignup(mine, user._id, c) : null,
    canSignUp: Boolean(user?.profileCompletedAt && user.unitId && !mine && windowOf(c, ctx.now) === 'open' && eligible(c, user)),
  }
}

/** competition.mySignups: the caller's sign-ups (as participant or team member), newest first. */
export const mySignups: Handler<'competition.mySignups'> = async (input, ctx) => {
  const me = ctx.caller.user
  const res = await signups()
    .where({ memberIds: me._id })
    .orderBy('createdAt', 'desc')
    .skip((input.page - 1) * PAGE)
    .limit(PAGE + 1)
    .get()
  const page = res.data.slice(0, PAGE)
  const comps = await competitionsByIds(
    page.map((s) => s.competitionId),
    PAGE,
  )
  const sums = new Map((await summaries(comps, ctx.now)).map((s) => [s.id, s]))
  const docs = new Map(comps.map((c) => [c._id, c]))
  const items = []
  for (const s of page) {
    const competition = sums.get(s.competitionId)
    if (competition) items.push({ signup: await toMySignup(s, me._id, docs.get(s.competitionId)), competition })
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
  const [qrDataUrl, c, byId] = await Promise.all([
    QRCode.toDataURL(content, { errorCorrectionLevel: 'M', margin: 2, width: 360 }),
    reloadCompetition(s.competitionId),
    unitsById(me.unitId ? [me.unitId] : []),
  ])
  if (!c) throw new AppError('COMPETITION.NOT_FOUND')
  // The ticket says who it is for and what, when and where: what a steward at the door checks by eye.
  return {
    code: s.ticketCode,
    qrDataUrl,
    person: { realName: me.realName, unitName: (me.unitId && byId.get(me.unitId)?.name) || '', teamName: s.teamName },
    competition: { id: c._id, title: c.title, place: c.place, eventStartAt: c.eventStartAt.getTime(), eventEndAt: c.eventEndAt.getTime() },
  }
}

/** competition.areaProgress: every industry and township union with its count; fewest first. */
export const areaProgress: Handler<'competition.areaProgress'> = async () => {
  const [areas, byUnit] = await Promise.all([activeUnitsOfTypes(['city', 'industry', 'township'], 500), heldAndAllByUnit()])
  // Every competition's path starts at the city union: its row is the count for the whole city.
  const city = areas.find((u) => u.type === 'city')
  const held = (city && byUnit.get(city._id)?.held) ?? 0
  const items: AreaProgress[] = areas
    .filter((u) => u.type !== 'city')
    .map((u) => {
      const n = byUnit.get(u._id)
      return { unit: toRef(u), held: n?.held ?? 0, upcoming: (n?.all ?? 0) - (n?.held ?? 0) }
    })
  items.sort((a, b) => a.held - b.held || a.unit.name.localeCompare(b.unit.name, 'zh-CN'))
  return { items, minimum: 3, held }
}

/** competition.teammates: colleagues of the captain's own unit, for a team sign-up. */
export const teammates: Handler<'competition.teammates'> = async (input, ctx) => {
  const me = ctx.caller.user
  const people = me.unitId ? await colleaguesOf(me.unitId, me._id, input.keyword, 100) : []
  const keys = await signupKeysOf(
    input.competitionId,
    people.map((p) => p._id),
  )
  const taken = new Set(keys.map((k) => k.userId))
  return { items: people.map((p) => ({ userId: p._id, realName: p.realName, job: p.job, signedUp: taken.has(p._id) })) }
}
