// Write actions of the campaign, people and org functions at their largest allowed input
// (types/actions/{campaign,people,org}.ts). Moving a unit runs over the 30,000 workers seeded before.
import { people } from './competition'
import type { Env, WriteCase } from './lib'
import { zh } from './lib'

const CITY = 'demo-city-admin'
const AREA = 'demo-area-chair'
const CHAIR = 'demo-unit-chair'
const UNIT = 'u-jkq-jixie'

/** Someone who opened the app and filled in their name, not yet in a unit (through the real actions). */
async function newcomer(env: Env): Promise<{ openid: string; userId: string }> {
  const openid = env.uid('bw-new')
  const me = (await env.call('people.saveProfile', { nickname: zh(20), realName: '基准新人', job: '', employeeNo: '' }, openid)) as { id: string }
  return { openid, userId: me.id }
}

async function invite(env: Env): Promise<{ id: string; code: string }> {
  return (await env.call('org.createInvite', { unitId: UNIT, days: 30 }, CHAIR)) as { id: string; code: string }
}

async function newUnit(env: Env, run: number): Promise<string> {
  const made = (await env.call(
    'org.createUnit',
    { parentId: 'u-jkq', name: `${zh(34)}${String(run).padStart(2, '0')}${env.uid('').slice(-4)}`, type: 'grassroots' },
    AREA,
  )) as { id: string }
  return made.id
}

const goals = {
  competitions: 1000000,
  modelWorkers: 1000000,
  works: 1000000,
  hardshipVisits: 1000000,
  ideas: 1000000,
  commended: 1000000,
  participants: 1000000,
}

export const peopleOrgCases: WriteCase[] = [
  {
    action: 'campaign.configure',
    largest: 'title of 30, every goal',
    prepare: async (env) => ({
      who: CITY,
      input: { campaignId: 'mayday', title: zh(30), startAt: env.now - 86400000, endAt: env.now + 30 * 86400000, summaryDueAt: env.now + 40 * 86400000, goals },
    }),
  },
  {
    action: 'people.saveProfile',
    largest: 'every field at its maximum, an avatar',
    prepare: async (env) => {
      const { openid, userId } = await newcomer(env)
      const avatar = await env.cloud.storage.putFromClient(`avatars/${userId}/${env.uid('a')}.jpg`, Buffer.from([0xff, 0xd8, 0xff, 0xe0]))
      return { who: openid, input: { nickname: zh(20), realName: '欧阳'.padEnd(20, '明'), avatarFileId: avatar, job: zh(30), employeeNo: 'A'.repeat(30) } }
    },
  },
  {
    action: 'people.agreePrivacy',
    largest: 'a version',
    prepare: async (env) => ({ who: (await newcomer(env)).openid, input: { version: '2026-11-01' } }),
  },
  {
    action: 'people.joinByInvite',
    largest: 'an invite code',
    prepare: async (env) => {
      const [{ openid }, { code }] = await Promise.all([newcomer(env), invite(env)])
      return { who: openid, input: { code } }
    },
  },
  {
    action: 'people.requestJoin',
    largest: 'a unit',
    prepare: async (env) => ({ who: (await newcomer(env)).openid, input: { unitId: UNIT } }),
  },
  {
    action: 'people.cancelJoin',
    largest: 'a pending request',
    prepare: async (env) => {
      const { openid } = await newcomer(env)
      await env.call('people.requestJoin', { unitId: UNIT }, openid)
      return { who: openid, input: {} }
    },
  },
  {
    action: 'org.createUnit',
    largest: 'name of 40',
    prepare: async (env, run) => ({
      who: AREA,
      input: { parentId: 'u-jkq', name: `${zh(34)}${String(run).padStart(2, '0')}${env.uid('').slice(-4)}`, type: 'grassroots' },
    }),
  },
  {
    action: 'org.renameUnit',
    largest: 'name of 40',
    prepare: async (env, run) => ({
      who: AREA,
      input: { unitId: await newUnit(env, run), name: `${zh(33)}改${String(run).padStart(2, '0')}${env.uid('').slice(-4)}` },
    }),
  },
  {
    action: 'org.moveUnit',
    largest: 'a unit of ~2,000 members (30,000 seeded)',
    runs: 4,
    prepare: async (_env, run) => ({ who: CITY, input: { unitId: 'u-jkq-dianzi', newParentId: run % 2 === 0 ? 'u-edu' : 'u-jkq' } }),
  },
  {
    action: 'org.retireUnit',
    largest: 'an empty unit',
    prepare: async (env, run) => ({ who: AREA, input: { unitId: await newUnit(env, 50 + run) } }),
  },
  {
    action: 'org.removeMember',
    largest: 'reason of 100',
    prepare: async (env) => {
      const [p] = await people(env, 1)
      return { who: CHAIR, input: { userId: p._id, reason: zh(100) } }
    },
  },
  {
    action: 'org.decideJoin',
    largest: 'approval with a reason of 100',
    prepare: async (env) => {
      const { openid, userId } = await newcomer(env)
      await env.call('people.requestJoin', { unitId: UNIT }, openid)
      return { who: CHAIR, input: { requestId: `jr-${userId}`, approve: true, reason: zh(100) } }
    },
  },
  {
    action: 'org.createInvite',
    largest: '30 days',
    prepare: async () => ({ who: CHAIR, input: { unitId: UNIT, days: 30 } }),
  },
  {
    action: 'org.revokeInvite',
    largest: 'an invite',
    prepare: async (env) => ({ who: CHAIR, input: { inviteId: (await invite(env)).id } }),
  },
  {
    action: 'org.inviteQr',
    largest: 'first time (code made and stored)',
    prepare: async (env) => ({ who: CHAIR, input: { inviteId: (await invite(env)).id } }),
  },
  {
    action: 'org.grantRole',
    largest: 'a unit chair',
    prepare: async (env) => {
      const [p] = await people(env, 1)
      return { who: CITY, input: { userId: p._id, role: 'unit_chair', unitId: UNIT } }
    },
  },
  {
    action: 'org.revokeRole',
    largest: 'a unit chair',
    prepare: async (env) => {
      const [p] = await people(env, 1)
      await env.call('org.grantRole', { userId: p._id, role: 'unit_chair', unitId: UNIT }, CITY)
      return { who: CITY, input: { userId: p._id, role: 'unit_chair', unitId: UNIT } }
    },
  },
]
