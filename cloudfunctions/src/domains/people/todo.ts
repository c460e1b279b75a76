// people.todo: what waits for a member of staff, counted the way each page lists it, so 我的 can say
// "3 件待审" beside the entry a chair opens between meetings. Only the counts of the caller's own roles
// are asked; every count is one indexed query and they run side by side (with the wrapper's read of
// the caller: 5 round trips for a chair, 8 for the city union). The pages still check every action.
import { MIN_SCORES_TO_ADOPT } from '../../../../types/entities/ideas'
import type { StaffTodo, StaffTodoKey } from '../../../../types/entities/people'
import type { Role } from '../../../../types/roles'
import { db } from '../../lib/cloud'
import type { Handler } from '../../lib/handler'

const CHAIRS: readonly Role[] = ['unit_chair', 'area_chair', 'city_admin']
/** Competitions whose sign-ups an organiser still decides on. */
const DECIDING = ['published', 'closed']

const count = async (collection: string, where: Record<string, unknown>): Promise<number> => (await db().collection(collection).where(where).count()).total

/** Pending sign-ups over the competitions organised within `units` (kept on each competition as counts.pending), and which those are. */
async function pendingSignups(units: string[]): Promise<{ total: number; competitions: NonNullable<StaffTodo['pendingCompetitions']> }> {
  const _ = db().command
  const res = await db()
    .collection<{ _id: string; title: string; counts?: { pending?: number } }>('competitions')
    .where({ unitPath: _.in(units), status: _.in(DECIDING), 'counts.pending': _.gt(0) })
    .field({ 'counts.pending': true, title: true })
    .limit(1000)
    .get()
  const competitions = res.data.map((c) => ({ id: c._id, title: c.title, pending: c.counts?.pending ?? 0 })).sort((a, b) => b.pending - a.pending)
  return { total: competitions.reduce((n, c) => n + c.pending, 0), competitions: competitions.slice(0, 3) }
}

export const todo: Handler<'people.todo'> = async (_input, ctx) => {
  const user = ctx.caller.user
  const _ = db().command
  const unitsOf = (roles: readonly Role[]) => [...new Set(user.roles.filter((g) => roles.includes(g.role)).map((g) => g.unitId))]
  const chairUnits = unitsOf(CHAIRS)
  const cityUnits = unitsOf(['city_admin'])
  const jobs: Array<Promise<[StaffTodoKey, number]>> = []
  const add = (key: StaffTodoKey, n: Promise<number>) => jobs.push(n.then((v) => [key, v]))
  const extra: Array<Promise<Partial<StaffTodo>>> = []

  if (chairUnits.length) {
    add('unit', count('join_requests', { unitPath: _.in(chairUnits), status: 'pending' }))
    const signups = pendingSignups(chairUnits)
    add(
      'competition-manage',
      signups.then((p) => p.total),
    )
    extra.push(signups.then((p) => (p.competitions.length ? { pendingCompetitions: p.competitions } : {})))
    add('works-review', count('works', { reviewUnitId: _.in(chairUnits), status: 'reviewing' }))
    add('ideas-review', count('ideas', { unitPath: _.in(chairUnits), status: 'submitted' }))
  }
  if (unitsOf(['judge']).length) {
    add(
      'ideas-judge',
      (async () => {
        const panels = (await db().collection('idea_panels').where({ judgeIds: user._id }).field({ _id: true }).limit(100).get()).data.map(
          (p) => p._id as string,
        )
        if (!panels.length) return 0
        return count('ideas', { panelId: _.in(panels), status: 'reviewing', authorIds: _.nin([user._id]), scoredBy: _.nin([user._id]) })
      })(),
    )
  }
  if (cityUnits.length) {
    // sent up by a unit at least once, or waiting at the city union itself (as the selection page lists them)
    add(
      'works-select',
      count(
        'works',
        _.or([
          { status: 'reviewing', passes: _.gte(1) },
          { status: 'reviewing', reviewUnitId: _.in(cityUnits) },
        ]) as unknown as Record<string, unknown>,
      ),
    )
    // to assign to a panel, and scored by enough judges to conclude
    add(
      'ideas-city',
      Promise.all([count('ideas', { status: 'forwarded' }), count('ideas', { status: 'reviewing', 'score.count': _.gte(MIN_SCORES_TO_ADOPT) })]).then(
        ([a, b]) => a + b,
      ),
    )
  }
  const [counts, details] = await Promise.all([Promise.all(jobs), Promise.all(extra)])
  return Object.assign(Object.fromEntries(counts), ...details) as StaffTodo
}
