// The city union invites every unit's chair in one go: a single-use code per unit that has neither a
// chair nor a live invitation, a sheet of all live codes to print or send, and each code's
// mini-program code (made when a page of them is first viewed: wxacode is rate-limited).
import crypto from 'node:crypto'
import { ROLE_LABELS, UNIT_TYPE_LABELS } from '../../../../types/roles'
import { CHAIR_INVITE_PAGE_SIZE } from '../../../../types/actions/setup'
import { audit } from '../../lib/audit'
import { cloud } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import type { Handler } from '../../lib/handler'
import { beijingDateTime } from '../../lib/time'
import { miniProgramCode } from '../../lib/wxacode'
import { writeXlsx } from '../../lib/xlsx'
import { newInviteCode } from '../org/invites'
import { allActiveUnits, cityUnit } from '../org/units-repo'
import { unitsWithChairs } from '../people/repo'
import {
  addInvites,
  CHAIR_INVITE_PAGE,
  chairInvitePage,
  chairRoleFor,
  liveInvites,
  revokeExpiredInvites,
  setInviteQr,
  toChairInviteView,
  type ChairInviteDoc,
} from './chair-invites-repo'

const DAY = 24 * 60 * 60 * 1000

/** org.issueChairInvites */
export const issueChairInvites: Handler<'org.issueChairInvites'> = async (input, ctx) => {
  const now = new Date(ctx.now)
  const city = await cityUnit()
  if (!city) throw new AppError('ORG.UNIT_NOT_FOUND')
  // Expired invitations nobody used give way to new ones.
  await revokeExpiredInvites(now)
  const all = await allActiveUnits()
  const candidates = all.filter((u) => chairRoleFor(u.type))
  const chaired = await unitsWithChairs(candidates.map((u) => u._id))
  const invited = new Set((await liveInvites(ctx.now)).map((i) => i.unitId))
  const fresh: ChairInviteDoc[] = candidates
    .filter((u) => !chaired.has(u._id) && !invited.has(u._id))
    .map((u) => ({
      _id: crypto.randomBytes(16).toString('hex'),
      code: newInviteCode(),
      unitId: u._id,
      unitName: u.name,
      unitType: u.type,
      unitPath: u.path,
      role: chairRoleFor(u.type)!,
      createdBy: ctx.caller.user._id,
      createdAt: now,
      expiresAt: new Date(ctx.now + input.days * DAY),
    }))
  await addInvites(fresh)
  const live = await liveInvites(ctx.now)
  const bytes = writeXlsx([
    {
      name: '主席邀请码',
      columns: [
        { header: '单位', width: 32 },
        { header: '单位类型', width: 16 },
        { header: '职务', width: 18 },
        { header: '邀请码', width: 12 },
        { header: '有效期至', width: 18 },
        { header: '使用方法', width: 60 },
      ],
      rows: live.map((i) => [
        i.unitName,
        UNIT_TYPE_LABELS[i.unitType],
        ROLE_LABELS[i.role],
        i.code,
        beijingDateTime(i.expiresAt.getTime()),
        '微信打开本小程序 → 我的 → 我是工会主席 → 输入邀请码（只能使用一次）',
      ]),
    },
  ])
  const uploaded = (await cloud.uploadFile({ cloudPath: `chair-invites/${city._id}/${ctx.now}.xlsx`, fileContent: Buffer.from(bytes) })) as { fileID: string }
  const url = (await tempUrls([uploaded.fileID])).get(uploaded.fileID)
  if (!url) throw new AppError('COMMON.INTERNAL')
  const user = ctx.caller.user
  await audit({
    kind: 'invite',
    action: 'issue_chair_invites',
    actorId: user._id,
    actorName: user.realName,
    targetId: city._id,
    targetName: city.name,
    unitId: city._id,
    unitPath: city.path,
    detail: { issued: fresh.length, live: live.length, days: input.days },
    at: now,
  })
  return { issued: fresh.length, live: live.length, sheetUrl: url, fileName: `${city.name}-工会主席邀请码.xlsx` }
}

/** org.chairInvites: a page of invitations (not replaced), each live one with its mini-program code. */
export const listChairInvites: Handler<'org.chairInvites'> = async (input, ctx) => {
  const { total, items } = await chairInvitePage(input.page, CHAIR_INVITE_PAGE_SIZE)
  for (const inv of items) {
    if (inv.qrFileId || inv.usedAt || inv.expiresAt.getTime() <= ctx.now) continue
    // scene ≤ 32 visible characters: the 8-character code. Stored under the extension of the format WeChat answered.
    const qr = await miniProgramCode(inv.code, CHAIR_INVITE_PAGE, 430)
    const up = (await cloud.uploadFile({ cloudPath: `chair-invites/${inv.unitId}/${inv.code}.${qr.ext}`, fileContent: qr.bytes })) as { fileID: string }
    await setInviteQr(inv._id, up.fileID)
    inv.qrFileId = up.fileID
  }
  const urls = await tempUrls(items.map((i) => (i.usedAt ? undefined : i.qrFileId)))
  return {
    items: items.map((i) => toChairInviteView(i, (!i.usedAt && i.qrFileId && urls.get(i.qrFileId)) || null)),
    hasMore: input.page * CHAIR_INVITE_PAGE_SIZE < total,
    total,
  }
}
