// The `people` function's handlers: the caller's own record, profile and unit membership.
import type { Handlers } from '../../lib/handler'
import { cancelJoin, joinByInvite, requestJoin } from './join'
import { agreePrivacy, me, saveProfile } from './profile'
import { todo } from './todo'

export const peopleHandlers: Handlers<'people'> = {
  'people.me': me,
  'people.saveProfile': saveProfile,
  'people.agreePrivacy': agreePrivacy,
  'people.joinByInvite': joinByInvite,
  'people.requestJoin': requestJoin,
  'people.cancelJoin': cancelJoin,
  'people.todo': todo,
}
