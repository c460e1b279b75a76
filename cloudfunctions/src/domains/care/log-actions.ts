// The city's view of the care access log (itself logged: reading who read is a read).
import type { CareLogEntry } from '../../../../types/entities/care'
import type { Handler } from '../../lib/handler'
import { append, readPage, verify, type CareLogDoc } from './access-log-repo'
import { actorOf } from './actor'

const PAGE = 30

const toEntry = (e: CareLogDoc): CareLogEntry => ({
  chain: e.chain,
  seq: e.seq,
  at: new Date(e.at).getTime(),
  actor: e.actor,
  action: e.action,
  outcome: e.outcome,
  visitIds: e.visitIds,
  unitId: e.unitId,
  detail: e.detail,
  hash: e.hash,
})

/** care.accessLog */
export const accessLog: Handler<'care.accessLog'> = async (input, ctx) => {
  await append({ actor: actorOf(ctx.caller), action: ctx.action, outcome: 'ok', visitIds: [], unitId: null, detail: `第 ${input.page} 页` }, new Date(ctx.now))
  const page = await readPage(input.page, PAGE)
  return { items: page.items.map(toEntry), hasMore: page.hasMore, total: page.total }
}

/** care.verifyLog */
export const verifyLog: Handler<'care.verifyLog'> = async (_input, ctx) => {
  const result = await verify()
  await append(
    {
      actor: actorOf(ctx.caller),
      action: ctx.action,
      outcome: 'ok',
      visitIds: [],
      unitId: null,
      detail: result.intact ? `校验 ${result.checked} 条，完整` : `第 ${result.brokenAt!.chain} 链第 ${result.brokenAt!.seq} 条起不一致`,
    },
    new Date(ctx.now),
  )
  return result
}
