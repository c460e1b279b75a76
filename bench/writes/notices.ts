// Write actions of notices (types/actions/notices.ts) at their largest allowed input: a city-wide
// notice of the longest title and body with five attachments, and a member's first reading of one.
import { NOTICE_LIMITS } from '../../types/limits/notices'
import type { Env, WriteCase } from './lib'
import { zh } from './lib'

const CITY = 'demo-city-admin'
const WORKER = 'demo-worker'

async function userId(env: Env, openid: string): Promise<string> {
  const res = await env.db.collection('users').where({ _openid: openid }).limit(1).get()
  return String(res.data[0]!._id)
}

async function attachments(env: Env): Promise<Array<{ fileId: string; name: string }>> {
  const me = await userId(env, CITY)
  return Promise.all(
    Array.from({ length: NOTICE_LIMITS.attachments.max }, (_x, i) =>
      env.cloud.storage
        .putFromClient(`notices/${me}/${env.uid('f')}-${i}.pdf`, Buffer.alloc(NOTICE_LIMITS.attachmentMaxBytes, 0x25))
        .then((fileId) => ({ fileId, name: zh(NOTICE_LIMITS.attachmentName.max - 4) + '.pdf' })),
    ),
  )
}

const fullNotice = async (env: Env) => ({
  audienceUnitId: 'u-city',
  title: zh(NOTICE_LIMITS.title.max),
  body: zh(NOTICE_LIMITS.body.max),
  attachments: await attachments(env),
  pinnedUntil: env.now + 7 * 86_400_000,
})

export const noticeCases: WriteCase[] = [
  {
    action: 'campaign.publishNotice',
    largest: `title ${NOTICE_LIMITS.title.max}, body ${NOTICE_LIMITS.body.max}, ${NOTICE_LIMITS.attachments.max} attachments of ${NOTICE_LIMITS.attachmentMaxMb} MB (each measured in storage), to the whole city`,
    prepare: async (env) => ({ who: CITY, input: await fullNotice(env) }),
  },
  {
    action: 'campaign.readNotice',
    largest: `first read of a notice with ${NOTICE_LIMITS.attachments.max} attachments, counted on a three-level path`,
    prepare: async (env) => {
      const notice = (await env.call('campaign.publishNotice', await fullNotice(env), CITY)) as { id: string }
      return { who: WORKER, input: { noticeId: notice.id } }
    },
    check: (data) => {
      if ((data as { attachments: unknown[] }).attachments.length !== NOTICE_LIMITS.attachments.max) throw new Error('attachments missing')
    },
  },
]
