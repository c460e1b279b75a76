// The city union's list of commended workers: whom a 匠心筑梦 story can be written about (a story needs a
// commended nomination) and which certificate each holds (to revoke one). Three reads a page: the
// nominations by the notice index, their certificates and their stories by id.
import type { Page } from '../../../../types/contract'
import type { CommendedView } from '../../../../types/entities/honours'
import type { HandlerContext } from '../../lib/handler'
import { certificatesFor, currentCampaign, nominations } from './repo'
import { storiesIn, storyIdOf } from './stories-repo'

const PAGE = 20

export async function commendedList(input: { page: number }, ctx: HandlerContext): Promise<Page<CommendedView>> {
  const campaign = await currentCampaign(ctx.now)
  const res = await nominations()
    .where({ campaignId: campaign._id, status: 'commended' })
    .orderBy('noticeSeq', 'asc')
    .orderBy('_id', 'asc')
    .skip((input.page - 1) * PAGE)
    .limit(PAGE + 1)
    .field({ _id: true, nomineeName: true, unitName: true, category: true })
    .get()
  const list = res.data.slice(0, PAGE)
  if (list.length === 0) return { items: [], hasMore: false }
  const ids = list.map((n) => n._id)
  const [certs, storyDocs] = await Promise.all([
    certificatesFor(ids).field({ _id: true, nominationId: true, status: true }).limit(PAGE).get(),
    storiesIn(ids.map(storyIdOf)).field({ _id: true, nominationId: true, status: true }).limit(PAGE).get(),
  ])
  const certOf = new Map(certs.data.map((c) => [c.nominationId, { number: c._id, status: c.status }]))
  const storyOf = new Map(storyDocs.data.map((s) => [s.nominationId, { id: s._id, status: s.status }]))
  return {
    items: list.map((n) => ({
      nominationId: n._id,
      name: n.nomineeName,
      unitName: n.unitName,
      category: n.category!,
      certificate: certOf.get(n._id) ?? null,
      story: storyOf.get(n._id) ?? null,
    })),
    hasMore: res.data.length > PAGE,
  }
}
