// Who a visit is for, and the record form's picker. Members come from the people domain, commended model
// workers from the honours line, both through their exported read functions (never their collections),
// and only within the subtree of the unit the caller records for: anyone else answers the same as no one,
// so neither the picker nor the record can be used to learn who belongs where.
import { CARE_LIMITS, CARE_MODEL_HONOUR, CARE_PICK_SOURCE_LABELS, type CarePersonOption } from '../../../../types/entities/care'
import type { InputOf } from '../../../../types/actions/index'
import { AppError } from '../../lib/errors'
import type { Handler } from '../../lib/handler'
import type { UnitDoc } from '../../lib/scope'
import { commendedNamed, commendedWorker } from '../honours/commended'
import { membersNamed, usersByIds } from '../people/directory-repo'
import { unitsById } from '../org/units-repo'
import { append } from './access-log-repo'
import { actorOf } from './actor'
import type { CareVisitDoc } from './repo'

/**
 * The person as the visit stores them, and the identity their de-dup key is made of. A commended worker
 * who is a member is the member (member:<user id>): picked either way, they count once toward the target.
 */
export async function resolvePerson(p: InputOf<'care.record'>['person'], unit: UnitDoc): Promise<{ person: CareVisitDoc['person']; identity: string }> {
  if (p.kind === 'entered') return { person: { kind: 'entered', name: p.name, phone: p.phone }, identity: `entered:${p.name}:${p.phone}` }
  if (p.kind === 'member') {
    const user = (await usersByIds([p.userId])).get(p.userId)
    if (!user || !user.profileCompletedAt || !user.unitPath?.includes(unit._id)) throw new AppError('CARE.PERSON_NOT_FOUND')
    return { person: { kind: 'member', userId: user._id, name: user.realName, phone: '' }, identity: `member:${user._id}` }
  }
  const worker = await commendedWorker(p.nominationId)
  if (!worker || worker.honour !== CARE_MODEL_HONOUR || !worker.unitPath.includes(unit._id)) throw new AppError('CARE.PERSON_NOT_FOUND')
  return {
    person: {
      kind: 'commended',
      ...(worker.userId ? { userId: worker.userId } : {}),
      nominationId: worker.nominationId,
      name: worker.name,
      phone: '',
      certificateNo: worker.certificateNo,
    },
    identity: worker.userId ? `member:${worker.userId}` : `commended:${worker.nominationId}`,
  }
}

/** care.people: names that start with the keyword, with their unit (and honour); logged like every care read. */
export const people: Handler<'care.people'> = async (input, ctx) => {
  const unit = ctx.scope.unit!
  const max = CARE_LIMITS.pickerResults
  let options: CarePersonOption[]
  if (input.source === 'member') {
    const found = await membersNamed(unit._id, input.keyword, max)
    const units = await unitsById(found.map((u) => u.unitId!))
    options = found.map((u) => ({ kind: 'member', id: u._id, name: u.realName, unitName: units.get(u.unitId!)?.name ?? '', honour: '', certificateNo: '' }))
  } else {
    const found = await commendedNamed(unit._id, CARE_MODEL_HONOUR, input.keyword, max)
    options = found.map((w) => ({
      kind: 'commended',
      id: w.nominationId,
      name: w.name,
      unitName: w.unitName,
      honour: w.honour,
      certificateNo: w.certificateNo,
    }))
  }
  await append(
    {
      actor: actorOf(ctx.caller),
      action: ctx.action,
      outcome: 'ok',
      visitIds: [],
      unitId: unit._id,
      detail: `查找${CARE_PICK_SOURCE_LABELS[input.source]}，${options.length} 人`,
    },
    new Date(ctx.now),
  )
  return options
}
