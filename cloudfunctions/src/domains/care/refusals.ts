// Every care call that is not answered with data is logged too: refused by the access rule, out of scope,
// bad input (an oversized note), an unknown action. The entry names the caller from getWXContext and only
// the id-shaped fields of the input (never its free text).
import { callerOpenid, loadUser } from '../../lib/caller'
import { append } from './access-log-repo'

const ID = /^[A-Za-z0-9_-]{1,64}$/
const ID_FIELDS = ['visitId', 'unitId'] as const

export async function logRefusal(event: unknown, code: string, now: number): Promise<void> {
  const e = (event && typeof event === 'object' ? event : {}) as { action?: unknown; input?: unknown }
  const action = typeof e.action === 'string' && /^[a-zA-Z.]{1,40}$/.test(e.action) ? e.action : '(无效请求)'
  const input = (e.input && typeof e.input === 'object' ? e.input : {}) as Record<string, unknown>
  const ids = Object.fromEntries(ID_FIELDS.map((f) => [f, typeof input[f] === 'string' && ID.test(input[f] as string) ? (input[f] as string) : null]))
  const openid = callerOpenid() ?? null
  const user = openid ? await loadUser(openid) : undefined
  await append(
    {
      actor: { userId: user?._id ?? null, name: user?.realName || user?.nickname || '', openid },
      action,
      outcome: code,
      visitIds: ids.visitId ? [ids.visitId] : [],
      unitId: ids.unitId,
      detail: '已拒绝',
    },
    new Date(now),
  )
}
