// One definition of "a competition held" (types/wording/held.ts) read by the home page, the city's
// progress page and the list; and searching competitions by words in the title.
import { seedDemo } from '../../../local/seed/demo'
import { startTestCloud, type TestCloud } from '../../../local/testing'

let cloud: TestCloud
const as = (OPENID: string) => ({ OPENID })
const AREA = as('demo-area-chair')
const CITY = as('demo-city-admin')
const HOUR = 3600000

beforeEach(async () => {
  if (!cloud) cloud = await startTestCloud()
  await cloud.db.clear()
  await seedDemo(cloud.db)
})
afterAll(() => cloud.stop())

async function published(title: string, organizerUnitId = 'u-jkq'): Promise<string> {
  const now = Date.now()
  const made = await cloud.call(
    'competition.create',
    {
      organizerUnitId,
      title,
      category: '技能比武',
      description: '现场实操，欢迎一线职工报名参加，名额有限先到先得。',
      place: '经开区职工技能实训中心',
      signupStartAt: now - HOUR,
      signupEndAt: now + HOUR,
      eventStartAt: now + 2 * HOUR,
      eventEndAt: now + 5 * HOUR,
      capacity: 3,
      mode: 'individual',
      eligibility: 'city',
      needsApproval: false,
    },
    organizerUnitId === 'u-city' ? CITY : AREA,
  )
  if (!made.ok) throw new Error(made.error.code)
  await cloud.call('competition.publish', { competitionId: made.data.id }, organizerUnitId === 'u-city' ? CITY : AREA)
  return made.data.id
}

async function finishWithResults(id: string, who = AREA) {
  const s = await cloud.call('competition.signup', { competitionId: id }, as('demo-worker'))
  await cloud.db.handle('database.modifyDocument', {
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
  const r = await cloud.call('competition.publishResults', { competitionId: id, results: [{ signupId: s.ok ? s.data.id : '', rank: 1, award: '一等奖' }] }, who)
  if (!r.ok) throw new Error(r.error.code)
}

test('home, progress and list give the same number of competitions held for the same data', async () => {
  const a = await published('数控车工技能比武')
  await published('焊工技能比武')
  const c = await published('全市职工计算机操作竞赛', 'u-city')
  await finishWithResults(a)
  await finishWithResults(c, CITY)
  const home = await cloud.call('campaign.home', {})
  const homeCount = home.ok ? home.data.targets.find((t) => t.key === 'competitions')!.count : -1
  const list = await cloud.call('competition.list', { filter: 'held', page: 1 })
  const progress = await cloud.call('competition.areaProgress', {}, CITY)
  const byAreas = progress.ok ? progress.data.items.reduce((n, i) => n + i.held, 0) : -1
  expect(homeCount).toBe(2)
  expect(list.ok && list.data.held).toBe(2)
  expect(list.ok && list.data.items.length).toBe(2)
  expect(progress.ok && progress.data.held).toBe(2)
  // the city union's own competition is held too, but belongs to no industry or township union
  expect(byAreas).toBe(1)
  expect(progress.ok && progress.data.items.find((i) => i.unit.id === 'u-jkq')).toMatchObject({ held: 1, upcoming: 1 })
})

test('search by words in the title, literally', async () => {
  await published('数控车工技能比武')
  await published('焊工(初级)技能比武')
  await published('全市职工计算机操作竞赛', 'u-city')
  const titles = async (keyword: string) => {
    const r = await cloud.call('competition.list', { keyword, page: 1 })
    return r.ok ? r.data.items.map((i) => i.title).sort() : []
  }
  expect(await titles('技能')).toEqual(['数控车工技能比武', '焊工(初级)技能比武'].sort())
  expect(await titles('(初级)')).toEqual(['焊工(初级)技能比武'])
  expect(await titles('.*')).toEqual([])
  expect(await titles('计算机')).toEqual(['全市职工计算机操作竞赛'])
})
