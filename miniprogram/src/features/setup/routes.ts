// Day one's pages (staff subpackage) and how to reach them.
import { withQuery } from '../../services/navigation'

export const SETUP_ROUTES = {
  setup: '/package-admin/pages/setup/index',
  import: '/package-admin/pages/import/index',
  chairInvites: '/package-admin/pages/chair-invites/index',
  chairInvite: '/package-admin/pages/chair-invite/index',
} as const

/** The chair's acceptance page, with the code when it is known (a scanned code arrives as `scene`). */
export const chairInviteUrl = (code?: string) => withQuery(SETUP_ROUTES.chairInvite, { code })
