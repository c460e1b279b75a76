// Write actions of the competition function at their largest allowed input (types/actions/competition.ts:
// titles 40, descriptions 2,000, places 60, capacity 10,000, teams of 50, batch decisions of 100,
// results for 200).
import { ticketCode } from '../../cloudfunctions/src/domains/competition/signup'
import type { Env, WriteCase } from './lib'
import { zh } from './lib'

const HOUR = 3600000
const ORGANISER = 'demo-area-chair'
const UNIT = 'u-jkq-jixie'
const UNIT_PATH = ['u-city', 'u-jkq', UNIT]

/** People of one unit with completed profiles, written directly. */
export async function people(env: Env, n: number, prefix = 'bw'): Promise<Array<{ _id: string; openid: string }>> {
  const now = new Date(env.now)
  const list = Array.from({ length: n }, () => {
    const openid = env.uid(prefix)
    return { _id: `user-${openid}`, openid }
  })
  await env.cloud.db.insertMany(
    'users',
    list.map((p) => ({
      _id: p._id,
      _openid: p.openid,
      nickname: '师傅',
      realName: '基准职工',
      job: '',
      employeeNo: '',
      unitId: UNIT,
      unitPath: UNIT_PATH,
      joinedAt: now,
      roles: [],
      profileCompletedAt: now,
      createdAt: now,
      updatedAt: now,
    })),
  )
  return list
}

type Counts = { taken: number; accepted: number; pending: number; waitlisted: number }

export async function competitionDoc(env: Env, over: Record<string, unknown> = {}): Promise<string> {
  const now = env.now
  const _id = env.uid('bw-comp')
  await env.cloud.db.insertMany('competitions', [
    {
      _id,
      campaignId: 'mayday',
      title: zh(40),
      category: '技能比武',
      organizerUnitId: 'u-jkq',
      unitPath: ['u-city', 'u-jkq'],
      description: zh(2000),
      place: zh(60),
      signupStartAt: new Date(now - HOUR),
      signupEndAt: new Date(now + 24 * HOUR),
      eventStartAt: new Date(now + 25 * HOUR),
      eventEndAt: new Date(now + 26 * HOUR),
      capacity: 10000,
      mode: 'individual',
      teamMin: 2,
      teamMax: 50,
      eligibility: 'city',
      needsApproval: false,
      status: 'published',
      counts: { taken: 0, accepted: 0, pending: 0, waitlisted: 0 } satisfies Counts,
      results: [],
      createdBy: 'bench',
      createdAt: new Date(now),
      updatedAt: new Date(now),
      publishedAt: new Date(now),
      ...over,
    },
  ])
  return _id
}

/** Sign-ups (with their keys) of these people, in arrival order, written directly. */
export async function signupDocs(env: Env, competitionId: string, who: Array<{ _id: string }>, status: string): Promise<string[]> {
  const now = env.now
  // ticket codes are unique within a competition (a unique index)
  const codes = new Set<string>()
  while (codes.size < who.length) codes.add(ticketCode())
  const code = [...codes]
  const docs = who.map((p, i) => ({
    _id: env.uid('bw-signup'),
    competitionId,
    userId: p._id,
    realName: '基准职工',
    unitId: UNIT,
    unitPath: UNIT_PATH,
    teamName: '',
    members: [{ userId: p._id, realName: '基准职工' }],
    memberIds: [p._id],
    status,
    seq: now * 1000 + i,
    ticketCode: code[i],
    createdAt: new Date(now),
    updatedAt: new Date(now),
  }))
  await env.cloud.db.insertMany('signups', docs)
  await env.cloud.db.insertMany(
    'signup_keys',
    docs.map((d) => ({ _id: `${competitionId}:${d.userId}`, competitionId, userId: d.userId, signupId: d._id })),
  )
  return docs.map((d) => d._id)
}

const fields = (env: Env) => ({
  title: zh(40),
  category: '技能比武' as const,
  description: zh(2000),
  place: zh(60),
  signupStartAt: env.now - HOUR,
  signupEndAt: env.now + 24 * HOUR,
  eventStartAt: env.now + 25 * HOUR,
  eventEndAt: env.now + 26 * HOUR,
  capacity: 10000,
  mode: 'individual' as const,
  teamMin: 2,
  teamMax: 50,
  eligibility: 'city' as const,
  needsApproval: true,
})

/** A cover the organiser uploaded into their own folder. */
async function cover(env: Env): Promise<string> {
  return env.cloud.storage.putFromClient(`competitions/user-${ORGANISER}/${env.uid('cover')}.jpg`, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))
}

export const competitionCases: WriteCase[] = [
  {
    action: 'competition.create',
    largest: 'all texts at their maximum, a cover',
    prepare: async (env) => ({ who: ORGANISER, input: { organizerUnitId: 'u-jkq', ...fields(env), coverFileId: await cover(env) } }),
  },
  {
    action: 'competition.update',
    largest: 'capacity 100→10,000 with 1,000 waiting',
    runs: 2,
    prepare: async (env) => {
      const id = await competitionDoc(env, { capacity: 100, counts: { taken: 100, accepted: 100, pending: 0, waitlisted: 1000 } })
      await signupDocs(env, id, await people(env, 100), 'accepted')
      await signupDocs(env, id, await people(env, 1000), 'waitlisted')
      return { who: ORGANISER, input: { competitionId: id, ...fields(env), needsApproval: false, coverFileId: await cover(env) } }
    },
    check: (data) => {
      const d = data as { accepted: number }
      if (d.accepted !== 1100) throw new Error(`competition.update promoted ${d.accepted - 100} of 1,000`)
    },
  },
  {
    action: 'competition.publish',
    largest: 'a draft',
    prepare: async (env) => ({ who: ORGANISER, input: { competitionId: await competitionDoc(env, { status: 'draft' }) } }),
  },
  {
    action: 'competition.closeSignup',
    largest: 'a published one',
    prepare: async (env) => ({ who: ORGANISER, input: { competitionId: await competitionDoc(env) } }),
  },
  {
    action: 'competition.cancel',
    largest: 'reason of 100',
    prepare: async (env) => ({ who: ORGANISER, input: { competitionId: await competitionDoc(env), reason: zh(100) } }),
  },
  {
    action: 'competition.publishResults',
    largest: '200 results',
    runs: 4,
    prepare: async (env) => {
      const past = env.now - 3 * HOUR
      const id = await competitionDoc(env, {
        signupStartAt: new Date(past - 2 * HOUR),
        signupEndAt: new Date(past - HOUR),
        eventStartAt: new Date(past),
        eventEndAt: new Date(past + HOUR),
        status: 'closed',
      })
      const ids = await signupDocs(env, id, await people(env, 200), 'accepted')
      return { who: ORGANISER, input: { competitionId: id, results: ids.map((signupId, i) => ({ signupId, rank: i + 1, award: zh(20) })) } }
    },
  },
  {
    action: 'competition.signup',
    largest: 'individual, first time taking part',
    runs: 12,
    prepare: async (env) => {
      const id = await competitionDoc(env)
      const [me] = await people(env, 1)
      return { who: me.openid, input: { competitionId: id, memberIds: [] } }
    },
    check: (data) => {
      if ((data as { status: string }).status !== 'accepted') throw new Error('competition.signup did not take a place')
    },
  },
  {
    action: 'competition.signup',
    largest: 'a team of 50 (captain + 49)',
    runs: 4,
    prepare: async (env) => {
      const id = await competitionDoc(env, { mode: 'team' })
      const [captain, ...members] = await people(env, 50)
      return { who: captain.openid, input: { competitionId: id, teamName: zh(20), memberIds: members.map((m) => m._id) } }
    },
    check: (data) => {
      if ((data as { members: unknown[] }).members.length !== 50) throw new Error('the team is not 50')
    },
  },
  {
    action: 'competition.withdraw',
    largest: 'a place with 100 waiting',
    prepare: async (env) => {
      const id = await competitionDoc(env, { capacity: 1, counts: { taken: 1, accepted: 1, pending: 0, waitlisted: 100 } })
      const [me] = await people(env, 1)
      await signupDocs(env, id, [me], 'accepted')
      await signupDocs(env, id, await people(env, 100), 'waitlisted')
      return { who: me.openid, input: { competitionId: id } }
    },
  },
  {
    action: 'competition.decide',
    largest: '100 approvals',
    runs: 4,
    prepare: async (env) => {
      const id = await competitionDoc(env, { needsApproval: true, capacity: 100, counts: { taken: 100, accepted: 0, pending: 100, waitlisted: 0 } })
      const ids = await signupDocs(env, id, await people(env, 100), 'pending')
      return { who: ORGANISER, input: { competitionId: id, signupIds: ids, approve: true, reason: '' } }
    },
    check: (data) => {
      if ((data as { decided: number }).decided !== 100) throw new Error('not all 100 were decided')
    },
  },
  {
    action: 'competition.decide',
    largest: '100 rejections freeing 100 places for 100 waiting',
    runs: 4,
    prepare: async (env) => {
      const id = await competitionDoc(env, { capacity: 100, counts: { taken: 100, accepted: 100, pending: 0, waitlisted: 100 } })
      const ids = await signupDocs(env, id, await people(env, 100), 'accepted')
      await signupDocs(env, id, await people(env, 100), 'waitlisted')
      return { who: ORGANISER, input: { competitionId: id, signupIds: ids, approve: false, reason: zh(100) } }
    },
    check: async (data, env) => {
      if ((data as { decided: number }).decided !== 100) throw new Error('not all 100 were decided')
      void env
    },
  },
  {
    action: 'competition.checkIn',
    largest: 'a ticket code',
    prepare: async (env) => {
      const id = await competitionDoc(env, { counts: { taken: 1, accepted: 1, pending: 0, waitlisted: 0 } })
      const [s] = await signupDocs(env, id, await people(env, 1), 'accepted')
      const found = (await env.db.collection('signups').where({ _id: s }).limit(1).get()).data[0]
      return { who: ORGANISER, input: { competitionId: id, code: String(found.ticketCode) } }
    },
  },
  {
    action: 'competition.export',
    largest: '10,000 accepted + 2,000 waiting',
    runs: 2,
    prepare: async (env, run) => {
      if (run === 0 || !exportId) {
        exportId = await competitionDoc(env, { counts: { taken: 10000, accepted: 10000, pending: 0, waitlisted: 2000 } })
        await signupDocs(env, exportId, await people(env, 10000, 'bw-x'), 'accepted')
        await signupDocs(env, exportId, await people(env, 2000, 'bw-x'), 'waitlisted')
      }
      return { who: ORGANISER, input: { competitionId: exportId } }
    },
    check: (data) => {
      if ((data as { rows: number }).rows !== 12000) throw new Error(`export has ${(data as { rows: number }).rows} rows`)
    },
  },
]
let exportId = ''
