// The nominee's own view (我的): their nominations, the consent only they can give, their certificates.
import type { MyHonour } from '../../../../types/entities/honours'
import type { HandlerContext } from '../../lib/handler'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import { certificatesOf } from './certificates-repo'
import { consentInApp, loadNomination, nominationsOfNominee } from './nominations-repo'
import { step, toMine, type NominationDoc } from './repo'

/** Statuses the nominee sees: never a draft the chair has not sent. */
const SHOWN = ['reviewing', 'returned', 'approved', 'noticed', 'commended']

async function minesOf(list: NominationDoc[]): Promise<MyHonour[]> {
  const commended = list.filter((n) => n.status === 'commended').map((n) => n._id)
  const certs = commended.length ? await certificatesOf(commended, 100) : []
  const urls = await tempUrls(certs.map((c) => c.image))
  return list.map((n) => {
    const c = certs.find((x) => x.nominationId === n._id) ?? null
    return toMine(n, c, c?.image ? (urls.get(c.image) ?? null) : null)
  })
}

export async function mine(_input: Record<string, never>, ctx: HandlerContext): Promise<MyHonour[]> {
  const user = ctx.caller.user
  if (!user) return []
  return minesOf((await nominationsOfNominee(user._id)).filter((n) => SHOWN.includes(n.status)))
}

export async function confirmConsent(input: { nominationId: string }, ctx: HandlerContext): Promise<MyHonour> {
  const user = ctx.caller.user
  const n = await loadNomination(input.nominationId)
  if (!user || n.nomineeUserId !== user._id || !SHOWN.includes(n.status)) throw new AppError('HONOUR.NOT_NOMINEE')
  if (!n.consent) await consentInApp(n._id, user._id, step('consented', null, ctx.now, '', user._id))
  return (await minesOf([await loadNomination(n._id)]))[0]
}
