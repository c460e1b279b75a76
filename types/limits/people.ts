// Bounds of a person's profile, of units and invites (see limits/index.ts): read by the schemas in
// actions/people.ts and actions/org.ts and by the pages.
import { chars, count, range } from '.'

/** Every bound of a person's profile (actions/people.ts and the profile page read these). */
export const PEOPLE_LIMITS = {
  nickname: chars(1, 20),
  realName: chars(2, 20, () => '单位工会审核时核对，只有工会能看到'),
  job: chars(0, 30),
  employeeNo: chars(0, 30),
} as const

/** Every bound of units, members and invites (actions/org.ts and the staff pages read these). */
export const ORG_LIMITS = {
  unitName: chars(2, 40),
  /** The deployer's setup code that claims an empty environment. */
  setupCode: chars(1, 128),
  /** Searching units or people by name. */
  keyword: chars(1, 20),
  /** Why a member is removed, or a join request declined (the person reads it). */
  reason: chars(2, 100),
  inviteDays: range(1, 30),
  /** Join requests decided in one batch. */
  batch: count(1, 100),
} as const

/** Invite codes: 8 characters without look-alikes (no 0/O, 1/I/L); typed loosely, read strictly. */
export const INVITE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
export const INVITE_CODE_LENGTH = 8

/** The validity periods the invite sheet offers (days), each within ORG_LIMITS.inviteDays. */
export const INVITE_DAY_CHOICES = [7, 15, 30] as const
