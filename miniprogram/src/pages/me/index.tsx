import { Text, View } from '@tarojs/components'
import type { Me, StaffTodoKey } from '@contract/entities/people'
import Button from '../../components/button'
import { EntryCell, EntryGroup } from '../../components/entry-cell'
import JoinStatus from '../../features/people/components/join-status'
import MeCard from '../../features/people/components/me-card'
import { Loaded } from '../../components/page-state'
import { useCancelJoin } from '../../features/people/hooks/use-cancel-join'
import { useMe } from '../../hooks/use-me'
import { todoText, todoWhere, useStaffTodo } from '../../features/people/hooks/use-staff-todo'
import { hasProfile } from '../../services/me'
import { joinUrl, open, profileUrl, ROUTES } from '../../services/navigation'
import { staffEntries } from '../../features/org/staff'
import { featureStaffEntries, myEntries } from '../../features/people/feature-entries'
import { usePageRefresh } from '../../hooks/use-page-refresh'
import SetupEntries from '../../features/setup/components/setup-entries'
import { useNoticeGlance } from '../../features/command/hooks/use-notice-badge'
import { COMMAND_ROUTES } from '../../features/command/routes'
import { COMMAND_TEXT, commandStaffEntries, unreadText } from '../../features/command/text'
import './index.scss'

/** The one next step for someone not yet ready to take part, or nothing. */
function NextStep({ me }: { me: Me }) {
  if (!hasProfile(me)) {
    return (
      <View className='me-page__next' id='next-step'>
        <Text className='me-page__next-title'>先完善个人资料</Text>
        <Text className='me-page__next-text'>填写昵称和真实姓名，单位工会才能认出您，报名参加活动也要用到。</Text>
        <Button type='primary' size='large' block onClick={() => open(profileUrl())}>
          完善资料
        </Button>
      </View>
    )
  }
  // A turned-down request has its own card with the reason and the way to try again.
  const turnedDown = me.lastJoinDecision && !me.lastJoinDecision.approved
  if (!me.unit && !me.pendingJoin && !turnedDown) {
    return (
      <View className='me-page__next' id='next-step'>
        <Text className='me-page__next-title'>还没有加入单位</Text>
        <Text className='me-page__next-text'>输入单位工会给的邀请码，或选择您所在的单位申请加入。</Text>
        <Button type='primary' size='large' block onClick={() => open(joinUrl())}>
          加入单位
        </Button>
      </View>
    )
  }
  return null
}

function MeView({ me, unread }: { me: Me; unread: number }) {
  const cancel = useCancelJoin()
  const staff = [...staffEntries(me), ...commandStaffEntries(me), ...featureStaffEntries(me)]
  const todo = useStaffTodo(me)
  const mine = myEntries(me)
  return (
    <View className='me-page'>
      <MeCard me={me} />
      <View className='me-page__body'>
        <NextStep me={me} />
        <JoinStatus
          me={me}
          onCancel={me.pendingJoin ? () => void cancel.run(me.pendingJoin!.unit.name) : undefined}
          cancelling={cancel.busy}
          onRetry={() => open(joinUrl())}
        />

        <SetupEntries me={me} />

        {/* Staff open 我的 for what waits for them: their union work comes before their own entries. */}
        {staff.length > 0 && (
          <EntryGroup title='工会工作'>
            {staff.map((e) => (
              <EntryCell
                key={e.key}
                title={e.title}
                description={todoWhere(e.key, todo) ?? e.description}
                extra={todoText(todo[e.key as StaffTodoKey])}
                onClick={() => open(e.url)}
              />
            ))}
          </EntryGroup>
        )}

        {me.unit && (
          <EntryGroup>
            <EntryCell
              title={COMMAND_TEXT.noticesTitle}
              description='上级工会发来的通知'
              extra={unreadText(unread)}
              onClick={() => open(COMMAND_ROUTES.notices)}
            />
          </EntryGroup>
        )}

        {mine.length > 0 && (
          <EntryGroup title='我参加的'>
            {mine.map((e) => (
              <EntryCell key={e.key} title={e.title} description={e.description} onClick={() => open(e.url)} />
            ))}
          </EntryGroup>
        )}

        <EntryGroup title='设置'>
          {hasProfile(me) && <EntryCell title='修改个人资料' description='头像、昵称、姓名、岗位、工号' onClick={() => open(profileUrl())} />}
          <EntryCell title='隐私保护指引' description='我们收集哪些信息、怎样使用' onClick={() => open(ROUTES.privacy)} />
        </EntryGroup>
      </View>
    </View>
  )
}

export default function MePage() {
  const { me, error, loading, reload } = useMe()
  // The unread count (entry and tab badge) is fetched again whenever 我的 shows (useNoticeGlance).
  const notices = useNoticeGlance()
  usePageRefresh([{ reload }, notices])
  return (
    <Loaded state={{ error, loading, reload }} data={me} skeleton={{ rows: 3 }}>
      {(user) => <MeView me={user} unread={notices.unread} />}
    </Loaded>
  )
}
