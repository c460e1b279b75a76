import * as v from 'valibot'
import { action, returns } from '../contract'
import type { Me, StaffTodo } from '../entities/people'
import { INVITE_ALPHABET, INVITE_CODE_LENGTH, PEOPLE_LIMITS as L } from '../limits/people'
import { fileId, id, optionalText, realName, text } from '../schemas'

export { INVITE_ALPHABET }
/** An invite code (limits/people.ts): typed loosely, read strictly. */
export const inviteCode = v.pipe(
  v.string('请输入邀请码'),
  v.transform((s) => s.replace(/[\s-]/g, '').toUpperCase()),
  v.regex(new RegExp(`^[${INVITE_ALPHABET}]{${INVITE_CODE_LENGTH}}$`), `邀请码是 ${INVITE_CODE_LENGTH} 位字母和数字`),
)

export const peopleActions = {
  'people.me': action({
    summary: 'The caller: profile, unit, roles, pending join request. The first call creates the user.',
    input: v.strictObject({}),
    output: returns<Me>(),
    access: { who: 'user' },
  }),
  'people.saveProfile': action({
    summary: 'Fill or change the caller’s profile (content-checked).',
    input: v.strictObject({
      nickname: text(L.nickname),
      realName,
      avatarFileId: v.optional(fileId),
      job: optionalText(L.job.max),
      employeeNo: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(L.employeeNo.max), v.regex(/^[A-Za-z0-9-]*$/, '工号只能包含字母、数字和短横线')), ''),
    }),
    output: returns<Me>(),
    access: { who: 'user' },
  }),
  'people.agreePrivacy': action({
    summary: 'Record the caller’s consent to the privacy guide (version shown to them).',
    input: v.strictObject({ version: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)) }),
    output: returns<{ agreedAt: number }>(),
    access: { who: 'user' },
  }),
  'people.joinByInvite': action({
    summary: 'Join a unit with an invite code (typed, or scanned from the unit’s QR code).',
    input: v.strictObject({ code: inviteCode }),
    output: returns<Me>(),
    access: { who: 'user' },
  }),
  'people.requestJoin': action({
    summary: 'Ask to join a unit picked from the tree; its chair confirms.',
    input: v.strictObject({ unitId: id }),
    output: returns<Me>(),
    access: { who: 'user' },
  }),
  'people.cancelJoin': action({
    summary: 'Withdraw the caller’s pending join request.',
    input: v.strictObject({}),
    output: returns<Me>(),
    access: { who: 'user' },
  }),
  'people.todo': action({
    summary: 'How many things wait for the caller in each part of their staff work (我的 shows them beside the entries).',
    input: v.strictObject({}),
    output: returns<StaffTodo>(),
    access: { who: 'member', roles: ['unit_chair', 'area_chair', 'judge', 'city_admin'], scope: { kind: 'self' } },
  }),
}
