// The `org` function's handlers: the union tree, members, join requests, invites and roles.
import type { Handlers } from '../../lib/handler'
import { setupHandlers } from '../setup/handlers'
import { createInvite, inviteQr, listInvites, revokeInvite } from './invites'
import { decideJoin, listJoinRequests } from './join-requests'
import { exportMembers } from './export-members'
import { members, removeMember } from './members'
import { transferMember } from './transfer'
import { grantRole, revokeRole, roleHistory, roleHolders } from './roles'
import { createUnit, listUnits, moveUnit, renameUnit, retireUnit, searchUnits } from './units'

export const orgHandlers: Handlers<'org'> = {
  'org.units': listUnits,
  'org.searchUnits': searchUnits,
  'org.createUnit': createUnit,
  'org.renameUnit': renameUnit,
  'org.moveUnit': moveUnit,
  'org.retireUnit': retireUnit,
  'org.members': members,
  'org.exportMembers': exportMembers,
  'org.removeMember': removeMember,
  'org.transferMember': transferMember,
  'org.joinRequests': listJoinRequests,
  'org.decideJoin': decideJoin,
  'org.createInvite': createInvite,
  'org.invites': listInvites,
  'org.revokeInvite': revokeInvite,
  'org.inviteQr': inviteQr,
  'org.grantRole': grantRole,
  'org.revokeRole': revokeRole,
  'org.roleHolders': roleHolders,
  'org.roleHistory': roleHistory,
  // Day one: claiming an empty environment, importing the tree, inviting the chairs.
  ...setupHandlers,
}
