/** @jest-environment-options {"customExportConditions": ["node", "node-addons"]} */
// (The local cloud runs in this jsdom suite: its packages must resolve to their Node builds, e.g. jimp.)
//
// The BUILT competition pages (R4), loaded the way WeChat loads them and calling the competition
// function through wx.cloud (answered by the local cloud with the demo made through the real actions):
// the public list and page, "my sign-ups", and everything an organiser does — for the worker, the
// organising area chair, the city union and someone who opened a shared card.
import { subscribeTemplates } from '../../types/subscribe-templates'
import { PEOPLE, START_TIMEOUT_MS, startDemoApp, type DemoApp } from './demo-app'
import { pageData, tap, waitForText, wx } from './harness'
import { isHeld } from '../../types/wording/held'

let app: DemoApp
/** The demo's competitions by a word of their title, as the public list and the city's manage list give them. */
let ids: Record<'lathe' | 'safety' | 'tug' | 'welding' | 'exercise', string>
const HOUR = 3600000

beforeAll(async () => {
  app = await startDemoApp()
  const listed = await app.call('competition.list', {}, PEOPLE.cardOpener)
  const managed = await app.call('competition.manageList', { unitId: 'u-city' }, PEOPLE.cityAdmin)
  const find = (word: string) => {
    const hit = [...listed.items, ...managed.items].find((c) => c.title.includes(word))
    if (!hit) throw new Error(`no competition titled …${word}…`)
    return hit.id
  }
  ids = { lathe: find('数控车工'), safety: find('安全生产'), tug: find('拔河'), welding: find('焊工'), exercise: find('工间操') }
}, START_TIMEOUT_MS)
afterAll(() => app.stop())

describe('pages/competition/index', () => {
  it('someone who opened a shared card sees the published competitions with organiser and places', async () => {
    await app.signIn(PEOPLE.cardOpener)
    const { text, actions } = await app.open('pages/competition/index', {}, ['经开区“安全生产 质量提升”劳动竞赛'])
    for (const t of ['全部', '技能培训', '报名中', '我报名的', '经开区工会 · 劳动竞赛', '共50个名额 · 剩余48个', '全市职工计算机操作竞赛'])
      expect(text).toContain(t)
    // The welding class holds 4 and 5 signed up: full, one on the waiting list.
    expect(text).toContain('名额已满 · 候补1人')
    // A draft is never listed.
    expect(text).not.toContain('全市职工工间操比赛')
    expect(actions).toEqual(['competition.list'])
  })
})

describe('pages/competition/detail', () => {
  it('someone who opened a shared card sees a held competition with its results', async () => {
    await app.signIn(PEOPLE.cardOpener)
    const { text } = await app.open('pages/competition/detail', { id: ids.lathe }, ['经开区数控车工技能比武', '比赛成绩'])
    for (const t of ['已结束', '主办：经开区工会', '张三一等奖', '周九二等奖', '刘一三等奖', '陈二优秀奖', '经开区职工技能实训中心']) expect(text).toContain(t)
    expect(text).not.toContain('主办单位管理')
  })

  it('a worker who captains a team sees their team’s place on the page', async () => {
    await app.signIn(PEOPLE.worker)
    const { text } = await app.open('pages/competition/detail', { id: ids.tug }, ['经开区职工拔河比赛', '华中机械钢铁队'])
    expect(text).toContain('经开区体育公园')
    expect(text).not.toContain('组队报名')
  })

  it('the organising area chair sees the page with the organiser’s links', async () => {
    await app.signIn(PEOPLE.areaChair)
    const { text } = await app.open('pages/competition/detail', { id: ids.safety }, ['经开区“安全生产 质量提升”劳动竞赛', '主办单位管理'])
    for (const t of ['报名名单', '现场签到', '发布成绩', '修改竞赛', '个人报名，需主办单位审核']) expect(text).toContain(t)
  })

  it('the sign-up tap asks WeChat for the review notification first, inside the tap; a refusal still signs up', async () => {
    const now = Date.now()
    const made = await app.call(
      'competition.create',
      {
        organizerUnitId: 'u-jkq',
        title: '经开区钳工技能比武',
        category: '技能比武',
        description: '经开区钳工技能比武，现场实操，欢迎一线职工报名参加。',
        place: '经开区职工技能实训中心',
        signupStartAt: now - HOUR,
        signupEndAt: now + HOUR,
        eventStartAt: now + 2 * HOUR,
        eventEndAt: now + 5 * HOUR,
        capacity: 5,
        mode: 'individual',
        eligibility: 'subtree',
        needsApproval: true,
      },
      PEOPLE.areaChair,
    )
    await app.call('competition.publish', { competitionId: made.id }, PEOPLE.areaChair)
    await app.signIn(PEOPLE.worker)
    const log: string[] = []
    let asked: string[] = []
    wx.requestSubscribeMessage = (o: { tmplIds: string[]; fail?: (e: unknown) => void; complete?: (e: unknown) => void }) => {
      log.push('requestSubscribeMessage')
      asked = o.tmplIds
      // The person says no.
      o.fail?.({ errMsg: 'requestSubscribeMessage:fail cancel' })
      o.complete?.({ errMsg: 'requestSubscribeMessage:fail cancel' })
    }
    const { page, text } = await app.open('pages/competition/detail', { id: made.id }, ['我要报名', '报名后由主办单位审核'])
    for (const t of ['经开区钳工技能比武', '主办：经开区工会', '经开区工会及下属单位的职工']) expect(text).toContain(t)
    const from = app.calls.length
    tap(page, 'signup-button')
    // Synchronously, within the tap: nothing has been awaited before WeChat's request.
    expect(log).toEqual(['requestSubscribeMessage'])
    expect(app.calls.length).toBe(from)
    expect(asked).toEqual([subscribeTemplates.signupReviewResult.id])
    expect(await waitForText(page, '待审核')).toContain('名额已为您保留')
    expect(app.calls[from]).toEqual({ fn: 'competition', action: 'competition.signup', outcome: 'ok' })
  })
})

describe('package-competition/pages/mine/index', () => {
  it('a worker sees each of their sign-ups with where it stands, their team and the waiting list', async () => {
    await app.signIn(PEOPLE.worker)
    const { text, actions } = await app.open('package-competition/pages/mine/index', {}, ['经开区数控车工技能比武', '新生代农民工焊工技能培训班（第一期）'])
    for (const t of ['经开区“安全生产 质量提升”劳动竞赛', '队伍：华中机械钢铁队（我是队长）', '已获得名额', '候补']) expect(text).toContain(t)
    expect(actions).toContain('competition.mySignups')
  })
})

describe('package-competition/pages/manage/index', () => {
  it('the area chair sees the competitions of 经开区 with the organiser’s links', async () => {
    await app.signIn(PEOPLE.areaChair)
    const { text } = await app.open('package-competition/pages/manage/index', {}, ['经开区数控车工技能比武', '新建竞赛'])
    for (const t of ['经开区工会', '经开区“安全生产 质量提升”劳动竞赛', '经开区职工拔河比赛', '报名名单', '签到', '成绩']) expect(text).toContain(t)
    expect(text).not.toContain('全市职工计算机操作竞赛')
  })

  it('the city union sees its own, the draft among them', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { text } = await app.open('package-competition/pages/manage/index', {}, ['全市职工工间操比赛', '全市职工计算机操作竞赛'])
    expect(text).toContain('草稿')
  })
})

describe('package-competition/pages/edit/index', () => {
  it('the area chair opens a published competition: its state and its fields filled in', async () => {
    await app.signIn(PEOPLE.areaChair)
    const { page, text } = await app.open('package-competition/pages/edit/index', { id: ids.safety }, ['竞赛状态', '修改后保存，竞赛页面会立即更新。'])
    for (const t of ['报名中', '截止报名', '取消竞赛']) expect(text).toContain(t)
    const data = pageData(page)
    for (const v of ['经开区“安全生产 质量提升”劳动竞赛', '经开区各参赛企业（现场评比）']) expect(data).toContain(v)
  })

  it('the area chair starts a new one for 经开区', async () => {
    await app.signIn(PEOPLE.areaChair)
    const { text } = await app.open('package-competition/pages/edit/index', { unitId: 'u-jkq' }, [
      '新建竞赛',
      '主办单位：经开区工会。先保存为草稿，检查无误再发布。',
    ])
    expect(text).toContain('竞赛名称')
  })

  it('the city union opens its draft', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    const { page } = await app.open('package-competition/pages/edit/index', { id: ids.exercise }, ['草稿只有主办单位能看到，发布后职工才能报名。'])
    expect(pageData(page)).toContain('全市职工工间操比赛')
  })
})

describe('package-competition/pages/signups/index', () => {
  it('the area chair sees the sign-up waiting for approval, with the unit', async () => {
    await app.signIn(PEOPLE.areaChair)
    const { text } = await app.open('package-competition/pages/signups/index', { id: ids.safety }, ['周九', '导出名单（Excel）'])
    for (const t of ['经开区“安全生产 质量提升”劳动竞赛', '待审核', '湘江电子科技有限公司工会', '通过', '不通过']) expect(text).toContain(t)
  })
})

describe('package-competition/pages/checkin/index', () => {
  it('the area chair opens check-in for the tug of war: its time and place, and the code box', async () => {
    await app.signIn(PEOPLE.areaChair)
    const { text } = await app.open('package-competition/pages/checkin/index', { id: ids.tug }, ['经开区职工拔河比赛', '扫参赛凭证签到'])
    expect(text).toContain('经开区体育公园')
    expect(text).toContain('输入签到码')
  })
})

describe('package-competition/pages/results/index', () => {
  it('the area chair sees the published results of the held competition, ready to change', async () => {
    await app.signIn(PEOPLE.areaChair)
    const { text } = await app.open('package-competition/pages/results/index', { id: ids.lathe }, ['已公布 4 个名次，修改后可以重新发布。', '张三'])
    for (const t of ['周九', '刘一', '陈二', '发布成绩（4 个名次）']) expect(text).toContain(t)
  })
})

describe('package-competition/pages/progress/index', () => {
  it('the city union sees each area union’s count against the minimum of 3', async () => {
    await app.signIn(PEOPLE.cityAdmin)
    // What counts as held: results published (types/wording/held.ts), the one definition home, list and progress share.
    const mine = (await app.call('competition.manageList', { unitId: 'u-jkq' }, PEOPLE.areaChair)).items
    const held = mine.filter((c) => isHeld(c)).length
    const { text } = await app.open('package-competition/pages/progress/index', {}, ['各行业、乡镇（街道）工会每家至少组织 3 场竞赛', '经开区工会'])
    expect(text).toContain(held >= 3 ? `经开区工会行业工会${held} / 3 场已达标` : `经开区工会行业工会${held} / 3 场还差 ${3 - held} 场`)
    expect(text).toMatch(/白石乡工会乡镇（街道）工会0 \/ 3 场还差 3 场/)
  })
})
