// campaign.home through the real function entry, the real SDK and the local cloud.
import { TARGET_KEYS } from '../../../../types/entities/campaign'
import { DEMO_CAMPAIGN_ID, seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'

let cloud: TestCloud
const NOW = Date.now()

beforeAll(async () => {
  cloud = await startTestCloud()
  await seedDemo(cloud.db, NOW)
})

describe('campaign.home', () => {
  test('answers the running campaign with its lines and seven targets, from one database round trip', async () => {
    const { result, counts } = await cloud.measure('campaign.home', {}, { OPENID: 'someone-who-just-opened-a-card' })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const home = result.data
    expect(home.id).toBe(DEMO_CAMPAIGN_ID)
    expect(home.phase).toBe('running')
    expect(home.startAt).toBeLessThan(NOW)
    expect(home.endAt).toBeGreaterThan(NOW)
    expect(home.lines.map((l) => l.name)).toEqual(['展职工风采', '展职工技能', '展职工作品', '展职工智慧', '展工会爱心'])
    expect(home.targets.map((t) => t.key)).toEqual([...TARGET_KEYS])
    expect(home.targets.find((t) => t.key === 'participants')).toMatchObject({ goal: 30000, count: 0, label: '动员三万名职工参加' })
    expect(counts.db).toBe(1)
  })

  test('counts are the live counters of the campaign document', async () => {
    await cloud.db.handle('database.modifyDocument', {
      collectionName: 'campaigns',
      queryType: 'DOC',
      query: JSON.stringify({ _id: DEMO_CAMPAIGN_ID }),
      data: JSON.stringify({ $inc: { 'counts.ideas': 3, 'counts.competitions': 1 } }),
      merge: true,
    })
    const res = await cloud.call('campaign.home', { campaignId: DEMO_CAMPAIGN_ID })
    expect(res.ok && res.data.targets.find((t) => t.key === 'ideas')?.count).toBe(3)
    expect(res.ok && res.data.targets.find((t) => t.key === 'competitions')?.count).toBe(1)
  })

  test('works for a caller with no identity at all (a public page)', async () => {
    const res = await cloud.call('campaign.home', {})
    expect(res.ok).toBe(true)
  })

  test('an unknown campaign answers CAMPAIGN.NOT_FOUND', async () => {
    const res = await cloud.call('campaign.home', { campaignId: 'no-such-campaign' })
    expect(res).toEqual({ ok: false, error: { code: 'CAMPAIGN.NOT_FOUND', message: '活动不存在或尚未发布' } })
  })
})

describe('bad input answers a coded error and writes nothing', () => {
  const cases: Array<[string, unknown, string]> = [
    ['wrong type', { action: 'campaign.home', input: { campaignId: 5 } }, 'COMMON.VALIDATION'],
    ['unknown field', { action: 'campaign.home', input: { campaignId: 'mayday', extra: true } }, 'COMMON.VALIDATION'],
    ['operator as a field', { action: 'campaign.home', input: { $where: 'this.counts.ideas > 0' } }, 'COMMON.VALIDATION'],
    ['operator as a value', { action: 'campaign.home', input: { campaignId: { $ne: null } } }, 'COMMON.VALIDATION'],
    ['__proto__', { action: 'campaign.home', input: JSON.parse('{"__proto__": {"isAdmin": true}}') }, 'COMMON.VALIDATION'],
    ['constructor key', { action: 'campaign.home', input: { constructor: { prototype: {} } } }, 'COMMON.VALIDATION'],
    ['id with odd characters', { action: 'campaign.home', input: { campaignId: 'x"; drop' } }, 'COMMON.VALIDATION'],
    ['input not an object', { action: 'campaign.home', input: 'mayday' }, 'COMMON.VALIDATION'],
    ['unknown action', { action: 'campaign.destroy', input: {} }, 'COMMON.UNKNOWN_ACTION'],
    ['action of another function', { action: 'people.me', input: {} }, 'COMMON.UNKNOWN_ACTION'],
    ['no action', { input: {} }, 'COMMON.UNKNOWN_ACTION'],
    ['extra event field', { action: 'campaign.home', input: {}, openid: 'someone-else' }, 'COMMON.BAD_REQUEST'],
    ['event not an object', [1, 2], 'COMMON.BAD_REQUEST'],
  ]

  test.each(cases)('%s', async (_name, event, code) => {
    const before = JSON.stringify(cloud.db.dump())
    const res = await cloud.raw('campaign', event, { OPENID: 'demo-worker' })
    expect(res.ok).toBe(false)
    if (res.ok) return
    expect(res.error.code).toBe(code)
    expect(typeof res.error.message).toBe('string')
    expect(JSON.stringify(cloud.db.dump())).toBe(before)
  })

  test('validation issues name the field', async () => {
    const res = await cloud.raw('campaign', { action: 'campaign.home', input: { campaignId: 5 } })
    expect(res.ok === false && res.error.issues?.[0]?.path).toBe('campaignId')
  })

  test('WeChat’s own userInfo field on an event is tolerated and never trusted', async () => {
    const res = await cloud.raw('campaign', { action: 'campaign.home', input: {}, userInfo: { appId: 'x', openId: 'forged' } })
    expect(res.ok).toBe(true)
  })
})
