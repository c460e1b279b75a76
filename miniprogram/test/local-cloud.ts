// Component tests that talk to the server talk to the real one: the local cloud runs in-process and
// the H5 transport (fetch to /api/<function>, and /local/subscribe for a tap's notification grant)
// is answered by it exactly as the local server answers it, minus the HTTP hop. Every call is
// recorded in order, so a test can check what the page asked and when.
import { seedDemo } from '../../cloudfunctions/local/seed/demo'
import { startTestCloud, type TestCloud } from '../../cloudfunctions/local/testing'

export interface LocalClient {
  cloud: TestCloud
  /** What the page sent, in order: action names, and `subscribe <ids>` for notification grants. */
  sent: string[]
  /** Act as this person (the local server's identity cookie). */
  as(openid: string): void
  /** The next notification requests fail as a refused or broken request would. */
  failSubscribe(fail: boolean): void
  stop(): Promise<void>
}

export async function connectLocalCloud(): Promise<LocalClient> {
  const cloud = await startTestCloud()
  await seedDemo(cloud.db)
  const sent: string[] = []
  let openid = ''
  let subscribeFails = false
  const answer = (body: unknown) => ({ ok: true, status: 200, json: async () => body })
  ;(globalThis as unknown as { fetch: unknown }).fetch = async (url: string, init?: { body?: string }) => {
    const body = JSON.parse(init?.body ?? '{}')
    if (url === '/local/subscribe') {
      sent.push(`subscribe ${init?.body ?? ''}`)
      if (subscribeFails) throw new TypeError('Failed to fetch')
      const ids = (body as { templateIds: string[] }).templateIds
      for (const id of ids) cloud.openapi.recordSubscription(openid, id)
      return answer(Object.fromEntries(ids.map((id) => [id, 'accept'])))
    }
    const fn = /^\/api\/([a-z]+)$/.exec(url)?.[1]
    if (!fn) throw new Error(`no local route for ${url}`)
    sent.push(String((body as { action?: string }).action))
    const { result } = await cloud.runtime.invoke(fn, body, { OPENID: openid })
    return answer(result)
  }
  return {
    cloud,
    sent,
    as: (o) => (openid = o),
    failSubscribe: (f) => (subscribeFails = f),
    stop: () => cloud.stop(),
  }
}
