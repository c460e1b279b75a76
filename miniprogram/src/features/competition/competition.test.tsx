// The building blocks of the competition pages, rendered with Taro's H5 components in jsdom: cards,
// the person's own sign-up, results, the organiser's rows, check-in answers, the city's progress, the
// team sheet, the ticket — and the sign-up tap itself (profile gate, notification request first).
// What talks to the server talks to the real local cloud, in-process (miniprogram/test/local-cloud.ts).
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { CompetitionDetail, CompetitionSummary, MySignup, SignupRow } from '@contract/entities/competition'
import { subscribeTemplates } from '@contract/subscribe-templates'
import { mounter } from '../../../test/mount'
import { connectLocalCloud, type LocalClient } from '../../../test/local-cloud'
import { useCompetitionSignup } from './hooks/use-competition-signup'
import { setMe } from '../../services/me'
import CompetitionCard from './components/competition-card'
import CompetitionCheckinResult from './components/competition-checkin-result'
import CompetitionFilters from './components/competition-filters'
import CompetitionMyStatus from './components/competition-my-status'
import CompetitionProgressRow from './components/competition-progress-row'
import CompetitionResults from './components/competition-results'
import CompetitionSignupRow from './components/competition-signup-row'
import CompetitionTeamSheet from './components/competition-team-sheet'
import CompetitionTicket from './components/competition-ticket'

// 2027-04-20 10:00 Beijing
const at = (h: number, day = 20) => Date.UTC(2027, 3, day, h - 8, 0)
const jkq = { id: 'u-jkq', name: '经开区工会', type: 'industry' as const }
const jixie = { id: 'u-jkq-jixie', name: '华中机械制造有限公司工会', type: 'grassroots' as const }

const summary = (overrides: Partial<CompetitionSummary> = {}): CompetitionSummary => ({
  id: 'c1',
  title: '数控车工技能比武',
  category: '技能比武',
  organizer: jkq,
  coverUrl: null,
  place: '经开区职工技能实训中心',
  status: 'published',
  window: 'open',
  signupStartAt: at(8),
  signupEndAt: at(18, 27),
  eventStartAt: at(9, 28),
  capacity: 10,
  accepted: 4,
  pending: 0,
  placesLeft: 6,
  waitlisted: 0,
  needsApproval: false,
  mode: 'individual',
  eligibility: 'subtree',
  resultsPublished: false,
  ...overrides,
})

const signup = (overrides: Partial<MySignup> = {}): MySignup => ({
  id: 's1',
  competitionId: 'c1',
  status: 'accepted',
  waitlistPosition: null,
  teamName: '',
  members: [{ userId: 'u1', realName: '张三' }],
  isCaptain: true,
  rejectReason: '',
  checkedInAt: null,
  ticketCode: 'AB3K7Q',
  createdAt: at(9),
  result: null,
  ...overrides,
})

const row = (overrides: Partial<SignupRow> = {}): SignupRow => ({
  id: 'r1',
  status: 'pending',
  realName: '张三',
  unitName: jixie.name,
  teamName: '',
  members: [{ userId: 'u1', realName: '张三' }],
  waitlistPosition: null,
  checkedInAt: null,
  rejectReason: '',
  createdAt: at(9),
  ...overrides,
})

const mount = mounter()
afterEach(() => jest.restoreAllMocks())
const text = () => document.body.textContent ?? ''
const settle = () => new Promise((r) => setTimeout(r, 30))
/** Waits (up to 5 s) until `ok()` holds: a fixed pause is too short on a loaded machine. */
const until = async (ok: () => boolean, ms = 5000) => {
  const end = Date.now() + ms
  while (!ok() && Date.now() < end) await new Promise((r) => setTimeout(r, 10))
}
/** The element whose own text is exactly `t` (Taro wraps labels in its own elements). */
const byText = (t: string) => Array.from(document.querySelectorAll('*')).find((el) => el.textContent === t && el.children.length === 0) as Element
/** Types into a Taro H5 input the way the browser reports typing. */
const type = (selector: string, value: string) => {
  const input = document.querySelector(`${selector} input`) as HTMLInputElement
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
}

describe('competition card', () => {
  test('an open one: organiser, stage, places left, deadline, event', async () => {
    const open = jest.fn()
    const { utils } = await mount(<CompetitionCard competition={summary()} onClick={open} />)
    for (const t of [
      '数控车工技能比武',
      '经开区工会 · 技能比武',
      '报名中',
      '共10个名额 · 剩余6个',
      '报名截止 4月27日 18:00',
      '比赛 4月28日 09:00 · 经开区职工技能实训中心',
    ])
      expect(text()).toContain(t)
    utils.fireEvent.click(document.querySelector('.competition-card')!)
    expect(open).toHaveBeenCalledTimes(1)
  })

  test('full: the waiting list; over: no places, and its own tag when given', async () => {
    await mount(<CompetitionCard competition={summary({ accepted: 10, placesLeft: 0, waitlisted: 2, mode: 'team' })} />)
    expect(text()).toContain('名额已满 · 候补2人')
    expect(text()).toContain('· 团体')
    await mount(<CompetitionCard competition={summary({ status: 'finished', window: 'closed' })} tag={<View>已获得名额</View>} />)
    expect(text()).toContain('已获得名额')
    expect(text()).not.toContain('名额 ·')
    expect(text()).not.toContain('报名截止')
  })
})

const OPEN = { status: 'published', window: 'open', resultsPublished: false } as const

describe('my sign-up', () => {
  test('finished with results: the award and no ticket or check-in words; cancelled: no ticket either', async () => {
    const ticket = jest.fn()
    await mount(
      <CompetitionMyStatus
        competition={{ status: 'finished', window: 'closed', resultsPublished: true }}
        signup={signup({ result: { rank: 1, award: '一等奖' } })}
        onTicket={ticket}
        onWithdraw={jest.fn()}
      />,
    )
    expect(text()).toContain('一等奖')
    expect(text()).not.toContain('请按时参加')
    expect(text()).not.toContain('查看参赛凭证')
    expect(text()).not.toContain('取消报名')
    await mount(
      <CompetitionMyStatus
        competition={{ status: 'cancelled', window: 'closed', resultsPublished: false, cancelReason: '场地维修' }}
        signup={signup()}
        onTicket={ticket}
      />,
    )
    expect(text()).toContain('场地维修')
    expect(text()).not.toContain('查看参赛凭证')
  })

  test('accepted: the ticket is offered, and withdrawing only when allowed', async () => {
    const ticket = jest.fn()
    const withdraw = jest.fn()
    const { utils } = await mount(<CompetitionMyStatus competition={OPEN} signup={signup()} onTicket={ticket} onWithdraw={withdraw} />)
    expect(text()).toContain('已获得名额')
    utils.fireEvent.click(byText('查看参赛凭证'))
    utils.fireEvent.click(byText('取消报名'))
    expect([ticket.mock.calls.length, withdraw.mock.calls.length]).toEqual([1, 1])
    await mount(<CompetitionMyStatus competition={OPEN} signup={signup()} />)
    expect(text()).not.toContain('取消报名')
  })

  test('pending, waiting list with its place, turned down with the reason', async () => {
    await mount(<CompetitionMyStatus competition={OPEN} signup={signup({ status: 'pending' })} />)
    expect(text()).toContain('待审核')
    await mount(<CompetitionMyStatus competition={OPEN} signup={signup({ status: 'waitlisted', waitlistPosition: 3 })} />)
    expect(text()).toContain('候补第3位')
    await mount(<CompetitionMyStatus competition={OPEN} signup={signup({ status: 'rejected', rejectReason: '不是一线职工' })} />)
    expect(text()).toContain('未通过')
    expect(text()).toContain('原因：不是一线职工')
  })

  test('a team member sees the team and who can withdraw it', async () => {
    await mount(
      <CompetitionMyStatus
        competition={OPEN}
        signup={signup({
          teamName: '钢铁队',
          isCaptain: false,
          members: [
            { userId: 'u2', realName: '王五' },
            { userId: 'u1', realName: '张三' },
          ],
          checkedInAt: at(9, 28),
        })}
      />,
    )
    expect(text()).toContain('队名：钢铁队')
    expect(text()).toContain('队员：王五、张三')
    expect(text()).toContain('取消报名请联系队长')
    expect(text()).toContain('已于 4月28日 09:00 签到')
  })
})

describe('results, rows, answers, progress', () => {
  test('results in rank order with award and unit, the first three marked', async () => {
    await mount(
      <CompetitionResults
        results={[
          { rank: 1, award: '一等奖', name: '张三', unitName: jixie.name },
          { rank: 2, award: '二等奖', name: '钢铁队', unitName: jixie.name },
        ]}
        publishedAt={at(18, 28)}
      />,
    )
    const rows = Array.from(document.querySelectorAll('.competition-results__row')).map((r) => r.textContent)
    expect(rows).toEqual([`1张三一等奖${jixie.name}`, `2钢铁队二等奖${jixie.name}`])
    expect(document.querySelector('.competition-results__rank--top1')).not.toBeNull()
    expect(text()).toContain('4月28日 18:00 公布')
  })

  test('an organiser’s row: a team with its captain, the waiting place, the two decisions', async () => {
    const approve = jest.fn()
    const reject = jest.fn()
    const { utils } = await mount(
      <CompetitionSignupRow
        row={row({
          teamName: '钢铁队',
          members: [
            { userId: 'u1', realName: '张三' },
            { userId: 'u2', realName: '王五' },
          ],
        })}
        onApprove={approve}
        onReject={reject}
      />,
    )
    expect(text()).toContain('钢铁队')
    expect(text()).toContain('队长 张三 · 队员 王五')
    utils.fireEvent.click(byText('通过'))
    utils.fireEvent.click(byText('不通过'))
    expect([approve.mock.calls.length, reject.mock.calls.length]).toEqual([1, 1])
    await mount(<CompetitionSignupRow row={row({ status: 'waitlisted', waitlistPosition: 41 })} />)
    expect(text()).toContain('候补第41位')
    expect(text()).not.toContain('不通过')
  })

  test('check-in: success names the person, a repeat says so, a failure says why', async () => {
    const checked = row({ status: 'accepted', checkedInAt: at(9, 28) })
    await mount(<CompetitionCheckinResult outcome={{ ok: true, row: checked, code: 'AB3K7Q', again: false }} />)
    expect(text()).toContain('签到成功')
    expect(text()).toContain('张三')
    await mount(<CompetitionCheckinResult outcome={{ ok: true, row: checked, code: 'AB3K7Q', again: true }} />)
    expect(text()).toContain('此前已签到')
    await mount(<CompetitionCheckinResult outcome={{ ok: false, message: '签到码不存在，请核对', code: '222222' }} />)
    expect(text()).toContain('签到失败')
    expect(text()).toContain('签到码不存在，请核对')
    expect(text()).toContain('222 222')
  })

  test('progress: a union below 3 stands out in words and colour', async () => {
    await mount(<CompetitionProgressRow item={{ unit: jkq, held: 1, upcoming: 2 }} minimum={3} />)
    expect(text()).toContain('还差 2 场 · 另有 2 场未举办')
    expect(document.querySelector('.competition-progress-row--behind')).not.toBeNull()
    await mount(<CompetitionProgressRow item={{ unit: jkq, held: 4, upcoming: 0 }} minimum={3} />)
    expect(text()).toContain('已达标')
    expect(document.querySelector('.competition-progress-row--behind')).toBeNull()
  })

  test('filters: one at a time, the chosen one again shows everything', async () => {
    const change = jest.fn()
    const { utils } = await mount(<CompetitionFilters value='open' onChange={change} />)
    utils.fireEvent.click(document.querySelector('#filter-open')!)
    utils.fireEvent.click(document.querySelector('#filter-mine')!)
    expect(change.mock.calls).toEqual([['all'], ['mine']])
  })
})

describe('ticket', () => {
  test('the QR and the code, large and spaced', async () => {
    await mount(
      <CompetitionTicket
        visible
        title='数控车工技能比武'
        ticket={{
          code: 'AB3K7Q',
          qrDataUrl: 'data:image/png;base64,AAAA',
          person: { realName: '张三', unitName: '华中机械制造有限公司工会', teamName: '' },
          competition: { id: 'c1', title: '数控车工技能比武', place: '经开区职工技能实训中心', eventStartAt: at(9, 28), eventEndAt: at(17, 28) },
        }}
        loading={false}
        error={undefined}
        onRetry={jest.fn()}
        onClose={jest.fn()}
      />,
    )
    expect(document.querySelector('#ticket-code')!.textContent).toBe('AB3 K7Q')
    // who, what, when, where
    expect(document.querySelector('#ticket-facts')!.textContent).toBe('张三华中机械制造有限公司工会时间：4月28日 09:00 至 17:00地点：经开区职工技能实训中心')
    expect(document.querySelector('#ticket taro-image-core, #ticket img')).not.toBeNull()
  })

  test('a refusal is shown with a retry', async () => {
    const retry = jest.fn()
    const { utils } = await mount(
      <CompetitionTicket
        visible
        title='x'
        ticket={undefined}
        loading={false}
        error={{ code: 'COMPETITION.NOT_ACCEPTED', message: '该报名还没有获得参赛名额' }}
        onRetry={retry}
        onClose={jest.fn()}
      />,
    )
    expect(text()).toContain('该报名还没有获得参赛名额')
    utils.fireEvent.click(byText('重新加载'))
    expect(retry).toHaveBeenCalledTimes(1)
  })
})

/** A published competition made through the real actions, as the 经开区 chair; its detail as `who` sees it. */
async function realCompetition(local: LocalClient, who: string, overrides: Record<string, unknown> = {}): Promise<CompetitionDetail> {
  const now = Date.now()
  const made = await local.cloud.call(
    'competition.create',
    {
      organizerUnitId: 'u-jkq',
      title: '拔河比赛',
      category: '文体活动',
      description: '经开区职工拔河比赛，以单位组队参加，欢迎报名。',
      place: '经开区职工活动中心',
      signupStartAt: now - 3600000,
      signupEndAt: now + 3600000,
      eventStartAt: now + 7200000,
      eventEndAt: now + 10800000,
      capacity: 10,
      mode: 'individual',
      eligibility: 'subtree',
      needsApproval: false,
      ...overrides,
    } as never,
    { OPENID: 'demo-area-chair' },
  )
  if (!made.ok) throw new Error(made.error.code)
  await local.cloud.call('competition.publish', { competitionId: made.data.id }, { OPENID: 'demo-area-chair' })
  const seen = await local.cloud.call('competition.detail', { competitionId: made.data.id }, { OPENID: who })
  if (!seen.ok) throw new Error(seen.error.code)
  return seen.data
}

describe('against the real local cloud', () => {
  let local: LocalClient
  beforeAll(async () => {
    local = await connectLocalCloud()
  })
  afterAll(() => local.stop())
  beforeEach(() => {
    local.sent.length = 0
    local.failSubscribe(false)
  })

  describe('team sheet', () => {
    test('colleagues of the captain’s unit; those signed up cannot be picked; the team is sent only when complete', async () => {
      const c = await realCompetition(local, 'demo-worker', { mode: 'team', teamMin: 2, teamMax: 3 })
      // the unit chair 王五 is already on a team; a new colleague is free
      const mate = await local.cloud.call('people.saveProfile', { nickname: '刘师傅', realName: '刘铁柱' }, { OPENID: 'mate-1' })
      const code = await local.cloud.call('org.createInvite', { unitId: 'u-jkq-jixie', days: 1 }, { OPENID: 'demo-unit-chair' })
      await local.cloud.call('people.joinByInvite', { code: code.ok ? code.data.code : '' }, { OPENID: 'mate-1' })
      const friend = await local.cloud.call('people.saveProfile', { nickname: '周师傅', realName: '周大山' }, { OPENID: 'mate-2' })
      const code2 = await local.cloud.call('org.createInvite', { unitId: 'u-jkq-jixie', days: 1 }, { OPENID: 'demo-unit-chair' })
      await local.cloud.call('people.joinByInvite', { code: code2.ok ? code2.data.code : '' }, { OPENID: 'mate-2' })
      await local.cloud.call(
        'competition.signup',
        { competitionId: c.id, teamName: '工会队', memberIds: [friend.ok ? friend.data.id : ''] },
        { OPENID: 'demo-unit-chair' },
      )

      local.as('demo-worker')
      const submit = jest.fn()
      const { utils } = await mount(<CompetitionTeamSheet competition={c} visible busy={false} onSubmit={submit} onClose={jest.fn()} />)
      await settle()
      expect(local.sent).toEqual(['competition.teammates'])
      expect(text()).toContain('刘铁柱')
      expect(text()).toContain('已报名')

      utils.fireEvent.click(byText('王五'))
      utils.fireEvent.click(byText('提交报名'))
      await settle()
      expect(submit).not.toHaveBeenCalled()
      expect(text()).toContain('请填写队名（2 到 20 个字）')

      type('#team-name', '钢铁队')
      await settle()
      utils.fireEvent.click(byText('提交报名'))
      await settle()
      expect(text()).toContain('还要再选 1 名队员')

      utils.fireEvent.click(byText('刘铁柱'))
      await settle()
      expect(document.querySelector('#team-picked')!.textContent).toBe('已选：刘铁柱')
      utils.fireEvent.click(byText('提交报名'))
      expect(submit).toHaveBeenCalledWith({ teamName: '钢铁队', memberIds: [mate.ok ? mate.data.id : ''] })
    })

    test('searching asks the server with the name typed', async () => {
      const c = await realCompetition(local, 'demo-worker', { mode: 'team', teamMin: 2, teamMax: 3, title: '篮球赛' })
      local.as('demo-worker')
      const { utils } = await mount(<CompetitionTeamSheet competition={c} visible busy={false} onSubmit={jest.fn()} onClose={jest.fn()} />)
      await settle()
      type('#teammate-search', '王')
      await settle()
      utils.fireEvent.click(byText('查找'))
      await settle()
      expect(local.sent).toEqual(['competition.teammates', 'competition.teammates'])
      expect(text()).toContain('王五')
      expect(text()).not.toContain('刘铁柱')
    })
  })

  describe('the sign-up tap', () => {
    function SignupButton({ c, onAnswer }: { c: CompetitionDetail; onAnswer: (s: MySignup | null) => void }) {
      const s = useCompetitionSignup(c, async () => undefined)
      onAnswer(s.mine)
      return <View id='go' onClick={() => void s.signup()} />
    }

    async function tapSignUp(c: CompetitionDetail, who: string) {
      local.as(who)
      local.sent.length = 0
      jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'ok' })
      let mine: MySignup | null = null
      const { utils } = await mount(<SignupButton c={c} onAnswer={(s) => (mine = s)} />)
      utils.fireEvent.click(document.querySelector('#go')!)
      await until(() => local.sent.includes('competition.signup') && mine !== null)
      return { order: [...local.sent], mine: mine as MySignup | null }
    }

    test('needing approval: the notification grant first, then the sign-up, whose real answer shows at once', async () => {
      const me = await local.cloud.call('people.me', {}, { OPENID: 'demo-worker' })
      setMe(me.ok ? me.data : undefined)
      const c = await realCompetition(local, 'demo-worker', { needsApproval: true, title: '技能比武一' })
      const { order, mine } = await tapSignUp(c, 'demo-worker')
      expect(order).toEqual([`subscribe ${JSON.stringify({ templateIds: [subscribeTemplates.signupReviewResult.id] })}`, 'competition.signup'])
      expect(mine).toMatchObject({ status: 'pending' })
      // the grant is real: the organiser's decision can now be sent to this person
      const rows = await local.cloud.call('competition.signups', { competitionId: c.id }, { OPENID: 'demo-area-chair' })
      await local.cloud.call(
        'competition.decide',
        { competitionId: c.id, signupIds: rows.ok ? rows.data.items.map((r) => r.id) : [], approve: true },
        { OPENID: 'demo-area-chair' },
      )
      expect((await local.cloud.openapi.outbox()).map((m) => [m.touser, m.data.phrase2])).toEqual([['demo-worker', '已通过']])
    })

    test('a failed grant does not stop the sign-up; without approval nothing is asked', async () => {
      const me = await local.cloud.call('people.me', {}, { OPENID: 'demo-unit-chair' })
      setMe(me.ok ? me.data : undefined)
      local.failSubscribe(true)
      const failed = await tapSignUp(await realCompetition(local, 'demo-unit-chair', { needsApproval: true, title: '技能比武二' }), 'demo-unit-chair')
      expect(failed.order.slice(-1)).toEqual(['competition.signup'])
      expect(failed.mine).toMatchObject({ status: 'pending' })
      const plain = await tapSignUp(await realCompetition(local, 'demo-unit-chair', { title: '技能比武三' }), 'demo-unit-chair')
      expect(plain.order).toEqual(['competition.signup'])
      expect(plain.mine).toMatchObject({ status: 'accepted' })
    })

    test('no profile yet: off to the profile page, which brings the person back here; nothing is sent', async () => {
      const fresh = await local.cloud.call('people.me', {}, { OPENID: 'brand-new' })
      setMe(fresh.ok ? fresh.data : undefined)
      const c = await realCompetition(local, 'brand-new', { needsApproval: true, title: '技能比武四' })
      const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' } as never)
      const { order } = await tapSignUp(c, 'brand-new')
      expect(order).toEqual([])
      expect(navigate).toHaveBeenCalledWith({ url: `/pages/profile/index?redirect=${encodeURIComponent(`/pages/competition/detail?id=${c.id}`)}` })
    })
  })
})
