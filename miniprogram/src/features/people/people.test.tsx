// The building blocks of 我的, the profile and join pages and the staff pages, rendered with Taro's H5
// components in jsdom.
import type TestUtils from '@tarojs/test-utils-react'
import type { InviteView, Me, Member, UnitNode, UnitRef } from '@contract/entities/people'
import { mounter } from '../../../test/mount'
import type { UnitLevel } from '../org/hooks/use-unit-level'
import EmptyState from '../../components/empty-state'
import InviteCard, { inviteStatusText } from '../org/components/invite-card'
import InviteCodeInput from './components/invite-code-input'
import JoinStatus from './components/join-status'
import ListFooter from '../../components/list-footer'
import MeCard from './components/me-card'
import MemberRow from '../org/components/member-row'
import PrivacySheet from './components/privacy-sheet'
import ReasonDialog from '../../components/reason-dialog'
import SegTabs from '../../components/seg-tabs'
import StatusTag from '../../components/status-tag'
import UnitBrowser from '../org/components/unit-browser'

const DAY = 86400000
const now = Date.UTC(2027, 3, 20, 2, 0) // 20 April, 10:00 in Beijing

const city = { id: 'u-city', name: '市总工会', type: 'city' as const }
const area = { id: 'u-jkq', name: '经开区工会', type: 'industry' as const }
const jixie = { id: 'u-jkq-jixie', name: '华中机械制造有限公司工会', type: 'grassroots' as const }

function me(overrides: Partial<Me> = {}): Me {
  return {
    id: 'user-1',
    nickname: '张师傅',
    avatarUrl: null,
    realName: '张三',
    job: '数控车工',
    employeeNo: '',
    unit: { ...jixie, path: [city, area, jixie] },
    roles: [{ role: 'worker', unit: jixie }],
    profileComplete: true,
    privacyAgreedAt: now,
    pendingJoin: null,
    lastJoinDecision: null,
    ...overrides,
  }
}

const mount = mounter()

const tap = async (utils: TestUtils, selector: string) => {
  const el = await utils.queries.waitForQuerySelector(selector)
  utils.fireEvent.click(el as Element)
}

/** The element whose own text is exactly `text` (Taro wraps labels in its own elements). */
const byText = (text: string) => Array.from(document.querySelectorAll('*')).find((el) => el.textContent === text && el.children.length === 0) as Element

describe('me card', () => {
  test('shows name, nickname, the unit with the unions above it, and roles', async () => {
    const { text } = await mount(
      <MeCard
        me={me({
          roles: [
            { role: 'worker', unit: jixie },
            { role: 'unit_chair', unit: jixie },
            { role: 'judge', unit: city },
          ],
        })}
      />,
    )
    expect(text).toContain('张三')
    expect(text).toContain('昵称：张师傅')
    expect(text).toContain('市总工会 › 经开区工会 › 华中机械制造有限公司工会')
    expect(text).toContain('基层工会主席')
    // A role on another unit says which.
    expect(text).toContain('评审专家（市总工会）')
  })

  test('someone new is greeted without a unit', async () => {
    const { text } = await mount(<MeCard me={me({ realName: '', nickname: '', unit: null, roles: [] })} />)
    expect(text).toContain('您好')
    expect(text).not.toContain('›')
  })
})

describe('join status', () => {
  test('a pending request can be withdrawn', async () => {
    const cancel = jest.fn()
    const { text, utils } = await mount(
      <JoinStatus me={me({ unit: null, pendingJoin: { unit: jixie, requestedAt: now, decidedBy: { unit: jixie, chairs: ['王五'] } } })} onCancel={cancel} />,
    )
    expect(text).toContain('待审核')
    expect(text).toContain('申请加入「华中机械制造有限公司工会」')
    expect(text).toContain('4月20日 10:00 提交，等待华中机械制造有限公司工会（王五）审核')
    await tap(utils, '.join-status__button taro-button-core')
    expect(cancel).toHaveBeenCalledTimes(1)
  })

  test('a turned-down request shows the reason and a way to try again', async () => {
    const retry = jest.fn()
    const { text, utils } = await mount(
      <JoinStatus me={me({ unit: null, lastJoinDecision: { unit: jixie, approved: false, reason: '不是本单位职工', decidedAt: now } })} onRetry={retry} />,
    )
    expect(text).toContain('未通过')
    expect(text).toContain('原因：不是本单位职工')
    await tap(utils, '.join-status__button taro-button-core')
    expect(retry).toHaveBeenCalledTimes(1)
  })

  test('nothing to say once the person is in a unit', async () => {
    const { text } = await mount(<JoinStatus me={me({ lastJoinDecision: { unit: jixie, approved: true, reason: '', decidedAt: now } })} />)
    expect(text).toBe('')
  })
})

describe('invite card', () => {
  const invite: InviteView = { id: 'i1', code: 'ABCD2345', unit: jixie, createdAt: now - DAY, expiresAt: now + 6 * DAY + 3600000, revoked: false, uses: 3 }

  test('a usable code: spaced out, days left, uses, and its three actions', async () => {
    const copy = jest.fn()
    const qr = jest.fn()
    const revoke = jest.fn()
    const { text, utils } = await mount(<InviteCard invite={invite} now={now} onCopy={copy} onQr={qr} onRevoke={revoke} />)
    expect(text).toContain('ABCD 2345')
    expect(text).toContain('还剩 6 天')
    expect(text).toContain('已使用 3 次')
    const buttons = document.querySelectorAll('.invite-card__action')
    expect(buttons).toHaveLength(3)
    utils.fireEvent.click(buttons[0])
    utils.fireEvent.click(buttons[1])
    utils.fireEvent.click(buttons[2])
    expect([copy, qr, revoke].map((f) => f.mock.calls.length)).toEqual([1, 1, 1])
  })

  test('a stopped or expired code says so and offers nothing', async () => {
    const { text } = await mount(<InviteCard invite={{ ...invite, revoked: true }} now={now} onCopy={jest.fn()} onQr={jest.fn()} onRevoke={jest.fn()} />)
    expect(text).toContain('已停用')
    expect(document.querySelectorAll('.invite-card__action')).toHaveLength(0)
    expect(inviteStatusText({ revoked: false, expiresAt: now - 1 }, now)).toBe('已过期')
    expect(inviteStatusText({ revoked: false, expiresAt: now + 3600000 }, now)).toBe('今天到期')
  })
})

describe('reason dialog', () => {
  test('will not turn anyone down without a reason', async () => {
    const confirm = jest.fn()
    const { utils } = await mount(<ReasonDialog visible title='不通过入会申请' subject='某人 申请加入' busy={false} onConfirm={confirm} onCancel={jest.fn()} />)
    await tap(utils, '.reason-dialog__confirm')
    expect(confirm).not.toHaveBeenCalled()
    expect(document.body.textContent).toContain('请填写不通过的原因')
  })

  test('a quick reason fills the box and is sent', async () => {
    const confirm = jest.fn()
    const { utils } = await mount(
      <ReasonDialog visible title='不通过入会申请' quickReasons={['不是本单位职工']} busy={false} onConfirm={confirm} onCancel={jest.fn()} />,
    )
    utils.fireEvent.click(byText('不是本单位职工'))
    await tap(utils, '.reason-dialog__confirm')
    expect(confirm).toHaveBeenCalledWith('不是本单位职工')
  })

  test('is not there when closed', async () => {
    const { text } = await mount(<ReasonDialog visible={false} title='不通过入会申请' busy={false} onConfirm={jest.fn()} onCancel={jest.fn()} />)
    expect(text).toBe('')
  })
})

describe('unit browser', () => {
  const node = (u: UnitRef, childCount: number, parentId: string | null): UnitNode => ({ ...u, parentId, status: 'active', memberCount: 2, childCount })
  const level = (overrides: Partial<UnitLevel> = {}): UnitLevel => ({
    parent: node(area, 2, 'u-city'),
    children: [node(jixie, 0, 'u-jkq'), { ...node(jixie, 3, 'u-jkq'), id: 'u-deep', name: '有下级的单位' }],
    crumbs: [node(city, 1, null), node(area, 2, 'u-city')],
    loading: false,
    error: undefined,
    open: jest.fn(),
    reload: jest.fn(),
    ...overrides,
  })

  test('tapping a unit with units under it opens it; one without picks it', async () => {
    const l = level()
    const pick = jest.fn()
    const { text, utils } = await mount(<UnitBrowser level={l} canPick={(u) => u.type !== 'city'} onPick={pick} />)
    expect(text).toContain('就是「经开区工会」本级')
    expect(text).toContain('下设 3 个单位')
    utils.fireEvent.click(byText('有下级的单位'))
    expect(l.open).toHaveBeenCalledWith('u-deep')
    utils.fireEvent.click(byText('华中机械制造有限公司工会'))
    expect(pick).toHaveBeenCalledWith(expect.objectContaining({ id: 'u-jkq-jixie' }))
    // Back up through the crumbs.
    utils.fireEvent.click(byText('市总工会'))
    expect(l.open).toHaveBeenCalledWith('u-city')
  })

  test('an empty level says so', async () => {
    const { text } = await mount(<UnitBrowser level={level({ children: [] })} emptyText='下面还没有单位' />)
    expect(text).toContain('下面还没有单位')
  })
})

describe('small parts', () => {
  test('status tags pair the colour with words', async () => {
    const { text } = await mount(
      <>
        <StatusTag tone='pending' />
        <StatusTag tone='approved' />
        <StatusTag tone='rejected' />
      </>,
    )
    expect(text).toBe('待审核已通过未通过')
    expect(document.querySelector('.status-tag--rejected')).not.toBeNull()
  })

  test('an empty state offers its next step', async () => {
    const next = jest.fn()
    const { text, utils } = await mount(<EmptyState title='还没有成员' message='生成邀请码发到职工群里' actionText='去生成邀请码' onAction={next} />)
    expect(text).toContain('还没有成员')
    await tap(utils, '.empty-state__action')
    expect(next).toHaveBeenCalledTimes(1)
  })

  test('list footer: 加载中 while loading more, 没有更多了 at the end, nothing for an empty list', async () => {
    expect((await mount(<ListFooter loadingMore hasMore count={20} />)).text).toBe('加载中…')
    expect((await mount(<ListFooter loadingMore={false} hasMore={false} count={20} />)).text).toBe('没有更多了')
    expect((await mount(<ListFooter loadingMore={false} hasMore={false} count={0} />)).text).toBe('')
  })

  test('tabs show a count and report the tab tapped', async () => {
    const change = jest.fn()
    const { text, utils } = await mount(
      <SegTabs
        active='members'
        onChange={change}
        tabs={[
          { key: 'members', label: '成员' },
          { key: 'requests', label: '入会申请', badge: 3 },
        ]}
      />,
    )
    expect(text).toContain('入会申请3')
    await tap(utils, '#tab-requests')
    expect(change).toHaveBeenCalledWith('requests')
  })

  test('a member row: real name, nickname, job, roles, and the unit when it is a unit below', async () => {
    const m: Member = {
      userId: 'u1',
      realName: '王五',
      nickname: '王主席',
      avatarUrl: null,
      job: '工会主席',
      employeeNo: 'A-01',
      unit: jixie,
      joinedAt: now,
      roles: [{ role: 'unit_chair', unitId: 'u-jkq-jixie' }],
    }
    const { text } = await mount(<MemberRow member={m} contextUnitId='u-jkq' />)
    for (const s of ['王五', '（王主席）', '工会主席 · 工号 A-01', '华中机械制造有限公司工会', '基层工会主席', '4月20日 加入']) expect(text).toContain(s)
  })

  test('the invite code box hints at a look-alike character', async () => {
    const { text } = await mount(<InviteCodeInput value='ABC0' onChange={jest.fn()} />)
    expect(text).toContain('已输入 4 / 8 位')
    expect(text).toContain('邀请码里没有“0”')
  })

  test('the privacy sheet asks before anything is collected and links the guide', async () => {
    const agree = jest.fn()
    const guide = jest.fn()
    const { text, utils } = await mount(<PrivacySheet visible busy={false} onAgree={agree} onDecline={jest.fn()} onOpenGuide={guide} />)
    expect(text).toContain('真实姓名')
    utils.fireEvent.click(byText('查看《职工风采隐私保护指引》'))
    expect(guide).toHaveBeenCalledTimes(1)
    await tap(utils, '.privacy-sheet__agree')
    expect(agree).toHaveBeenCalledTimes(1)
  })
})
