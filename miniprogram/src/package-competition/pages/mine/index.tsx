import { Text, View } from '@tarojs/components'
import { signupStateOf } from '@contract/wording/signup'
import CompetitionCard from '../../../features/competition/components/competition-card'
import EmptyState from '../../../components/empty-state'
import { ListBody, Loaded } from '../../../components/page-state'
import StatusTag from '../../../components/status-tag'
import { useMe } from '../../../hooks/use-me'
import { usePagedList } from '../../../hooks/use-paged-list'
import { COMPETITION_ROUTES } from '../../../features/competition/routes'
import PendingJoinNotice from '../../../features/people/components/pending-join-notice'
import { open, profileUrl, ROUTES } from '../../../services/navigation'
import { usePageRefresh } from '../../../hooks/use-page-refresh'
import './index.scss'

function MySignups() {
  const list = usePagedList('competition.mySignups', {})
  // Back from a competition's page (withdrawn, or decided meanwhile): show what is true now.
  usePageRefresh(list, { reloadOnShow: true })

  return (
    <ListBody
      list={list}
      empty={
        <EmptyState
          mark='报'
          title='还没有报名'
          message='劳动竞赛、技能比武、文体活动和技能培训，都可以在这里报名。'
          actionText='去看看竞赛'
          onAction={() => open(COMPETITION_ROUTES.list)}
        />
      }
    >
      {(items) => (
        <View className='competition-mine__list' id='my-signups'>
          {items.map(({ signup, competition }) => {
            const status = signupStateOf(signup, competition)
            return (
              <CompetitionCard
                key={signup.id}
                competition={competition}
                tag={<StatusTag tone={status.tone}>{status.tag}</StatusTag>}
                onClick={() => open(COMPETITION_ROUTES.detail(competition.id))}
              >
                <View className='competition-mine__status'>
                  {signup.teamName && (
                    <Text className='competition-mine__team'>
                      队伍：{signup.teamName}
                      {signup.isCaptain ? '（我是队长）' : ''}
                    </Text>
                  )}
                  <Text className='competition-mine__text'>{status.text}</Text>
                  {status.ticket && <Text className='competition-mine__link'>点开查看参赛凭证 ›</Text>}
                </View>
              </CompetitionCard>
            )
          })}
        </View>
      )}
    </ListBody>
  )
}

export default function MySignupsPage() {
  const meState = useMe()
  const me = meState.me
  if (me?.pendingJoin && !me.profileComplete) return <PendingJoinNotice pending={me.pendingJoin} onOpen={() => open(ROUTES.me)} />
  if (me && !me.profileComplete)
    return (
      <EmptyState
        mark='报'
        title='还不能报名'
        message='报名前要先填写姓名，并加入您所在单位的工会。'
        actionText='完善资料'
        onAction={() => open(profileUrl(COMPETITION_ROUTES.mine))}
      />
    )
  return (
    <Loaded state={meState} data={me}>
      {() => <MySignups />}
    </Loaded>
  )
}
