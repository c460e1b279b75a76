// The city union's list of commended workers: whom a 匠心筑梦 story can be written about (a story needs a
// commended nomination) and which certificate each holds (to revoke one). Three reads a page: the
// nominations by the notice index, their certificates and their stories by id.
import type { Page } from '../../../../types/contract'
import type { CommendedView } from '../../../../types/entities/honours'
import type { HandlerContext } from '../../lib/handler'
import { certificateStatesOf } from './certificates-repo'
import { commendedPage } from './nominations-repo'
import { currentCampaign } from './repo'
import { storyIdOf, storyStatesOf } from './stories-repo'

const PAGE = 20

export async function commendedList(input: { page: number }, ctx: HandlerContext): Promise<Page<CommendedView>> {
  const campaign = await currentCampaign(ctx.now)
  const rows = await commendedPage(campaign._id, input.page, PAGE)
  const list = rows.slice(0, PAGE)
  if (list.length === 0) return { items: [], hasMore: false }
  const ids = list.map((n) => n._id)
  const [certs, storyDocs] = await Promise.all([certificateStatesOf(ids, PAGE), storyStatesOf(ids.map(storyIdOf), PAGE)])
  const certOf = new Map(certs.map((c) => [c.nominationId, { number: c._id, status: c.status }]))
  const storyOf = new Map(storyDocs.map((s) => [s.nominationId, { id: s._id, status: s.status }]))
  return {
    items: list.map((n) => ({
      nominationId: n._id,
      name: n.nomineeName,
      unitName: n.unitName,
      category: n.category!,
      certificate: certOf.get(n._id) ?? null,
      story: storyOf.get(n._id) ?? null,
    })),
    hasMore: rows.length > PAGE,
  }
}
