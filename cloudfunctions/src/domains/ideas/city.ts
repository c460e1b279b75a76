// The city union's side: forming judging panels from people holding the judge role, assigning
// forwarded ideas to panels (one panel, or spread over all, least loaded first: the panels take turns),
// merging duplicates so they are not judged twice, and concluding: adopt with an award (at least two
// judges' scores first), decline with a reason, mark adopted ideas as put into practice.
import type { CityIdea, JudgeOption, PanelView } from '../../../../types/entities/ideas'
import { MIN_SCORES_TO_ADOPT } from '../../../../types/entities/ideas'
import type { UserDoc } from '../../lib/caller'
import { AppError } from '../../lib/errors'
import type { Handler, MemberContext } from '../../lib/handler'
import { bumpStat } from '../../lib/participation'
import { cityUnit } from '../org/units-repo'
import { grantHoldersOn, usersByIds } from '../people/directory-repo'
import { judgeScore } from './judge-views'
import { tellAuthor } from './notify'
import {
  adoptIfScored,
  assignToPanel,
  awardRank,
  ideas,
  loadIdea,
  newId,
  panelLoads,
  panels,
  panelsByIds,
  recordMerged,
  scores,
  transition,
  type IdeaDoc,
  type PanelDoc,
} from './repo'
import { reviewView } from './review'
import { toCityIdea, toCityRows, unitNames } from './views'

const PAGE = 20

const holdsJudge = (u: UserDoc) => u.roles.some((g) => g.role === 'judge')

async function panelViews(list: PanelDoc[]): Promise<PanelView[]> {
  const [people, counts] = await Promise.all([usersByIds(list.flatMap((p) => p.judgeIds)), panelLoads(list.map((p) => p._id))])
  return list.map((p) => ({
    id: p._id,
    name: p.name,
    judges: p.judgeIds.map((id) => ({ userId: id, realName: people.get(id)?.realName ?? '' })),
    reviewing: counts.get(p._id) ?? 0,
  }))
}

async function cityView(i: IdeaDoc, ctx: MemberContext): Promise<CityIdea> {
  const [review, panel, list] = await Promise.all([
    reviewView(i, ctx),
    i.panelId ? panels().doc(i.panelId).get() : Promise.resolve({ data: null }),
    scores().where({ ideaId: i._id }).orderBy('scoredAt', 'asc').limit(100).get(),
  ])
  const judges = await usersByIds(list.data.map((s) => s.judgeId))
  const scored = list.data.map((s) => ({ ...judgeScore(s), judge: { userId: s.judgeId, realName: judges.get(s.judgeId)?.realName ?? '' } }))
  return toCityIdea(i, { ...review, canDecide: false }, panel.data, scored)
}

async function loadReviewed(id: string): Promise<IdeaDoc> {
  const idea = await loadIdea(id)
  if (idea.status === 'draft') throw new AppError('IDEA.NOT_FOUND')
  return idea
}

/** ideas.judges: judge grants sit on the city union (types/roles.ts), so one indexed query finds them. */
export const judges: Handler<'ideas.judges'> = async () => {
  const city = await cityUnit()
  if (!city) return { items: [] }
  const found = (await grantHoldersOn(city._id)).filter(holdsJudge)
  const names = await unitNames(found.map((u) => u.unitId).filter((x): x is string => Boolean(x)))
  const items: JudgeOption[] = found.map((u) => ({ userId: u._id, realName: u.realName, job: u.job, unitName: u.unitId ? (names.get(u.unitId) ?? '') : '' }))
  items.sort((a, b) => a.realName.localeCompare(b.realName, 'zh-CN'))
  return { items }
}

/** ideas.panels */
export const listPanels: Handler<'ideas.panels'> = async () => {
  const list = (await panels().orderBy('createdAt', 'asc').limit(100).get()).data
  return { items: await panelViews(list) }
}

/** ideas.savePanel: every member must hold the judge role; an idea needs two scores, so two judges at least. */
export const savePanel: Handler<'ideas.savePanel'> = async (input, ctx) => {
  const judgeIds = [...new Set(input.judgeIds)]
  if (judgeIds.length < MIN_SCORES_TO_ADOPT) throw new AppError('IDEA.PANEL_TOO_SMALL')
  const people = await usersByIds(judgeIds)
  if (judgeIds.some((id) => !people.has(id) || !holdsJudge(people.get(id)!))) throw new AppError('IDEA.NOT_JUDGE')
  const now = new Date(ctx.now)
  if (input.panelId) {
    const res = await panels()
      .doc(input.panelId)
      .update({ data: { name: input.name, judgeIds, updatedAt: now } })
    if (res.stats.updated !== 1) throw new AppError('IDEA.PANEL_NOT_FOUND')
    return (await panelViews([(await panels().doc(input.panelId).get()).data!]))[0]
  }
  const doc: PanelDoc = { _id: newId(), name: input.name, judgeIds, createdBy: ctx.caller.user._id, createdAt: now, updatedAt: now }
  await panels().add({ data: doc })
  return (await panelViews([doc]))[0]
}

/** ideas.cityQueue: forwarded oldest first; under review best mean first; adopted by award. */
export const cityQueue: Handler<'ideas.cityQueue'> = async (input) => {
  const where: Record<string, unknown> = { status: input.status }
  if (input.panelId) where.panelId = input.panelId
  let q = ideas().where(where)
  if (input.status === 'forwarded') q = q.orderBy('forwardedAt', 'asc')
  else if (input.status === 'reviewing') q = q.orderBy('score.mean', 'desc').orderBy('assignedAt', 'asc')
  else if (input.status === 'adopted') q = q.orderBy('awardRank', 'asc').orderBy('adoptedAt', 'desc')
  else q = q.orderBy('updatedAt', 'desc')
  const res = await q
    .skip((input.page - 1) * PAGE)
    .limit(PAGE + 1)
    .field({ sim: false })
    .get()
  const page = res.data.slice(0, PAGE)
  const panelIds = [...new Set(page.map((i) => i.panelId).filter((x): x is string => Boolean(x)))]
  const found = await panelsByIds(panelIds)
  return { items: await toCityRows(page, new Map(found.map((p) => [p._id, p]))), hasMore: res.data.length > PAGE }
}

/** ideas.cityDetail */
export const cityDetail: Handler<'ideas.cityDetail'> = async (input, ctx) => cityView(await loadReviewed(input.ideaId), ctx)

/** ideas.assign */
export const assign: Handler<'ideas.assign'> = async (input, ctx) => {
  let targets: PanelDoc[]
  if (input.panelId) {
    const panel = (await panels().doc(input.panelId).get()).data
    if (!panel) throw new AppError('IDEA.PANEL_NOT_FOUND')
    targets = [panel]
  } else {
    targets = (await panels().orderBy('createdAt', 'asc').limit(100).get()).data
    if (targets.length === 0) throw new AppError('IDEA.NO_PANEL')
  }
  const load = await panelLoads(targets.map((p) => p._id))
  const order = new Map(targets.map((p, i) => [p._id, i]))
  let assigned = 0
  const ids = [...new Set(input.ideaIds)]
  for (const id of ids) {
    // Least loaded first, then the older panel: the panels take turns as ideas arrive.
    const panel = [...targets].sort((a, b) => (load.get(a._id) ?? 0) - (load.get(b._id) ?? 0) || order.get(a._id)! - order.get(b._id)!)[0]
    // A chosen panel may also take an idea already with another one; spreading moves only new arrivals.
    const from = input.panelId ? ['forwarded', 'reviewing'] : ['forwarded']
    if (await assignToPanel(id, panel._id, from as IdeaDoc['status'][], ctx.now)) {
      assigned++
      load.set(panel._id, (load.get(panel._id) ?? 0) + 1)
    }
  }
  return { assigned, skipped: ids.length - assigned }
}

/** ideas.adopt: the first adoption counts toward the home page's "adopted"; later calls change the award. */
export const adopt: Handler<'ideas.adopt'> = async (input, ctx) => {
  const idea = await loadReviewed(input.ideaId)
  const award = { award: input.award, awardRank: awardRank(input.award) }
  if (idea.status === 'adopted') {
    await transition(idea._id, ['adopted'], award, ctx.now)
  } else {
    if (idea.status !== 'reviewing') throw new AppError('IDEA.BAD_STATE')
    if (idea.score.count < MIN_SCORES_TO_ADOPT) throw new AppError('IDEA.TOO_FEW_SCORES')
    // The score condition rides in the same conditional update as the status change.
    if (!(await adoptIfScored(idea._id, MIN_SCORES_TO_ADOPT, award, ctx.now))) throw new AppError('IDEA.BAD_STATE')
    await bumpStat(idea.campaignId, 'ideasAdopted', 1)
    await tellAuthor(idea, 'adopt', `评为${input.award}`, ctx.now)
  }
  return cityView(await loadIdea(idea._id), ctx)
}

/** ideas.decline */
export const decline: Handler<'ideas.decline'> = async (input, ctx) => {
  const idea = await loadReviewed(input.ideaId)
  await transition(idea._id, ['forwarded', 'reviewing'], { status: 'declined', reason: input.reason }, ctx.now)
  await tellAuthor(idea, 'decline', input.reason, ctx.now)
  return cityView(await loadIdea(idea._id), ctx)
}

/** ideas.setImplemented */
export const setImplemented: Handler<'ideas.setImplemented'> = async (input, ctx) => {
  const idea = await loadReviewed(input.ideaId)
  await transition(idea._id, ['adopted'], { implemented: input.implemented }, ctx.now)
  return cityView(await loadIdea(idea._id), ctx)
}

/** ideas.merge: the duplicate leaves every queue; the idea it repeats lists it. */
export const merge: Handler<'ideas.merge'> = async (input, ctx) => {
  const [idea, into] = await Promise.all([loadReviewed(input.ideaId), input.intoId === input.ideaId ? null : ideas().doc(input.intoId).get()])
  const target = into?.data
  if (!target || !['forwarded', 'reviewing', 'adopted'].includes(target.status)) throw new AppError('IDEA.DUPLICATE_TARGET')
  await transition(idea._id, ['forwarded', 'reviewing'], { status: 'merged', duplicateOf: target._id }, ctx.now)
  await recordMerged(target._id, idea._id, ctx.now)
  return cityView(await loadIdea(idea._id), ctx)
}
