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
import {
  anyOpenObjection,
  certificates,
  certificatesFor,
  commendNoticed,
  currentCampaign,
  nominations,
  reserveCertificateNumbers,
  rounds,
  type CertificateDoc,
  type NominationDoc,
} from './repo'

const BATCH = 1000
const PARALLEL = 20

const letters = (n: number) => Array.from(crypto.randomBytes(n), (b) => INVITE_ALPHABET[b % INVITE_ALPHABET.length]).join('')
export const certificateNumber = (year: string, seq: number) => `${year}-${String(seq).padStart(4, '0')}-${letters(4)}`

async function inChunks<T>(list: T[], fn: (x: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < list.length; i += PARALLEL) await Promise.all(list.slice(i, i + PARALLEL).map(fn))
}

export async function commend(_input: Record<string, never>, ctx: MemberContext): Promise<{ commended: number }> {
  const campaign = await currentCampaign(ctx.now)
  const round = (await rounds().doc(campaign._id).get()).data
  if (!round?.notice) throw new AppError('HONOUR.NO_NOTICE')
  if (round.notice.endAt.getTime() > ctx.now) throw new AppError('HONOUR.NOTICE_RUNNING')
  const list = (await nominations().where({ campaignId: campaign._id, status: 'noticed' }).limit(BATCH).get()).data as NominationDoc[]
  if (list.length === 0) throw new AppError('HONOUR.NOTHING_TO_PUBLISH')
  const ids = list.map((n) => n._id)
  if (await anyOpenObjection(ids)) throw new AppError('HONOUR.OBJECTIONS_OPEN')
  const have = new Set((await certificatesFor(ids).field({ nominationId: true }).limit(BATCH).get()).data.map((c) => c.nominationId))
  const fresh = list.filter((n) => !have.has(n._id))
  const first = await reserveCertificateNumbers(campaign._id, fresh.length)
  const issuer = (await cityUnit())?.name ?? ''
  const year = beijingDate(ctx.now).slice(0, 4)
  const at = new Date(ctx.now)
  await inChunks(
    fresh.map((n, i) => ({ n, number: certificateNumber(year, first + i) })),
    ({ n, number }) =>
      certificates().add({
        data: {
          _id: number,
          nominationId: n._id,
          campaignId: campaign._id,
          name: n.nomineeName,
          category: n.category!,
          issuer,
          issuedAt: at,
          status: 'valid',
          revokedReason: '',
        } satisfies CertificateDoc,
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
  const c = (await certificates().doc(input.number).get()).data
  if (!c) throw new AppError('HONOUR.CERT_NOT_FOUND')
  return toVerification(c)
}

export async function revokeCertificate(input: ParsedInputOf<'honours.revokeCertificate'>, ctx: MemberContext): Promise<Verification> {
  const c = (await certificates().doc(input.number).get()).data
  if (!c) throw new AppError('HONOUR.CERT_NOT_FOUND')
  if (c.status === 'revoked') throw new AppError('HONOUR.BAD_STATE')
  const res = await certificates()
    .where({ _id: c._id, status: 'valid' })
    .update({ data: { status: 'revoked', revokedReason: input.reason } })
  if (res.stats.updated !== 1) throw new AppError('HONOUR.BAD_STATE')
  const n = (await nominations().doc(c.nominationId).get()).data
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
