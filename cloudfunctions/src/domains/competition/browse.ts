// What anyone may see (lists and the public detail page, results included) and what a worker sees of
// their own sign-ups; the city's view of which unions have run how many.
import QRCode from 'qrcode'
import type { AreaProgress, CompetitionSummary } from '../../../../types/entities/competition'
import { loadUser, makeCaller, type UserDoc } from '../../lib/caller'
import { db } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import type { Handler, HandlerContext } from '../../lib/handler'
import { toRef, units, unitsById } from '../org/units-repo'
import { coverNoteOf } from './cover'
import { canManage, organiserDetail } from './manage'
import { reloadCompetition } from './places'
import { competitions, signupKeys, signupOf, signups, toMySignup, toSummary, windowOf, type CompetitionDoc } from './repo'
import { HELD_STATUS } from '../../../../types/wording/held'
import { literalPattern } from '../../../../types/wording/search'
import { eligible } from './signup'

const PAGE = 20
const VISIBLE: CompetitionDoc['status'][] = ['published', 'closed', 'finished']

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
  const _ = db().command
  const where: Record<string, unknown> = { status: _.in(VISIBLE) }
  if (input.category) where.category = input.category
  if (input.filter === 'open') Object.assign(where, { status: 'published', signupStartAt: _.lte(new Date(ctx.now)), signupEndAt: _.gte(new Date(ctx.now)) })
  if (input.filter === 'held') where.status = HELD_STATUS
  // Titles are short and the query is narrowed by the status index first: a literal pattern is enough.
  // The cloud's regular expressions are not meant for long texts or large sets
  // (https://developers.weixin.qq.com/miniprogram/dev/wxcloud/reference-server-api/database/db.regexp.html).
  if (input.keyword) where.title = db().RegExp({ regexp: literalPattern(input.keyword), options: 'i' })
  if (input.filter === 'my_unit' || input.filter === 'mine') {
    const user = await callerUser(ctx)
    if (!user?.unitPath) return { items: [], hasMore: false }
    if (input.filter === 'my_unit') where.organizerUnitId = _.in(user.unitPath)
    else {
      const keys = (await signupKeys().where({ userId: user._id }).limit(100).get()).data
      if (keys.length === 0) return { items: [], hasMore: false }
      where._id = _.in(keys.map((k) => k.competitionId))
    }
  }
  const [res, held] = await Promise.all([
    competitions()
      .where(where)
      .orderBy('publishedAt', 'desc')
      .skip((input.page - 1) * PAGE)
      .limit(PAGE + 1)
      .get(),
    input.filter === 'held' && !input.keyword && !input.category && input.page === 1 ? competitions().where({ status: HELD_STATUS }).count() : null,
  ])
  return { items: await summaries(res.data.slice(0, PAGE), ctx.now), hasMore: res.data.length > PAGE, ...(held ? { held: held.total } : {}) }
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
    mine: mine ? await toMySignup(mine, user!._id, c) : null,
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
  const _ = db().command
  const comps = page.length
    ? (
        await competitions()
          .where({ _id: _.in([...new Set(page.map((s) => s.competitionId))]) })
          .limit(PAGE)
          .get()
      ).data
    : []
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
  const _ = db().command
  const $ = _.aggregate
  const [areas, counted] = await Promise.all([
    units()
      .where({ type: _.in(['city', 'industry', 'township']), status: 'active' })
      .limit(500)
      .get(),
    competitions()
      .aggregate()
      .match({ status: _.in(VISIBLE) })
      .unwind('$unitPath')
      .group({ _id: '$unitPath', held: $.sum($.cond({ if: $.eq(['$status', HELD_STATUS]), then: 1, else: 0 })), all: $.sum(1) })
      .limit(10000)
      .end(),
  ])
  const byUnit = new Map(counted.list.map((r) => [r._id as string, r as { held: number; all: number }]))
  // Every competition's path starts at the city union: its row is the count for the whole city.
  const city = areas.data.find((u) => u.type === 'city')
  const held = (city && byUnit.get(city._id)?.held) ?? 0
  const items: AreaProgress[] = areas.data
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
  const _ = db().command
  const where: Record<string, unknown> = { unitId: me.unitId, profileCompletedAt: _.exists(true), _id: _.neq(me._id) }
  if (input.keyword) where.realName = db().RegExp({ regexp: literalPattern(input.keyword) })
  const people = (await db().collection<UserDoc>('users').where(where).orderBy('realName', 'asc').limit(100).get()).data
  const keys = people.length
    ? (
        await signupKeys()
          .where({ _id: _.in(people.map((p) => `${input.competitionId}:${p._id}`)) })
          .limit(100)
          .get()
      ).data
    : []
  const taken = new Set(keys.map((k) => k.userId))
  return { items: people.map((p) => ({ userId: p._id, realName: p.realName, job: p.job, signedUp: taken.has(p._id) })) }
}
