// Day one's handlers, served by the org function: claiming the environment, importing the union tree,
// and the chairs' invitations.
import type { Handler } from '../../lib/handler'
import type { setupActions } from '../../../../types/actions/setup'
import { acceptChairInvite } from './accept'
import { issueChairInvites, listChairInvites } from './chair-invites'
import { claimSetup, setupStatus } from './claim'
import { applyImport, importTemplate, previewImport } from './import'

type SetupAction = keyof typeof setupActions

export const setupHandlers: { [N in SetupAction]: Handler<N> } = {
  'org.setupStatus': setupStatus,
  'org.claimSetup': claimSetup,
  'org.importTemplate': importTemplate,
  'org.previewImport': previewImport,
  'org.applyImport': applyImport,
  'org.issueChairInvites': issueChairInvites,
  'org.chairInvites': listChairInvites,
  'org.acceptChairInvite': acceptChairInvite,
}
