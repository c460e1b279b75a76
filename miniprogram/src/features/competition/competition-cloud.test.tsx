// The competition feature's hooks and components against the real local cloud (in-process).
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { CompetitionDetail, MySignup } from '@contract/entities/competition'
import { subscribeTemplates } from '@contract/subscribe-templates'
import { connectLocalCloud, type LocalClient } from '../../../test/local-cloud'
import { useCompetitionSignup } from './hooks/use-competition-signup'
import { setMe } from '../../services/me'
import CompetitionTeamSheet from './components/competition-team-sheet'
import { mount, text, settle, until, byText, type } from '../../../test/competition-kit'

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
      // The answer to the search replaces the list; on a loaded machine it takes longer than a settle.
      await until(() => !text().includes('刘铁柱'))
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
