// Who is calling: identity comes from cloud.getWXContext() only (never from the payload); the user
// record and its role grants come from the users collection.
import type { Role } from '../../../types/roles'
import type { RoleGrant } from '../../../types/entities/user'
import { cloud, db } from './cloud'

export interface UserDoc {
  _id: string
  _openid: string
  nickname?: string
  realName?: string
  unitId?: string
  /** The unit's ancestors and itself, city first: what subtree checks match against. */
  unitPath?: string[]
  roles?: RoleGrant[]
  profileCompletedAt?: Date
  createdAt: Date
}

export interface Caller {
  /** The WeChat OPENID of this invocation; absent only for platform events (message push, timers). */
  openid?: string
  user?: UserDoc
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
  const roles = new Set((user?.roles ?? []).map((g) => g.role))
  return { openid, user, hasRole: (role) => roles.has(role) }
}
