// The public showcase: adopted ideas only, with title, summary, author and unit, award. Anyone may
// open it, signed in or not; anything not adopted is "not found" here.
import { AppError } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { awardRank, ideas } from './repo'
import { toShowcaseIdea, toShowcaseItems } from './views'

const PAGE = 20

/** ideas.showcase: first prizes first, then the newest adoption. */
export const showcase: Handler<'ideas.showcase'> = async (input) => {
  const where: Record<string, unknown> = { status: 'adopted' }
  if (input.type) where.type = input.type
  if (input.award) where.awardRank = awardRank(input.award)
  const res = await ideas()
    .where(where)
    .orderBy('awardRank', 'asc')
    .orderBy('adoptedAt', 'desc')
    .skip((input.page - 1) * PAGE)
    .limit(PAGE + 1)
    .field({ sim: false })
    .get()
  return { items: await toShowcaseItems(res.data.slice(0, PAGE)), hasMore: res.data.length > PAGE }
}

/** ideas.showcaseDetail */
export const showcaseDetail: Handler<'ideas.showcaseDetail'> = async (input) => {
  const idea = (await ideas().doc(input.ideaId).get()).data
  if (!idea || idea.status !== 'adopted') throw new AppError('IDEA.NOT_FOUND')
  return toShowcaseIdea(idea)
}
