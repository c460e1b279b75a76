// Who is calling: identity comes from cloud.getWXContext() only (never from the payload); the user
// record and its role grants come from the users collection.
import type { GrantableRole, Role } from '../../../types/roles'
import { cloud, db } from './cloud'

export interface GrantDoc {
  role: GrantableRole
  unitId: string
  grantedAt: Date
  grantedBy: string
}

export interface UserDoc {
  _id: string
  _openid: string
  nickname: string
  realName: string
  avatarFileId?: string
  job: string
  employeeNo: string
  unitId?: string
  /** The unit's ancestors and itself, city first: what subtree checks match against. */
  unitPath?: string[]
  joinedAt?: Date
  roles: GrantDoc[]
  privacyAgreedAt?: Date
  privacyVersion?: string
  profileCompletedAt?: Date
  /** Failed invite-code attempts in the current hour (guessing is slowed down). */
  inviteFailures?: { count: number; since: Date }
  createdAt: Date
  updatedAt: Date
}

export interface Caller {
  /** The WeChat OPENID of this invocation; absent only for platform events (message push, timers). */
  openid?: string
  user?: UserDoc
  /** Units on which the caller holds `role` (a worker's is their own unit). */
  unitsFor(role: Role): string[]
  hasRole(role: Role): boolean
}

export function callerOpenid(): string | undefined {
  const ctx = cloud.getWXContext() as { OPENID?: string }
  return typeof ctx.OPENID === 'string' && ctx.OPENID.length > 0 ? ctx.OPENID : undefined
}

export async function loadUser(openid: string): Promise<UserDoc | undefined> {
  const res = await db().collection<UserDoc>('users').where({ _openid: openid }).limit(1).get()
  return res.data[0]
}

export function makeCaller(openid: string | undefined, user: UserDoc | undefined): Caller {
  const unitsFor = (role: Role): string[] => {
    if (!user) return []
    if (role === 'worker') return user.unitId && user.profileCompletedAt ? [user.unitId] : []
    return (user.roles ?? []).filter((g) => g.role === role).map((g) => g.unitId)
  }
  return { openid, user, unitsFor, hasRole: (role) => unitsFor(role).length > 0 }
}
