// care.record: a visit, its person's key toward the target, the target's count and the access-log entry,
// all in one transaction: the count moves only when the key is created, so a person visited twice (or by
// two units at once) counts once, and no visit exists that the log does not name.
//
// The free note is not sent to the content check (security.msgSecCheck): it is never public (only staff
// of the owning unit ever read it), and the check would send a person's illness or family difficulty to a
// third party's servers for no one's protection, against PIPL's minimum-necessary rule (art. 6). Its
// length is bounded (CARE_LIMITS.note) and the form asks for no ID numbers.
import { createHash, randomBytes } from 'node:crypto'
import { careTargetOf } from '../../../../types/entities/care'
import type { UserDoc } from '../../lib/caller'
import { db } from '../../lib/cloud'
import { AppError } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import type { UnitDoc } from '../../lib/scope'
import { inTransaction } from '../../lib/transaction'
import { findCurrentCampaign } from '../campaign/repo'
import { appendIn } from './access-log'
import { actorOf } from './actor'
import { insertVisit, type CareVisitDoc } from './repo'
import { toView } from './view'

const DAY = 86400000

/** The person's key toward a target of a campaign: a hash, so the key document names no one. */
export const personKeyOf = (campaignId: string, target: string, identity: string) =>
  createHash('sha256').update(`${campaignId}\n${target}\n${identity}`).digest('hex')

async function resolvePerson(input: Parameters<Handler<'care.record'>>[0], unit: UnitDoc): Promise<{ person: CareVisitDoc['person']; identity: string }> {
  const p = input.person
  if (p.kind === 'entered') return { person: { kind: 'entered', name: p.name, phone: p.phone }, identity: `entered:${p.name}:${p.phone}` }
  // A member of the owning unit or a unit below it; anyone else answers the same as no one, so the
  // action cannot be used to learn who belongs where.
  const user = (await db().collection<UserDoc>('users').doc(p.userId).get()).data
  if (!user || !user.profileCompletedAt || !user.unitPath?.includes(unit._id)) throw new AppError('CARE.PERSON_NOT_FOUND')
  return { person: { kind: 'member', userId: user._id, name: user.realName, phone: '' }, identity: `member:${user._id}` }
}

export const record: Handler<'care.record'> = async (input, ctx) => {
  const unit = ctx.scope.unit!
  if (unit.status !== 'active') throw new AppError('ORG.UNIT_RETIRED')
  if (input.visitedAt > ctx.now + DAY || (input.followUpAt !== undefined && input.followUpAt < input.visitedAt)) throw new AppError('CARE.BAD_DATES')
  const campaign = await findCurrentCampaign(ctx.now)
  if (!campaign) throw new AppError('CAMPAIGN.NOT_FOUND')
  const { person, identity } = await resolvePerson(input, unit)
  const target = careTargetOf(input.category)
  const now = new Date(ctx.now)
  const visit: CareVisitDoc = {
    _id: randomBytes(16).toString('hex'),
    campaignId: campaign._id,
    unitId: unit._id,
    unitName: unit.name,
    unitPath: unit.path,
    person,
    personKey: personKeyOf(campaign._id, target, identity),
    category: input.category,
    difficulties: [...new Set(input.difficulties)],
    note: input.note,
    help: input.help.map((h) => ({ kind: h.kind, amount: h.amount, detail: h.detail })),
    visitedAt: new Date(input.visitedAt),
    visitors: input.visitors,
    followUpAt: input.followUpAt === undefined ? null : new Date(input.followUpAt),
    followUpOpen: input.followUpAt !== undefined,
    followUpDoneAt: null,
    followUpNote: '',
    lawfulBasis: input.lawfulBasis,
    counted: false,
    recordedById: ctx.caller.user!._id,
    recordedByName: ctx.caller.user!.realName,
    createdAt: now,
    updatedAt: now,
    anonymisedAt: null,
  }
  const counted = await inTransaction(async (tx) => {
    const created = await insertVisit(tx, visit, target)
    if (created)
      await tx
        .collection('campaigns')
        .doc(campaign._id)
        .update({ data: { [`counts.${target}`]: db().command.inc(1) } })
    await appendIn(
      tx,
      {
        actor: actorOf(ctx.caller),
        action: ctx.action,
        outcome: 'ok',
        visitIds: [visit._id],
        unitId: unit._id,
        detail: created ? `计入${target === 'hardshipVisits' ? '千名困难职工' : '百名劳动模范'}` : '此人已计入，不重复计数',
      },
      now,
    )
    return created
  })
  return toView({ ...visit, counted }, ctx.caller, ctx.now)
}
