// What a worker reads of their own sign-ups once a competition is over (results and awards in 我的报名),
// and what their ticket says, through the real function entries on the local cloud.
import { signupStateOf } from '../../../../types/wording/signup'
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'
import { fields } from '../../../test/competition-fields'

let cloud: TestCloud
const as = (OPENID: string) => ({ OPENID })
const AREA = as('demo-area-chair')
const HOUR = 3600000

beforeEach(async () => {
  if (!cloud) cloud = await startTestCloud()
  await cloud.db.clear()
  await seedDemo(cloud.db)
})
afterAll(() => cloud.stop())

async function published(): Promise<string> {
  const made = await cloud.call('competition.create', fields({ capacity: 3 }), AREA)
  if (!made.ok) throw new Error(made.error.code)
  await cloud.call('competition.publish', { competitionId: made.data.id }, AREA)
  return made.data.id
}

const held = (id: string) =>
  cloud.db.handle('database.modifyDocument', {
    collectionName: 'competitions',
    queryType: 'DOC',
    query: JSON.stringify({ _id: id }),
    data: JSON.stringify({
      $set: Object.fromEntries(
        Object.entries({ signupStartAt: -5, signupEndAt: -4, eventStartAt: -3, eventEndAt: -1 }).map(([k, h]) => [
          k,
          { $date: new Date(Date.now() + h * HOUR).toISOString() },
        ]),
      ),
    }),
    merge: true,
  })

test('the ticket names the person, the competition, its time and place', async () => {
  const id = await published()
  await cloud.call('competition.signup', { competitionId: id }, as('demo-worker'))
  const ticket = await cloud.call('competition.ticket', { competitionId: id }, as('demo-worker'))
  expect(ticket).toMatchObject({
    ok: true,
    data: {
      person: { realName: '张三', unitName: '华中机械制造有限公司工会', teamName: '' },
      competition: { id, title: '数控车工技能比武', place: '经开区职工技能实训中心' },
    },
  })
  expect(ticket.ok && ticket.data.competition.eventEndAt - ticket.data.competition.eventStartAt).toBe(3 * HOUR)
})

test('after results, 我的报名 and the page tell the winner their award, not to come and check in', async () => {
  const id = await published()
  const a = await cloud.call('competition.signup', { competitionId: id }, as('demo-worker'))
  const b = await cloud.call('competition.signup', { competitionId: id }, as('demo-unit-chair'))
  await held(id)
  const results = [{ signupId: a.ok ? a.data.id : '', rank: 1, award: '一等奖' }]
  expect((await cloud.call('competition.publishResults', { competitionId: id, results }, AREA)).ok).toBe(true)

  const mine = await cloud.call('competition.mySignups', { page: 1 }, as('demo-worker'))
  expect(mine.ok && mine.data.items[0].signup.result).toEqual({ rank: 1, award: '一等奖' })
  const item = mine.ok ? mine.data.items[0] : null
  const state = signupStateOf(item!.signup, item!.competition)
  expect(state).toMatchObject({ tag: '一等奖', ticket: false, withdraw: false })
  expect(state.text).toContain('恭喜您获得一等奖')
  expect(state.text).not.toContain('请按时参加')

  const other = await cloud.call('competition.detail', { competitionId: id }, as('demo-unit-chair'))
  expect(other.ok && other.data.mine?.result).toBeNull()
  const theirs = signupStateOf(other.ok ? other.data.mine! : (null as never), other.ok ? other.data : (null as never))
  expect(theirs).toMatchObject({ tag: '已参赛', ticket: false })
  expect(b.ok).toBe(true)
})
