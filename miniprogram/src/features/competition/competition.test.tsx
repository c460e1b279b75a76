// The competition feature's components: the card, my sign-up, results, rows, answers, progress and the
// ticket, each rendered with Taro's H5 components. The hooks against the real local cloud are in
// competition-cloud.test.tsx; the sample records and helpers in miniprogram/test/competition-kit.tsx.
import { View } from '@tarojs/components'
import CompetitionCard from './components/competition-card'
import CompetitionCheckinResult from './components/competition-checkin-result'
import CompetitionFilters from './components/competition-filters'
import CompetitionMyStatus from './components/competition-my-status'
import CompetitionProgressRow from './components/competition-progress-row'
import CompetitionResults from './components/competition-results'
import CompetitionSignupRow from './components/competition-signup-row'
import CompetitionTicket from './components/competition-ticket'
import { at, jkq, jixie, summary, signup, row, mount, text, byText } from '../../../test/competition-kit'

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
