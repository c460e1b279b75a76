// Who an access-log entry names: the caller's user id and name when known, and their OPENID.
import type { Caller } from '../../lib/caller'
import type { LogInput } from './access-log-repo'

export const actorOf = (caller: Caller): LogInput['actor'] => ({
  userId: caller.user?._id ?? null,
  name: caller.user?.realName || caller.user?.nickname || '',
  openid: caller.openid ?? null,
})

/** The platform itself (a timer): no person behind it. */
export const SYSTEM_ACTOR: LogInput['actor'] = { userId: null, name: '系统定时任务', openid: null }
