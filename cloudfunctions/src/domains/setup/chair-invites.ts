// The city union invites every unit's chair in one go: a single-use code per unit that has neither a
// chair nor a live invitation, a sheet of all live codes to print or send, and each code's
// mini-program code (made when a page of them is first viewed: wxacode is rate-limited).
import crypto from 'node:crypto'
import { ROLE_LABELS, UNIT_TYPE_LABELS } from '../../../../types/roles'
import { CHAIR_INVITE_PAGE_SIZE } from '../../../../types/actions/setup'
import { audit } from '../../lib/audit'
import type { UserDoc } from '../../lib/caller'
import { cloud, db } from '../../lib/cloud'
import { AppError, isDuplicateKey } from '../../lib/errors'
import { tempUrls } from '../../lib/files'
import type { Handler } from '../../lib/handler'
import { beijingDateTime } from '../../lib/time'
import { writeXlsx } from '../../lib/xlsx'
import { newInviteCode } from '../org/invites'
import { cityUnit, units, type UnitRecord } from '../org/units-repo'
import { CHAIR_INVITE_PAGE, chairInvites, chairRoleFor, toChairInviteView, type ChairInviteDoc } from './chair-invites-repo'

const DAY = 24 * 60 * 60 * 1000

async function pagedAll<T>(read: (skip: number) => Promise<T[]>): Promise<T[]> {
  const out: T[] = []
  for (let skip = 0; ; skip += 1000) {
    const batch = await read(skip)
    out.push(...batch)
    if (batch.length < 1000) return out
  }
}

/** Units (by id) that already have someone holding their chair role. */
async function unitsWithChairs(ids: string[]): Promise<Set<string>> {
  const _ = db().command
  const out = new Set<string>()
  for (let i = 0; i < ids.length; i += 100) {
    const res = await db()
      .collection<UserDoc>('users')
      .where({ 'roles.unitId': _.in(ids.slice(i, i + 100)) })
      .field({ roles: true })
      .limit(1000)
      .get()
    for (const u of res.data) for (const g of u.roles) if (g.role === 'unit_chair' || g.role === 'area_chair') out.add(g.unitId)
  }
  return out
}

/** Adds invitations a hundred at a time; a code drawn twice (rare) is drawn again for that one. */
async function addInvites(docs: ChairInviteDoc[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 100) {
    const batch = docs.slice(i, i + 100)
    try {
      await chairInvites().add({ data: batch } as never)
    } catch (e) {
      if (!isDuplicateKey(e)) throw e
      for (const doc of batch) {
        if ((await chairInvites().doc(doc._id).get()).data) continue
        for (let attempt = 0; ; attempt++) {
          try {
            await chairInvites().add({ data: { ...doc, code: attempt === 0 ? doc.code : newInviteCode() } })
            break
          } catch (err) {
            if (!isDuplicateKey(err) || attempt >= 4) throw err
          }
        }
      }
    }
  }
}

const liveInvites = (now: number) => {
  const _ = db().command
  return pagedAll((skip) =>
    chairInvites()
      .where({ revokedAt: _.exists(false), usedAt: _.exists(false), expiresAt: _.gt(new Date(now)) })
      .orderBy('unitName', 'asc')
      .skip(skip)
      .limit(1000)
      .get()
      .then((r) => r.data),
  )
}

/** org.issueChairInvites */
export const issueChairInvites: Handler<'org.issueChairInvites'> = async (input, ctx) => {
  const _ = db().command
  const now = new Date(ctx.now)
  const city = await cityUnit()
  if (!city) throw new AppError('ORG.UNIT_NOT_FOUND')
  // Expired invitations nobody used give way to new ones.
  await chairInvites()
    .where({ revokedAt: _.exists(false), usedAt: _.exists(false), expiresAt: _.lte(now) })
    .update({ data: { revokedAt: now } })
  const all = await pagedAll((skip) =>
    units()
      .where({ status: 'active' })
      .orderBy('_id', 'asc')
      .skip(skip)
      .limit(1000)
      .get()
      .then((r) => r.data as UnitRecord[]),
  )
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
      createdBy: ctx.caller.user!._id,
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
  const user = ctx.caller.user!
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
  const _ = db().command
  const query = chairInvites().where({ revokedAt: _.exists(false) })
  const [{ total }, res] = await Promise.all([
    query.count(),
    chairInvites()
      .where({ revokedAt: _.exists(false) })
      .orderBy('unitName', 'asc')
      .skip((input.page - 1) * CHAIR_INVITE_PAGE_SIZE)
      .limit(CHAIR_INVITE_PAGE_SIZE)
      .get(),
  ])
  const items = res.data
  for (const inv of items) {
    if (inv.qrFileId || inv.usedAt || inv.expiresAt.getTime() <= ctx.now) continue
    // scene ≤ 32 visible characters: the 8-character code. check_path off: the page may not be released yet.
    const qr = (await cloud.openapi.wxacode.getUnlimited({ scene: inv.code, page: CHAIR_INVITE_PAGE, checkPath: false, width: 430 })) as { buffer: Buffer }
    const up = (await cloud.uploadFile({ cloudPath: `chair-invites/${inv.unitId}/${inv.code}.png`, fileContent: qr.buffer })) as { fileID: string }
    await chairInvites()
      .doc(inv._id)
      .update({ data: { qrFileId: up.fileID } })
    inv.qrFileId = up.fileID
  }
  const urls = await tempUrls(items.map((i) => (i.usedAt ? undefined : i.qrFileId)))
  return {
    items: items.map((i) => toChairInviteView(i, (!i.usedAt && i.qrFileId && urls.get(i.qrFileId)) || null)),
    hasMore: input.page * CHAIR_INVITE_PAGE_SIZE < total,
    total,
  }
}
