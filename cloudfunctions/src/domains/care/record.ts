// care.record: a visit, its person's key toward the target and the access-log entry, all in one
// transaction, so a person visited twice (or by two units at once) has one key and no visit exists that
// the log does not name; the target's count follows the keys.
//
// The free note is not sent to the content check (security.msgSecCheck): it is never public (only staff
// of the owning unit ever read it), and the check would send a person's illness or family difficulty to a
// third party's servers for no one's protection, against PIPL's minimum-necessary rule (art. 6). Its
// length is bounded (CARE_LIMITS.note) and the form asks for no ID numbers.
import { createHash, randomBytes } from 'node:crypto'
import { careTargetOf } from '../../../../types/entities/care'
import { AppError } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import { raiseCount } from '../../lib/participation'
import { inTransaction } from '../../lib/transaction'
import { findCurrentCampaign } from '../campaign/repo'
import { appendIn } from './access-log-repo'
import { actorOf } from './actor'
import { resolvePerson } from './person'
import { countedPeople, insertVisit, type CareVisitDoc } from './repo'
import { toView } from './view'

const DAY = 86400000

/** The person's key toward a target of a campaign: a hash, so the key document names no one. */
export const personKeyOf = (campaignId: string, target: string, identity: string) =>
  createHash('sha256').update(`${campaignId}\n${target}\n${identity}`).digest('hex')

export const record: Handler<'care.record'> = async (input, ctx) => {
  const unit = ctx.scope.unit!
  if (unit.status !== 'active') throw new AppError('ORG.UNIT_RETIRED')
  if (input.visitedAt > ctx.now + DAY || (input.followUpAt !== undefined && input.followUpAt < input.visitedAt)) throw new AppError('CARE.BAD_DATES')
  const campaign = await findCurrentCampaign(ctx.now)
  if (!campaign) throw new AppError('CAMPAIGN.NOT_FOUND')
  const { person, identity } = await resolvePerson(input.person, unit)
  if (person.kind === 'commended' && input.category !== 'model') throw new AppError('CARE.MODEL_WORKER_ONLY')
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
    recordedById: ctx.caller.user._id,
    recordedByName: ctx.caller.user.realName,
    createdAt: now,
    updatedAt: now,
    anonymisedAt: null,
  }
  const counted = await inTransaction(async (tx) => {
    const created = await insertVisit(tx, visit, target)
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
  // The target's count is the number of key documents, set after they are written, outside the
  // transaction: the campaign document is read by every page and moved by other lines, and holding it
  // in every visit's transaction made all recordings of the city queue on it. Raising to the number of
  // keys (never lowering) counts each person once, whatever order concurrent recordings finish in; a
  // recording cut short here (or a failed update) is made good by the next one: the visit stands either way.
  if (counted) {
    try {
      await raiseCount(campaign._id, target, await countedPeople(campaign._id, target))
    } catch (e) {
      console.error('[care] target count not raised; the next recording raises it:', e)
    }
  }
  return toView({ ...visit, counted }, ctx.caller, ctx.now)
}
