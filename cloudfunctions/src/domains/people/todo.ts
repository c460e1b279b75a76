// people.todo: what waits for a member of staff, counted the way each page lists it, so 我的 can say
// "3 件待审" beside the entry a chair opens between meetings. Only the counts of the caller's own roles
// are asked; every count is one indexed query, asked of the domain that owns it, and they run side by
// side (with the wrapper's read of the caller: 5 round trips for a chair, one more for a grassroots chair,
// 8 for the city union). The pages still check every action.
import type { StaffTodo, StaffTodoKey } from '../../../../types/entities/people'
import type { Role } from '../../../../types/roles'
import type { Handler } from '../../lib/handler'
import { pendingSignupsWithin } from '../competition/repo'
import { ideasForCityCount, ideasToReviewCount, ideasToScoreCount } from '../ideas/repo'
import { unitsReminded } from '../reports/todo'
import { worksToReviewCount, worksToSelectCount } from '../works/repo'
import { pendingJoinRequestsCount } from './repo'

const CHAIRS: readonly Role[] = ['unit_chair', 'area_chair', 'city_admin']

export const todo: Handler<'people.todo'> = async (_input, ctx) => {
  const user = ctx.caller.user
  const unitsOf = (roles: readonly Role[]) => [...new Set(user.roles.filter((g) => roles.includes(g.role)).map((g) => g.unitId))]
  const chairUnits = unitsOf(CHAIRS)
  const cityUnits = unitsOf(['city_admin'])
  const jobs: Array<Promise<[StaffTodoKey, number]>> = []
  const add = (key: StaffTodoKey, n: Promise<number>) => jobs.push(n.then((v) => [key, v]))
  const extra: Array<Promise<Partial<StaffTodo>>> = []

  if (chairUnits.length) {
    add('unit', pendingJoinRequestsCount(chairUnits))
    const signups = pendingSignupsWithin(chairUnits)
    add(
      'competition-manage',
      signups.then((p) => p.total),
    )
    extra.push(signups.then((p) => (p.competitions.length ? { pendingCompetitions: p.competitions } : {})))
    add('works-review', worksToReviewCount(chairUnits))
    add('ideas-review', ideasToReviewCount(chairUnits))
  }
  const grassroots = unitsOf(['unit_chair'])
  if (grassroots.length) add('reports-mine', unitsReminded(grassroots, ctx.now))
  if (unitsOf(['judge']).length) add('ideas-judge', ideasToScoreCount(user._id))
  if (cityUnits.length) {
    add('works-select', worksToSelectCount(cityUnits))
    add('ideas-city', ideasForCityCount())
  }
  const [counts, details] = await Promise.all([Promise.all(jobs), Promise.all(extra)])
  return Object.assign(Object.fromEntries(counts), ...details) as StaffTodo
}
