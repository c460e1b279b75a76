import crypto from 'node:crypto'
import { INVITE_ALPHABET } from '../../../../types/actions/people'
import { audit } from '../../lib/audit'
import { cloud } from '../../lib/cloud'
import { AppError, writeUnlessTaken } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import type { Handler } from '../../lib/handler'
import { getUnit } from '../../lib/scope'
import { miniProgramCode } from '../../lib/wxacode'
import { invites, toInviteView, type InviteDoc } from './invites-repo'
import { toRef, type UnitRecord } from './units-repo'

const DAY = 24 * 60 * 60 * 1000
/** The page a scanned invite opens; its scene is the code. */
export const JOIN_PAGE = 'pages/join/index'

/** 8 characters from 31: about 8.5 × 10^11 codes, drawn from a cryptographic source. */
export function newInviteCode(): string {
  const bytes = crypto.randomBytes(16)
  let code = ''
  for (let i = 0; code.length < 8 && i < bytes.length; i++) {
    if (bytes[i] < 248) code += INVITE_ALPHABET[bytes[i] % 31] // 248 = 8 × 31: no modulo bias
  }
  return code.length === 8 ? code : newInviteCode()
}

/** org.createInvite: a new code for a unit, valid for `days`. */
export const createInvite: Handler<'org.createInvite'> = async (input, ctx) => {
  const unit = ctx.scope.unit as UnitRecord
  if (unit.status !== 'active') throw new AppError('ORG.UNIT_RETIRED')
  const chair = ctx.caller.user
  const now = new Date(ctx.now)
  const doc = await insertWithFreshCode(
    newInviteCode,
    (code): Omit<InviteDoc, '_id'> => ({
      code,
      unitId: unit._id,
      unitPath: unit.path,
      createdBy: chair._id,
      createdAt: now,
      expiresAt: new Date(ctx.now + input.days * DAY),
      uses: 0,
    }),
  )
  await audit({
    kind: 'invite',
    action: 'create',
    actorId: chair._id,
    actorName: chair.realName,
    targetId: doc._id,
    targetName: doc.code,
    unitId: unit._id,
    unitPath: unit.path,
    detail: { days: input.days },
    at: now,
  })
  return toInviteView(doc, toRef(unit))
}

/**
 * Inserts an invite under a code drawn by `draw`, drawing again (up to 5 times) when the code is
 * already taken. A taken code is recognised by reading it back, not by the shape of the unique-index error.
 */
export async function insertWithFreshCode(draw: () => string, make: (code: string) => Omit<InviteDoc, '_id'>): Promise<InviteDoc> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const doc = make(draw())
    let _id = ''
    const outcome = await writeUnlessTaken(
      async () => ({ _id } = await invites().add({ data: doc })),
      async () => (await invites().where({ code: doc.code }).count()).total > 0,
    )
    if (outcome === 'written') return { ...doc, _id }
  }
  throw new AppError('COMMON.BUSY')
}

/** org.invites: a unit's codes, newest first. */
export const listInvites: Handler<'org.invites'> = async (_input, ctx) => {
  const unit = ctx.scope.unit as UnitRecord
  const res = await invites().where({ unitId: unit._id }).orderBy('createdAt', 'desc').limit(50).get()
  return { items: res.data.map((i) => toInviteView(i, toRef(unit))) }
}

/** org.revokeInvite: the code stops working at once. */
export const revokeInvite: Handler<'org.revokeInvite'> = async (_input, ctx) => {
  const invite = ctx.scope.record as unknown as InviteDoc
  const chair = ctx.caller.user
  const now = new Date(ctx.now)
  const unit = (await getUnit(invite.unitId)) as UnitRecord
  if (!invite.revokedAt) {
    await invites()
      .doc(invite._id)
      .update({ data: { revokedAt: now } })
    await audit({
      kind: 'invite',
      action: 'revoke',
      actorId: chair._id,
      actorName: chair.realName,
      targetId: invite._id,
      targetName: invite.code,
      unitId: invite.unitId,
      unitPath: invite.unitPath,
      at: now,
    })
  }
  return toInviteView({ ...invite, revokedAt: invite.revokedAt ?? now }, toRef(unit))
}

/** org.inviteQr: the invite as a mini-program code; generated once (wxacode is rate-limited), then kept. */
export const inviteQr: Handler<'org.inviteQr'> = async (_input, ctx) => {
  const invite = ctx.scope.record as unknown as InviteDoc
  if (invite.revokedAt) throw new AppError('INVITE.REVOKED')
  if (invite.expiresAt.getTime() <= ctx.now) throw new AppError('INVITE.EXPIRED')
  let fileId = invite.qrFileId
  if (!fileId) {
    // scene ≤ 32 visible characters; the code is 8. Stored under the extension of the format WeChat answered.
    const code = await miniProgramCode(invite.code, JOIN_PAGE, 430)
    const uploaded = (await cloud.uploadFile({ cloudPath: `invites/${invite.unitId}/${invite.code}.${code.ext}`, fileContent: code.bytes })) as {
      fileID: string
    }
    fileId = uploaded.fileID
    await invites()
      .doc(invite._id)
      .update({ data: { qrFileId: fileId } })
  }
  const url = (await tempUrls([fileId])).get(fileId)
  if (!url) throw new AppError('COMMON.INTERNAL')
  return { imageUrl: url, page: JOIN_PAGE, scene: invite.code }
}
