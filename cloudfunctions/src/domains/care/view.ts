// What staff see of a visit. The full name, phone and the free notes are for staff of the owning unit
// (a care role held on that very unit); everyone else the access rule lets in (the area chair above, the
// city's care officers) sees the name and phone masked and the notes withheld: what they need to steer
// and count, not who the person is.
import type { CareVisitView, FollowUpState } from '../../../../types/entities/care'
import { CARE_DUE_SOON_DAYS } from '../../../../types/entities/care'
import type { Role } from '../../../../types/roles'
import type { Caller } from '../../lib/caller'
import type { CareVisitDoc } from './repo'

export const CARE_STAFF_ROLES: readonly Role[] = ['unit_chair', 'area_chair', 'care_officer']

/** 张三明 → 张*明, 张三 → 张*, 欧阳娜娜 → 欧**娜. */
export function maskName(name: string): string {
  const chars = [...name]
  if (chars.length <= 1) return '*'
  if (chars.length === 2) return `${chars[0]}*`
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1]
}

/** 13812345678 → 138****5678. */
export const maskPhone = (phone: string): string => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : phone ? '****' : '')

export const isOwningStaff = (caller: Caller, unitId: string): boolean => CARE_STAFF_ROLES.some((r) => caller.unitsFor(r).includes(unitId))

export function followUpState(v: Pick<CareVisitDoc, 'followUpAt' | 'followUpDoneAt'>, now: number): FollowUpState {
  if (v.followUpDoneAt) return 'done'
  if (!v.followUpAt) return 'none'
  const at = new Date(v.followUpAt).getTime()
  if (at < now) return 'overdue'
  return at <= now + CARE_DUE_SOON_DAYS * 86400000 ? 'due' : 'later'
}

const ms = (d: Date | null) => (d ? new Date(d).getTime() : null)

export function toView(v: CareVisitDoc, caller: Caller, now: number): CareVisitView {
  const open = isOwningStaff(caller, v.unitId)
  return {
    id: v._id,
    unit: { id: v.unitId, name: v.unitName },
    person: {
      kind: v.person.kind,
      name: open ? v.person.name : maskName(v.person.name),
      phone: open ? v.person.phone : maskPhone(v.person.phone),
      // the number opens the public verification page, which names the person: for the owning unit only
      certificateNo: open ? (v.person.certificateNo ?? '') : '',
    },
    masked: !open,
    category: v.category,
    difficulties: v.difficulties,
    note: open ? v.note : null,
    help: v.help,
    visitedAt: new Date(v.visitedAt).getTime(),
    visitors: v.visitors,
    followUpAt: ms(v.followUpAt),
    followUpDoneAt: ms(v.followUpDoneAt),
    followUpNote: open ? v.followUpNote : null,
    followUp: followUpState(v, now),
    lawfulBasis: v.lawfulBasis,
    counted: v.counted,
    recordedBy: v.recordedByName,
    createdAt: new Date(v.createdAt).getTime(),
    anonymisedAt: ms(v.anonymisedAt),
  }
}
