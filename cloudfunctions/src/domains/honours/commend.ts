// Commendation after the notice: everyone still on it becomes commended, each with a certificate whose
// number (year, sequence, four letters) the public verification page answers; a guessed or revoked number
// is answered clearly. The sequence is reserved in one transaction on the round, so numbers never repeat;
// a nomination that already has a certificate keeps it (a commendation that stopped halfway can run again).
import crypto from 'node:crypto'
import { INVITE_ALPHABET } from '../../../../types/limits/people'
import type { Verification } from '../../../../types/entities/honours'
import type { ParsedInputOf } from '../../../../types/actions/index'
import type { MemberContext } from '../../lib/handler'
import { audit } from '../../lib/audit'
import { AppError } from '../../lib/errors'
import { bumpCampaign } from '../../lib/participation'
import { beijingDate } from '../../lib/time'
import { cityUnit } from '../org/units-repo'
import { addCertificate, certifiedAmong, findCertificate, revokeIfValid } from './certificates-repo'
import { commendNoticed, findNomination, noticedNominations } from './nominations-repo'
import { anyOpenObjection } from './objections-repo'
import { currentCampaign, type CertificateDoc } from './repo'
import { findRound, reserveCertificateNumbers } from './rounds-repo'

const BATCH = 1000
const PARALLEL = 20

const letters = (n: number) => Array.from(crypto.randomBytes(n), (b) => INVITE_ALPHABET[b % INVITE_ALPHABET.length]).join('')
export const certificateNumber = (year: string, seq: number) => `${year}-${String(seq).padStart(4, '0')}-${letters(4)}`

async function inChunks<T>(list: T[], fn: (x: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < list.length; i += PARALLEL) await Promise.all(list.slice(i, i + PARALLEL).map(fn))
}

export async function commend(_input: Record<string, never>, ctx: MemberContext): Promise<{ commended: number }> {
  const campaign = await currentCampaign(ctx.now)
  const round = await findRound(campaign._id)
  if (!round?.notice) throw new AppError('HONOUR.NO_NOTICE')
  if (round.notice.endAt.getTime() > ctx.now) throw new AppError('HONOUR.NOTICE_RUNNING')
  const list = await noticedNominations(campaign._id, BATCH)
  if (list.length === 0) throw new AppError('HONOUR.NOTHING_TO_PUBLISH')
  const ids = list.map((n) => n._id)
  if (await anyOpenObjection(ids)) throw new AppError('HONOUR.OBJECTIONS_OPEN')
  const have = await certifiedAmong(ids, BATCH)
  const fresh = list.filter((n) => !have.has(n._id))
  const first = await reserveCertificateNumbers(campaign._id, fresh.length)
  const issuer = (await cityUnit())?.name ?? ''
  const year = beijingDate(ctx.now).slice(0, 4)
  const at = new Date(ctx.now)
  await inChunks(
    fresh.map((n, i) => ({ n, number: certificateNumber(year, first + i) })),
    ({ n, number }) =>
      addCertificate({
        _id: number,
        nominationId: n._id,
        campaignId: campaign._id,
        name: n.nomineeName,
        category: n.category!,
        issuer,
        issuedAt: at,
        status: 'valid',
        revokedReason: '',
      }),
  )
  const commended = await commendNoticed(campaign._id, ids, { kind: 'commended', unitId: null, reason: '', by: ctx.caller.user._id, at })
  await bumpCampaign(campaign._id, 'commended', commended)
  return { commended }
}

export const toVerification = (c: CertificateDoc): Verification => ({
  number: c._id,
  name: c.name,
  category: c.category,
  issuer: c.issuer,
  issuedAt: c.issuedAt.getTime(),
  status: c.status,
  revokedReason: c.revokedReason,
})

export async function verify(input: { number: string }): Promise<Verification> {
  const c = await findCertificate(input.number)
  if (!c) throw new AppError('HONOUR.CERT_NOT_FOUND')
  return toVerification(c)
}

export async function revokeCertificate(input: ParsedInputOf<'honours.revokeCertificate'>, ctx: MemberContext): Promise<Verification> {
  const c = await findCertificate(input.number)
  if (!c) throw new AppError('HONOUR.CERT_NOT_FOUND')
  if (c.status === 'revoked') throw new AppError('HONOUR.BAD_STATE')
  if (!(await revokeIfValid(c._id, input.reason))) throw new AppError('HONOUR.BAD_STATE')
  const n = await findNomination(c.nominationId)
  await audit({
    kind: 'honour',
    action: 'honours.revokeCertificate',
    actorId: ctx.caller.user._id,
    actorName: ctx.caller.user.realName,
    targetId: c._id,
    targetName: c.name,
    unitId: n?.unitId ?? '',
    unitPath: n?.unitPath ?? [],
    detail: { before: { status: 'valid' }, after: { status: 'revoked' }, reason: input.reason },
    at: new Date(ctx.now),
  })
  return toVerification({ ...c, status: 'revoked', revokedReason: input.reason })
}
